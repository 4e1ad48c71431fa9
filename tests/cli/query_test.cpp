// SPDX-License-Identifier: GPL-3.0-or-later
// Facts from the seeds and the public record, through `crossroads query`.
#include "cli_support.h"

#include <QJsonArray>

using namespace crossroads::test;

TEST(QueryCommand, AbrahamAccordsOverTime)
{
    const QJsonObject before = queryJson("2020-09-14");
    EXPECT_EQ(standing(before, "ARE", "abraham_accords"), QString());
    EXPECT_FALSE(before.value(QStringLiteral("countries")).toObject().contains(QStringLiteral("ARE")));
    const QJsonObject signing = queryJson("2020-09-15");
    EXPECT_EQ(standing(signing, "ARE", "abraham_accords"), QStringLiteral("member"));
    EXPECT_EQ(standing(signing, "BHR", "abraham_accords"), QStringLiteral("member"));
    EXPECT_EQ(standing(signing, "ISR", "abraham_accords"), QStringLiteral("member"));
    EXPECT_EQ(standing(queryJson("2025-11-05"), "KAZ", "abraham_accords"), QString());
    EXPECT_EQ(standing(queryJson("2025-11-06"), "KAZ", "abraham_accords"), QStringLiteral("announced"));
    EXPECT_EQ(standing(queryJson("2025-12-01"), "UZB", "abraham_accords"), QStringLiteral("prospective"));
    EXPECT_EQ(standing(queryJson("2026-02-10"), "AZE", "abraham_accords"), QStringLiteral("prospective"));
}

TEST(QueryCommand, BoardOfPeaceAndStabilizationForce)
{
    const QJsonObject davos = queryJson("2026-01-22");
    for (const char *founder : {"AZE", "ARM", "KAZ"})
        EXPECT_EQ(standing(davos, founder, "board_of_peace"), QStringLiteral("member")) << founder;
    EXPECT_EQ(standing(queryJson("2026-01-21"), "ARM", "board_of_peace"), QStringLiteral("announced"));
    // The early-February reports count from the end of the analysis's week.
    EXPECT_EQ(standing(queryJson("2026-02-08"), "KAZ", "isf"), QString());
    EXPECT_EQ(standing(queryJson("2026-02-09"), "KAZ", "isf"), QStringLiteral("reported"));
    EXPECT_EQ(standing(queryJson("2026-02-11"), "ISR", "board_of_peace"), QStringLiteral("member"));
    EXPECT_EQ(standing(queryJson("2026-01-28"), "EGY", "board_of_peace"), QStringLiteral("member"));
    const QJsonObject pledges = queryJson("2026-02-19");
    EXPECT_EQ(standing(pledges, "KAZ", "isf"), QStringLiteral("announced"));
    EXPECT_EQ(standing(pledges, "XKX", "isf"), QStringLiteral("announced"));
    EXPECT_EQ(standing(pledges, "ALB", "isf"), QStringLiteral("announced"));
    EXPECT_EQ(standing(pledges, "ARM", "isf"), QStringLiteral("prospective"));
}

TEST(QueryCommand, CorridorsOverTime)
{
    auto corridor = [](const QJsonObject &q, const char *id) {
        return q.value(QStringLiteral("corridors")).toObject().value(QString::fromLatin1(id)).toString();
    };
    // TRIPP did not exist before the Washington summit; the 2020 link is its own corridor.
    EXPECT_EQ(corridor(queryJson("2025-08-07"), "tripp"), QString());
    EXPECT_EQ(corridor(queryJson("2020-11-10"), "nakhchivan_link_2020"), QStringLiteral("agreed"));
    EXPECT_EQ(corridor(queryJson("2020-11-09"), "nakhchivan_link_2020"), QString());
    EXPECT_EQ(corridor(queryJson("2025-08-08"), "tripp"), QStringLiteral("agreed"));
    EXPECT_EQ(corridor(queryJson("2023-09-08"), "imec"), QString());
    EXPECT_EQ(corridor(queryJson("2023-09-09"), "imec"), QStringLiteral("announced"));
    EXPECT_EQ(corridor(queryJson("2017-10-30"), "middle_corridor"), QStringLiteral("operational"));
    EXPECT_EQ(corridor(queryJson("2017-10-29"), "middle_corridor"), QStringLiteral("agreed"));
}

