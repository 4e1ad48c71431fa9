// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of the command-line contract: help, version, validate, brief and
// export, all with no display.
#include "cli_support.h"

#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace crossroads;
using namespace crossroads::test;

TEST(Command, HelpDocumentsEverySubcommandWithAnExample)
{
    const CommandRun run = runCrossroads({QStringLiteral("--help")});
    EXPECT_EQ(run.code, 0);
    for (const char *text : {"crossroads export", "--each-event", "crossroads query", "crossroads brief", "crossroads validate",
                             "--data DIR", "Exit codes", "Example: crossroads export", "Example: crossroads query",
                             "Example: crossroads brief", "Example: crossroads validate", "crossroads identify",
                             "Example: crossroads identify"})
        EXPECT_TRUE(run.out.contains(QString::fromLatin1(text))) << text;
    EXPECT_EQ(runCrossroads({QStringLiteral("export"), QStringLiteral("--help")}).code, 0);
}

TEST(Command, VersionComesFromTheProject)
{
    const CommandRun run = runCrossroads({QStringLiteral("--version")});
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("crossroads " CROSSROADS_VERSION));
}

TEST(ValidateCommand, TheShippedDataIsValid)
{
    const CommandRun run = runCrossroads({QStringLiteral("validate")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("ok: "))) << run.out.toStdString();
}

class ValidateBadFile : public testing::TestWithParam<std::pair<const char *, const char *>>
{
};

TEST_P(ValidateBadFile, ExitsTwoNamingFileLineAndProblem)
{
    const auto &[fixture, expected] = GetParam();
    const DataFolderCopy data(QStringLiteral("timeline/") + QString::fromLatin1(fixture));
    const CommandRun run = runCrossroads({QStringLiteral("validate"), QStringLiteral("--data"), data.path()});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QDir(data.path()).filePath(QString::fromLatin1(expected)))) << run.err.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, ValidateBadFile,
    testing::Values(std::make_pair("malformed_json", "timeline/events.json:line 4:6: malformed JSON: missing value separator"),
                    std::make_pair("wrong_type", "timeline/events.json:line 8: field 'countries' must be an array of strings"),
                    std::make_pair("unknown_country", "timeline/events.json:line 5: unknown country code 'ZZZ'"),
                    std::make_pair("impossible_date", "timeline/events.json:line 5: field 'date': '2025-02-30' is an impossible date"),
                    std::make_pair("duplicate_id", "timeline/events.json:line 4: duplicate id 'same'"),
                    std::make_pair("sources_missing", "timeline/events.json:line 4: sources missing"),
                    std::make_pair("unknown_certainty", "timeline/events.json:line 4: 'rumoured' is not a known certainty"),
                    std::make_pair("unknown_group", "timeline/memberships.json:line 4: 'abraham_accord' is not a known group"),
                    std::make_pair("unknown_standing", "timeline/memberships.json:line 4: 'memeber' is not a known standing"),
                    std::make_pair("end_before_start", "timeline/memberships.json:line 4: ends (until 2025-11-01) before it starts"),
                    std::make_pair("overlap", "timeline/memberships.json:line 4: overlapping standings"),
                    std::make_pair("unknown_status", "timeline/corridors.json:line 5: 'built' is not a known status"),
                    std::make_pair("wrong_mode", "timeline/corridors.geojson:feature 0: 'hovercraft' is not a known mode")));

