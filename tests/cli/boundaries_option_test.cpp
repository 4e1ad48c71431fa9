// SPDX-License-Identifier: GPL-3.0-or-later
// --boundaries through the real program: another format of the same
// boundaries answers as the embedded data; bad options exit 2 naming what
// is wrong.
#include "cli_support.h"

#include <QTemporaryDir>

using namespace crossroads::test;

namespace {

// The shipped boundaries written by ogr2ogr (gdal-bin) in another format.
QString convert(const QTemporaryDir &dir, const QString &name, const QString &format)
{
    const QString path = dir.filePath(name);
    QProcess ogr2ogr;
    ogr2ogr.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), format, path, geodata() + QStringLiteral("/boundaries/countries.gpkg"),
                                              QStringLiteral("countries")});
    EXPECT_TRUE(ogr2ogr.waitForFinished(60000) && ogr2ogr.exitCode() == 0) << ogr2ogr.readAllStandardError().toStdString();
    return path;
}

} // namespace

// Mutation tried: common options without --boundaries passed on to the
// loader (the query ran on the embedded GeoPackage, and the bad field
// went unnoticed: exit 0).
TEST(BoundariesOption, AnotherFormatAnswersTheSame)
{
    QTemporaryDir dir;
    const QString fgb = convert(dir, QStringLiteral("world.fgb"), QStringLiteral("FlatGeobuf"));
    const QJsonObject reference = queryJson("2025-11-06");
    ASSERT_FALSE(reference.isEmpty());
    EXPECT_EQ(queryJson("2025-11-06", {QStringLiteral("--boundaries"), fgb}), reference);

    const CommandRun bad = runCrossroads({QStringLiteral("query"), QStringLiteral("--date"), QStringLiteral("2025-11-06"),
                                          QStringLiteral("--boundaries"), fgb, QStringLiteral("--iso-field"), QStringLiteral("iso")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(fgb)) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QLatin1String("no field 'iso' for the country code"))) << bad.err.toStdString();
}

TEST(BoundariesOption, FieldOptionsNeedASource)
{
    const CommandRun run = runCrossroads({QStringLiteral("query"), QStringLiteral("--date"), QStringLiteral("2025-11-06"),
                                          QStringLiteral("--iso-field"), QStringLiteral("adm0_a3")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("--iso-field says how to read --boundaries SOURCE"))) << run.err.toStdString();
}