TEST(QueryCommand, EventsUpToTheDate)
{
    const QJsonObject q = queryJson("1992-04-07");
    EXPECT_EQ(q.value(QStringLiteral("date")).toString(), QStringLiteral("1992-04-07"));
    const QJsonArray events = q.value(QStringLiteral("events")).toArray();
    EXPECT_EQ(events.first().toString(), QStringLiteral("1991-12-26-soviet-union-dissolved"));
    EXPECT_EQ(events.last().toString(), QStringLiteral("1992-04-07-israel-azerbaijan-diplomatic-relations"));
    EXPECT_FALSE(events.contains(QStringLiteral("1992-04-10-israel-kazakhstan-diplomatic-relations")));
}

TEST(QueryCommand, OneCountryOnly)
{
    const QJsonObject q = queryJson("2026-03-01", {QStringLiteral("--country"), QStringLiteral("kaz")});
    EXPECT_EQ(q.value(QStringLiteral("countries")).toObject().keys(), QStringList{QStringLiteral("KAZ")});
    const QJsonObject kaz = q.value(QStringLiteral("countries")).toObject().value(QStringLiteral("KAZ")).toObject();
    EXPECT_EQ(kaz.value(QStringLiteral("abraham_accords")).toString(), QStringLiteral("announced"));
    EXPECT_EQ(kaz.value(QStringLiteral("board_of_peace")).toString(), QStringLiteral("member"));
    EXPECT_EQ(kaz.value(QStringLiteral("isf")).toString(), QStringLiteral("announced"));
    EXPECT_TRUE(q.value(QStringLiteral("events")).toArray().contains(QStringLiteral("2025-11-06-kazakhstan-announces-abraham-accords-entry")));
    EXPECT_FALSE(q.value(QStringLiteral("events")).toArray().contains(QStringLiteral("2023-09-19-azerbaijan-karabakh-offensive")));
}

TEST(QueryCommand, TextFormat)
{
    const CommandRun run = runCrossroads({QStringLiteral("query"), QStringLiteral("--date"), QStringLiteral("2025-08-08"), QStringLiteral("--format"),
                                QStringLiteral("text")});
    EXPECT_EQ(run.code, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("As of 8 Aug 2025")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("agreed")));
}

struct BadQuery
{
    std::vector<const char *> arguments;
    const char *message;
};

class QueryBadInput : public testing::TestWithParam<BadQuery>
{
};

TEST_P(QueryBadInput, ExitsTwoWithAClearMessage)
{
    QStringList args{QStringLiteral("query")};
    for (const char *a : GetParam().arguments)
        args << QString::fromLatin1(a);
    const CommandRun run = runCrossroads(args);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QString::fromLatin1(GetParam().message))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Arguments, QueryBadInput,
                         testing::Values(BadQuery{{}, "--date is required"},
                                         BadQuery{{"--date", "2025-02-30"}, "impossible date"},
                                         BadQuery{{"--date", "yesterday"}, "not a date"},
                                         BadQuery{{"--date", "2025-01-01", "--format", "xml"}, "--format must be one of json, text"},
                                         BadQuery{{"--date", "2025-01-01", "--country", "ZZZ"}, "unknown country code 'ZZZ'"},
                                         BadQuery{{"--date", "2025-01-01", "--colour"}, "Unknown option"},
                                         BadQuery{{"--date", "2025-01-01", "--data", "/nonexistent/geodata"}, "no such data folder"}));