TEST(ValidateCommand, MissingDataExitsTwo)
{
    const CommandRun run = runCrossroads({QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("/nonexistent/geodata")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/geodata")));
}

TEST(BriefCommand, MarkdownJsonAndHtml)
{
    const QStringList base{QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("AZE"), QStringLiteral("--date"),
                           QStringLiteral("2026-02-01")};
    const CommandRun md = runCrossroads(base + QStringList{QStringLiteral("--format"), QStringLiteral("md")});
    EXPECT_EQ(md.code, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.startsWith(QStringLiteral("# Azerbaijan (AZE)")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("**Board of Peace**: member since 22 Jan 2026")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("**Abraham Accords**: prospective since")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("TRIPP")) || md.out.contains(QStringLiteral("Trump Route")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("Aliyev")));
    const CommandRun json = runCrossroads(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("country")).toString(), QStringLiteral("AZE"));
    bool middle = false;
    for (const QJsonValue &c : o.value(QStringLiteral("corridors")).toArray())
        if (c.toObject().value(QStringLiteral("corridor")).toString() == QLatin1String("middle_corridor")) {
            middle = true;
            EXPECT_GT(c.toObject().value(QStringLiteral("km_inside")).toDouble(), 300);  // Alat to the Georgian border
        }
    EXPECT_TRUE(middle);
    const CommandRun html = runCrossroads(base + QStringList{QStringLiteral("--format"), QStringLiteral("html")});
    EXPECT_TRUE(html.out.startsWith(QStringLiteral("<html>")));
    // Kazakhstan before its announcement has no Accords standing.
    const CommandRun kaz = runCrossroads({QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("KAZ"), QStringLiteral("--date"),
                                QStringLiteral("2025-11-05")});
    EXPECT_FALSE(kaz.out.contains(QStringLiteral("**Abraham Accords**")));
    EXPECT_TRUE(kaz.out.contains(QStringLiteral("Middle Corridor")));
}

TEST(BriefCommand, BadArguments)
{
    EXPECT_EQ(runCrossroads({QStringLiteral("brief"), QStringLiteral("--date"), QStringLiteral("2026-01-01")}).code, 2);
    EXPECT_EQ(runCrossroads({QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("ABC"), QStringLiteral("--date"),
                          QStringLiteral("2026-01-01")})
                  .code,
              2);
    EXPECT_EQ(runCrossroads({QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("AZE"), QStringLiteral("--date"),
                          QStringLiteral("2026-01-01"), QStringLiteral("--format"), QStringLiteral("pdf")})
                  .code,
              2);
}

TEST(ExportCommand, WritesAGeoreferencedPng)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("davos.png"));
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-01-22"), QStringLiteral("--output"),
                                png, QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--extent"),
                                QStringLiteral("38,36,52,44"), QStringLiteral("--layers"), QStringLiteral("board_of_peace,labels,legend"),
                                QStringLiteral("--title"), QStringLiteral("Davos")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1280, 720));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("davos.pgw"))));
    EXPECT_TRUE(QFile::exists(png + QStringLiteral(".aux.xml")));
}

TEST(ExportCommand, EachEventWritesFramesAndAnIndex)
{
    QTemporaryDir dir;
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--each-event"), QStringLiteral("--output-dir"), dir.path(),
                                QStringLiteral("--size"), QStringLiteral("480x270")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const int events = int(shippedAtlas()->timeline.events().size());
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.png")}).size(), events);
    QFile index(dir.filePath(QStringLiteral("index.csv")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(index.readAll()).split(u'\n', Qt::SkipEmptyParts).size(), events + 1);
}

struct BadExport
{
    std::vector<const char *> arguments;
    int code;
    const char *message;
};

class ExportBadInput : public testing::TestWithParam<BadExport>
{
};

TEST_P(ExportBadInput, FailsCleanlyAndKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("map.png"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("a good file");
    }
    QStringList args{QStringLiteral("export")};
    for (const char *a : GetParam().arguments)
        args << QString::fromLatin1(a).replace(QStringLiteral("DIR"), dir.path());
    const CommandRun run = runCrossroads(args);
    EXPECT_EQ(run.code, GetParam().code) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromLatin1(GetParam().message).replace(QStringLiteral("DIR"), dir.path())))
        << run.err.toStdString();
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("a good file"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // nothing partial left
}

INSTANTIATE_TEST_SUITE_P(
    Arguments, ExportBadInput,
    testing::Values(BadExport{{"--date", "2026-13-01", "--output", "DIR/map.png"}, 2, "no month 13"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--layers", "volcanoes"}, 2, "unknown layer 'volcanoes'"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--size", "0x100"}, 2, "out of range"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--size", "100000x100000"}, 2, "out of range"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--size", "big"}, 2, "WIDTHxHEIGHT"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--extent", "60,30,40,50"}, 2, "west (60) must be less than east (40)"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--extent", "40,30"}, 2, "WEST,SOUTH,EAST,NORTH"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/map.png", "--dpi", "0"}, 2, "dpi 0 is out of range"},
                    BadExport{{"--date", "2026-01-22"}, 2, "--output F.png is required"},
                    BadExport{{"--each-event"}, 2, "--output-dir"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR/missing/map.png"}, 2, "DIR/missing/map.png"},
                    BadExport{{"--date", "2026-01-22", "--output", "DIR"}, 2, "is a folder"}));
// A missing --output-dir is created (EachEventCreatesAMissingOutputFolder).

TEST(Command, OptionsMayComeBeforeTheSubcommandAndTyposNeedNoDisplay)
{
    const CommandRun run = runCrossroads({QStringLiteral("--data"), geodata(), QStringLiteral("validate")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    const CommandRun typo = runCrossroads({QStringLiteral("valdate")});
    EXPECT_EQ(typo.code, 2);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("unknown subcommand 'valdate'")));
}

