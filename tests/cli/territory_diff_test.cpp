// SPDX-License-Identifier: GPL-3.0-or-later
// `crossroads diff` lists territory changing hands or status, with day,
// certainty and sources, in every format.
#include "cli_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace crossroads::test;

namespace {

QJsonArray territoryChanges(const QStringList &args)
{
    const CommandRun run = runCrossroads(QStringList{QStringLiteral("diff")} + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("changes")).toArray())
        if (v.toObject().value(QStringLiteral("kind")) == QLatin1String("territory"))
            out.append(v);
    return out;
}

QJsonObject byId(const QJsonArray &changes, const QString &id, const QString &date)
{
    for (const QJsonValue &v : changes)
        if (v.toObject().value(QStringLiteral("id")).toString() == id && v.toObject().value(QStringLiteral("date")).toString() == date)
            return v.toObject();
    return {};
}

} // namespace

// Mutation tried: addTerritory() not called (no territory changes at all;
// all three tests here failed).
TEST(DiffTerritory, KarabakhAcrossTheWarsWithDaySourcesAndCertainty)
{
    const QJsonArray changes = territoryChanges({QStringLiteral("--from"), QStringLiteral("2020-09-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2024-06-01"), QStringLiteral("--country"), QStringLiteral("AZE")});
    ASSERT_FALSE(changes.isEmpty());

    const QJsonObject ceasefire = byId(changes, QStringLiteral("nk-ceasefire-2020"), QStringLiteral("2020-11-10"));
    ASSERT_FALSE(ceasefire.isEmpty());
    EXPECT_EQ(ceasefire.value(QStringLiteral("before")).toString(), QStringLiteral("contested"));
    EXPECT_EQ(ceasefire.value(QStringLiteral("after")).toString(), QStringLiteral("de_facto_state"));
    EXPECT_EQ(ceasefire.value(QStringLiteral("controlled_by")).toString(), QStringLiteral("XNK"));
    EXPECT_EQ(ceasefire.value(QStringLiteral("certainty")).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(ceasefire.value(QStringLiteral("sources")).toArray(), QJsonArray{QStringLiteral("trilateral-statement-2020-11-10")});

    // The corridor: peacekeepers, the blockade, the checkpoint, the offensive.
    for (const char *day : {"2020-11-10", "2022-12-12", "2023-04-23", "2023-09-20", "2024-04-17"}) {
        bool found = false;
        for (const QJsonValue &v : changes)
            found = found || (v.toObject().value(QStringLiteral("date")).toString() == QLatin1String(day) &&
                              v.toObject().value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Lachin corridor")));
        EXPECT_TRUE(found) << day;
    }

    // The republic's end: its last record closes on 1 Jan 2024, no successor.
    const QJsonObject end = byId(changes, QStringLiteral("nk-dissolution-decree-2023"), QStringLiteral("2024-01-01"));
    ASSERT_FALSE(end.isEmpty());
    EXPECT_TRUE(end.value(QStringLiteral("after")).isNull());
    EXPECT_TRUE(end.value(QStringLiteral("title")).toString().contains(QStringLiteral("no longer")));

    // No "no longer" change where a successor takes over on the same day.
    EXPECT_TRUE(byId(changes, QStringLiteral("nk-war-2020"), QStringLiteral("2020-11-10")).isEmpty());
    for (const QJsonValue &v : changes)
        EXPECT_LE(v.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2024-06-01"));
}

// Ukraine claims Crimea, which Russia holds: the filter must take claimants.
TEST(DiffTerritory, ACountrySeesTheTerritoryItClaims)
{
    const QJsonArray ukraine = territoryChanges({QStringLiteral("--from"), QStringLiteral("2014-01-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2014-12-31"), QStringLiteral("--country"), QStringLiteral("UKR")});
    const QJsonObject crimea = byId(ukraine, QStringLiteral("crimea-annexed-2014"), QStringLiteral("2014-03-18"));
    ASSERT_FALSE(crimea.isEmpty());
    EXPECT_EQ(crimea.value(QStringLiteral("controlled_by")).toString(), QStringLiteral("RUS"));
    EXPECT_EQ(crimea.value(QStringLiteral("claimed_by")).toArray().first().toString(), QStringLiteral("UKR"));
    // Georgia's record has nothing to say about Crimea.
    const QJsonArray georgia = territoryChanges({QStringLiteral("--from"), QStringLiteral("2014-01-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2014-12-31"), QStringLiteral("--country"), QStringLiteral("GEO")});
    EXPECT_TRUE(byId(georgia, QStringLiteral("crimea-annexed-2014"), QStringLiteral("2014-03-18")).isEmpty());
}

TEST(DiffTerritory, TextAndMarkdownNameHoldersAndSourcesByTitle)
{
    const QStringList range{QStringLiteral("--from"), QStringLiteral("2022-12-01"), QStringLiteral("--to"), QStringLiteral("2023-05-01")};
    const CommandRun text = runCrossroads(QStringList{QStringLiteral("diff")} + range + QStringList{QStringLiteral("--format"), QStringLiteral("text")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("12 Dec 2022  [territory, confirmed] Lachin corridor: a ceasefire zone with peacekeepers; "
                                                 "controlled by Russia, claimed by Azerbaijan")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Explainer: What Is Russia's Role in the Current Nagorno-Karabakh Stand-Off?")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("moscowtimes-2022-12-15")));

    const CommandRun md = runCrossroads(QStringList{QStringLiteral("diff")} + range + QStringList{QStringLiteral("--format"), QStringLiteral("md")});
    ASSERT_EQ(md.code, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("\n## Territory\n"))) << md.out.toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("- **23 Apr 2023**: Lachin corridor")));
}
