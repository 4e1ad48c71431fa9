// SPDX-License-Identifier: GPL-3.0-or-later
// export --timeline F.gpkg, read back with GDAL: what each layer says holds
// on a date is what `query` says for that date.
#include "cli/cli_support.h"
#include "data/gdal_handles.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>

namespace crossroads::test {
namespace {

QDate dateField(OGRFeature &f, const char *name)
{
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
    float s = 0;
    f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz);
    return QDate(y, m, d);
}

// QGIS's rule with limitMode 0: start included, end excluded.
bool holdsOn(OGRFeature &f, QDate day)
{
    const QDate start = dateField(f, "start_date"), end = dateField(f, "end_date");
    return start.isValid() && start <= day && (!end.isValid() || day < end);
}

QString text(OGRFeature &f, const char *name)
{
    return QString::fromUtf8(f.GetFieldAsString(name));
}

// Mutation tried: end_date one day later than the first day no longer held
// (the day before a record's written end then disagreed with query).
TEST(TimelineGeoPackage, LayersPlayWhatQueryShows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.gpkg"));
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--timeline"), path});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    GDALDatasetUniquePtr ds = gdal::openVector(path);
    ASSERT_TRUE(ds);
    OGRLayer *standings = ds->GetLayerByName("standings");
    OGRLayer *events = ds->GetLayerByName("events");
    OGRLayer *legs = ds->GetLayerByName("corridor_legs");
    OGRLayer *styles = ds->GetLayerByName("layer_styles");
    ASSERT_TRUE(standings && events && legs && styles);
    EXPECT_EQ(standings->GetLayerDefn()->GetFieldDefn(standings->GetLayerDefn()->GetFieldIndex("start_date"))->GetType(), OFTDate);
    EXPECT_EQ(wkbFlatten(standings->GetGeomType()), wkbMultiPolygon);
    EXPECT_EQ(wkbFlatten(events->GetGeomType()), wkbPoint);
    EXPECT_EQ(styles->GetFeatureCount(), 3);

    // Fixed days, and the days records end on (where an off-by-one shows).
    QStringList dates{QStringLiteral("2020-09-14"), QStringLiteral("2020-09-15"), QStringLiteral("2025-11-06"), QStringLiteral("2026-01-22")};
    for (OGRLayer *layer : {standings, legs}) {
        for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            const QDate end = dateField(*f, "end_date");
            for (const QDate &d : {end, end.addDays(-1)})
                if (d.isValid() && !dates.contains(d.toString(Qt::ISODate)))
                    dates << d.toString(Qt::ISODate);
        }
    }
    ASSERT_GT(dates.size(), 4) << "the data should have records that end";
    for (const QString &iso : dates) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        const QByteArray dateText = iso.toUtf8();
        const char *date = dateText.constData();
        const QJsonObject query = queryJson(date);
        QJsonObject fromGpkg;
        standings->ResetReading();
        for (OGRFeatureUniquePtr f(standings->GetNextFeature()); f; f.reset(standings->GetNextFeature())) {
            if (!holdsOn(*f, day))
                continue;
            EXPECT_NE(f->GetGeometryRef(), nullptr) << text(*f, "country").toStdString();
            QJsonObject country = fromGpkg.value(text(*f, "country")).toObject();
            country.insert(text(*f, "group_id"), text(*f, "standing"));
            fromGpkg.insert(text(*f, "country"), country);
        }
        EXPECT_EQ(fromGpkg, query.value(QStringLiteral("countries")).toObject()) << date;

        QJsonObject corridors;
        legs->ResetReading();
        for (OGRFeatureUniquePtr f(legs->GetNextFeature()); f; f.reset(legs->GetNextFeature()))
            if (holdsOn(*f, day))
                corridors.insert(text(*f, "corridor"), text(*f, "status"));
        // Corridors never routed have no legs to show; the rest agree.
        const QJsonObject queried = query.value(QStringLiteral("corridors")).toObject();
        for (auto it = corridors.begin(); it != corridors.end(); ++it)
            EXPECT_EQ(it.value(), queried.value(it.key())) << date << " " << it.key().toStdString();

        QStringList shownEvents;
        events->ResetReading();
        for (OGRFeatureUniquePtr f(events->GetNextFeature()); f; f.reset(events->GetNextFeature()))
            if (dateField(*f, "start_date") <= day && holdsOn(*f, day))
                shownEvents << text(*f, "event_id");
        // query lists every event up to the day; the layer shows each during
        // its own day (or month): those of the day are in both.
        const QJsonArray upTo = query.value(QStringLiteral("events")).toArray();
        for (const QString &id : shownEvents)
            EXPECT_TRUE(upTo.contains(id)) << date << " " << id.toStdString();
    }
}

} // namespace
} // namespace crossroads::test