TEST(ExportCommand, NotANumberIsNotAnExtent)
{
    QTemporaryDir dir;
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-01-22"),
                                          QStringLiteral("--output"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--extent"),
                                          QStringLiteral("nan,30,50,40")});
    EXPECT_EQ(run.code, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

// identify: the JSON contract, and exit 2 on bad input.
// Mutation tried: returning Ok for an unparsable --at made BadArguments fail.
TEST(IdentifyCommand, JsonNamesCountryAndTerritory)
{
    const test::CommandRun run =
        test::runCrossroads({QStringLiteral("identify"), QStringLiteral("--date"), QStringLiteral("2015-06-01"),
                             QStringLiteral("--at"), QStringLiteral("33.52,44.60")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2015-06-01"));
    EXPECT_EQ(o.value(QStringLiteral("country")).toString(), QStringLiteral("UKR"));
    EXPECT_EQ(o.value(QStringLiteral("territory")).toString(), QStringLiteral("Crimea"));
    EXPECT_EQ(o.value(QStringLiteral("controlled_by")).toString(), QStringLiteral("RUS"));
    EXPECT_EQ(o.value(QStringLiteral("claimed_by")).toArray().size(), 2);
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("annexed"));

    const test::CommandRun sea =
        test::runCrossroads({QStringLiteral("identify"), QStringLiteral("--date"), QStringLiteral("2015-06-01"),
                             QStringLiteral("--at"), QStringLiteral("50.5,42.0")});
    ASSERT_EQ(sea.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(sea.out.toUtf8()).object();
    EXPECT_TRUE(s.value(QStringLiteral("country")).isNull());
    EXPECT_TRUE(s.value(QStringLiteral("territory")).isNull());
    EXPECT_TRUE(s.value(QStringLiteral("claimed_by")).toArray().isEmpty());

    const test::CommandRun text =
        test::runCrossroads({QStringLiteral("identify"), QStringLiteral("--date"), QStringLiteral("2000-06-01"),
                             QStringLiteral("--at"), QStringLiteral("46.752,39.815"), QStringLiteral("--format"), QStringLiteral("text")});
    ASSERT_EQ(text.code, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Nagorno-Karabakh Republic"))) << text.out.toStdString();
}

TEST(IdentifyCommand, BadArguments)
{
    const std::vector<std::vector<const char *>> cases = {{"--date", "2015-13-01", "--at", "33.5,44.6"},
                                                         {"--date", "2015-06-01", "--at", "200,44.6"},
                                                         {"--date", "2015-06-01", "--at", "33.5"},
                                                         {"--date", "2015-06-01", "--at", "x,y"},
                                                         {"--date", "2015-06-01"},
                                                         {"--date", "2015-06-01", "--at", "33.5,44.6", "--format", "xml"}};
    for (const auto &extra : cases) {
        QStringList arguments{QStringLiteral("identify")};
        for (const char *a : extra)
            arguments << QString::fromLatin1(a);
        const test::CommandRun run = test::runCrossroads(arguments);
        EXPECT_EQ(run.code, 2) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
}

// A boundary feature whose validity ends before it starts: validate names
// the file and the feature and exits 2.
// Mutation tried: skipping the check in BoundaryLoader let validate go on to
// other, unrelated messages, and the feature was not named.
TEST(ValidateCommand, BadBoundaryValidityExitsTwo)
{
    const DataFolderCopy data(QStringLiteral("bad_validity"));
    const CommandRun run = runCrossroads({QStringLiteral("validate"), QStringLiteral("--data"), data.path()});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QDir(data.path()).filePath(QStringLiteral("boundaries/countries.gpkg")))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("'Azerbaijan'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("valid_until 1999-01-01 is not after valid_from 2000-01-01"))) << run.err.toStdString();
}

// Mutation tried: the extension check removed from runExport -> x.jpg gets
// PNG bytes and exit 0.
TEST(ExportCommand, AnUnknownExtensionIsRefusedWithExit2)
{
    QTemporaryDir dir;
    const QString jpg = dir.filePath(QStringLiteral("x.jpg"));
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-01-22"),
                                          QStringLiteral("--output"), jpg, QStringLiteral("--size"), QStringLiteral("480x270")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral(".png"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(jpg));
}

// Mutation tried: without mkpath -> "the output folder does not exist".
TEST(ExportCommand, EachEventCreatesAMissingOutputFolder)
{
    QTemporaryDir dir;
    const QString frames = dir.filePath(QStringLiteral("new/frames"));
    const CommandRun run = runCrossroads({QStringLiteral("export"), QStringLiteral("--each-event"), QStringLiteral("--output-dir"), frames,
                                          QStringLiteral("--size"), QStringLiteral("320x200"), QStringLiteral("--layers"),
                                          QStringLiteral("abraham_accords")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(frames + QStringLiteral("/index.csv")));
}
