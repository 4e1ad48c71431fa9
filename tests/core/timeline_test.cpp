// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/timeline.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

namespace {

Standing standingOf(const char *iso3, const char *group, const char *date)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    const int c = t.countryIndex(QString::fromLatin1(iso3));
    const int g = t.groupIndex(QString::fromLatin1(group));
    if (c < 0 || g < 0)
        return Standing::None;
    return t.stateAt(day(date)).cell(c, g).standing;
}

const StandingRecord *recordOf(const char *iso3, const char *group, const char *date)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    const int c = t.countryIndex(QString::fromLatin1(iso3));
    const int g = t.groupIndex(QString::fromLatin1(group));
    if (c < 0 || g < 0)
        return nullptr;
    const int r = t.stateAt(day(date)).cell(c, g).record;
    return r < 0 ? nullptr : &t.data().standings[size_t(r)];
}

CorridorStatus corridorOf(const char *id, const char *date)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    for (size_t k = 0; k < t.corridors().size(); ++k)
        if (t.corridors()[k].id == QLatin1String(id))
            return t.stateAt(day(date)).corridors[k].status;
    ADD_FAILURE() << "no corridor " << id;
    return CorridorStatus::None;
}

bool happenedBy(const char *eventId, const char *date)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    const WorldState s = t.stateAt(day(date));
    for (int i = 0; i < s.eventCount; ++i)
        if (t.events()[size_t(i)].id == QLatin1String(eventId))
            return true;
    return false;
}

} // namespace

// For every standing record and corridor phase in the data: on the day
// before it starts it does not hold, on its first day it does.
TEST(TimelineBoundaries, EveryStandingStartsOnItsDay)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    ASSERT_FALSE(t.data().standings.empty());
    for (size_t i = 0; i < t.data().standings.size(); ++i) {
        const StandingRecord &r = t.data().standings[i];
        const int c = t.countryIndex(r.country), g = t.groupIndex(r.group);
        // The day it takes effect: the date itself, or the end of its month or year.
        const Date first = Date::fromDay(QDate::fromJulianDay(r.interval.startDay()));
        EXPECT_EQ(t.stateAt(first).cell(c, g).record, int(i)) << r.id.toStdString();
        EXPECT_EQ(t.stateAt(first).cell(c, g).standing, r.standing) << r.id.toStdString();
        EXPECT_NE(t.stateAt(first.addDays(-1)).cell(c, g).record, int(i)) << r.id.toStdString();
        if (r.interval.until) {
            const Date end = Date::fromDay(QDate::fromJulianDay(r.interval.until->effectiveDay()));
            EXPECT_EQ(t.stateAt(end.addDays(-1)).cell(c, g).record, int(i)) << r.id.toStdString();
            EXPECT_NE(t.stateAt(end).cell(c, g).record, int(i)) << r.id.toStdString();
        }
    }
}

TEST(TimelineBoundaries, EveryCorridorPhaseStartsOnItsDay)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    ASSERT_EQ(t.corridors().size(), 4u);
    for (size_t k = 0; k < t.corridors().size(); ++k) {
        ASSERT_FALSE(t.corridors()[k].phases.empty()) << t.corridors()[k].id.toStdString();
        for (size_t p = 0; p < t.corridors()[k].phases.size(); ++p) {
            const CorridorPhase &phase = t.corridors()[k].phases[p];
            const Date first = Date::fromDay(QDate::fromJulianDay(phase.interval.startDay()));
            EXPECT_EQ(t.stateAt(first).corridors[k].phase, int(p)) << phase.id.toStdString();
            EXPECT_EQ(t.stateAt(first).corridors[k].status, phase.status) << phase.id.toStdString();
            EXPECT_NE(t.stateAt(first.addDays(-1)).corridors[k].phase, int(p)) << phase.id.toStdString();
        }
    }
}

TEST(TimelinePrecision, MonthStandingsTakeEffectAtTheMonthsEndEventsShowDuringIt)
{
    TimelineData data;
    data.groups.push_back({QStringLiteral("g"), QStringLiteral("Group"), QColor(Qt::blue), GroupChannel::Fill, {}});
    StandingRecord r;
    r.id = QStringLiteral("r");
    r.country = QStringLiteral("KAZ");
    r.group = QStringLiteral("g");
    r.standing = Standing::Reported;
    r.interval.from = day("2026-02");
    data.standings.push_back(r);
    Event e;
    e.id = QStringLiteral("e");
    e.date = day("2026-02");
    e.countries = {QStringLiteral("KAZ")};
    data.events.push_back(e);
    const Timeline t(data);
    EXPECT_EQ(t.stateAt(day("2026-02-28")).cell(0, 0).standing, Standing::None);
    EXPECT_EQ(t.stateAt(day("2026-03-01")).cell(0, 0).standing, Standing::Reported);
    EXPECT_EQ(t.stateAt(day("2026-01-31")).eventCount, 0);
    EXPECT_EQ(t.stateAt(day("2026-02-01")).eventCount, 1);
    EXPECT_EQ(t.events().front().date.toDisplayString(), QStringLiteral("February 2026"));
    EXPECT_EQ(t.firstDate(), day("2026-02-01"));
}

// Facts from the seeds and the public record, through the model API.
TEST(TimelineFacts, AbrahamAccords)
{
    EXPECT_EQ(standingOf("ARE", "abraham_accords", "2020-09-14"), Standing::None);
    EXPECT_EQ(standingOf("ARE", "abraham_accords", "2020-09-15"), Standing::Member);
    EXPECT_EQ(standingOf("BHR", "abraham_accords", "2020-09-15"), Standing::Member);
    EXPECT_EQ(standingOf("ISR", "abraham_accords", "2021-01-01"), Standing::Member);
    EXPECT_EQ(standingOf("MAR", "abraham_accords", "2020-12-15"), Standing::Announced);
    EXPECT_EQ(standingOf("MAR", "abraham_accords", "2021-01-01"), Standing::Member);
    EXPECT_EQ(standingOf("KAZ", "abraham_accords", "2025-11-05"), Standing::None);
    EXPECT_EQ(standingOf("KAZ", "abraham_accords", "2025-11-06"), Standing::Announced);
    // Announced, not yet formal, as of the last date in the data.
    EXPECT_EQ(standingOf("KAZ", "abraham_accords", "2026-03-04"), Standing::Announced);
    // Azerbaijan: pressed to join, from the day Reuters reported it (not the
    // March talks it described), then on an analysis's word: reported both times.
    EXPECT_EQ(standingOf("AZE", "abraham_accords", "2025-07-31"), Standing::None);
    EXPECT_EQ(standingOf("AZE", "abraham_accords", "2025-08-01"), Standing::Prospective);
    EXPECT_EQ(recordOf("AZE", "abraham_accords", "2025-08-01")->certainty, Certainty::Reported);
    ASSERT_NE(recordOf("AZE", "abraham_accords", "2026-02-10"), nullptr);
    EXPECT_EQ(recordOf("AZE", "abraham_accords", "2026-02-10")->certainty, Certainty::Reported);
    // Uzbekistan: reportedly interested.
    EXPECT_EQ(standingOf("UZB", "abraham_accords", "2026-01-01"), Standing::Prospective);
    EXPECT_EQ(recordOf("UZB", "abraham_accords", "2026-01-01")->certainty, Certainty::Reported);
    EXPECT_EQ(standingOf("TKM", "abraham_accords", "2026-03-01"), Standing::None);
}

TEST(TimelineFacts, BoardOfPeace)
{
    for (const char *founder : {"AZE", "ARM", "KAZ"}) {
        EXPECT_EQ(standingOf(founder, "board_of_peace", "2026-01-15"), Standing::None) << founder;
        EXPECT_EQ(standingOf(founder, "board_of_peace", "2026-01-22"), Standing::Member) << founder;
    }
    EXPECT_EQ(standingOf("KAZ", "board_of_peace", "2026-01-20"), Standing::Announced);
}

TEST(TimelineFacts, StabilizationForce)
{
    EXPECT_EQ(standingOf("KAZ", "isf", "2026-01-31"), Standing::None);
    EXPECT_EQ(standingOf("KAZ", "isf", "2026-02-05"), Standing::None);
    EXPECT_EQ(standingOf("KAZ", "isf", "2026-02-09"), Standing::Reported);
    EXPECT_EQ(standingOf("KAZ", "isf", "2026-02-19"), Standing::Announced);
    EXPECT_NE(standingOf("XKX", "isf", "2026-02-05"), Standing::None);
    EXPECT_NE(standingOf("ALB", "isf", "2026-02-05"), Standing::None);
    EXPECT_NE(standingOf("ITA", "isf", "2026-02-05"), Standing::None);
    // Pressed to contribute (expected), after Baku had publicly declined.
    EXPECT_EQ(standingOf("AZE", "isf", "2025-12-01"), Standing::None);
    EXPECT_EQ(standingOf("AZE", "isf", "2026-02-10"), Standing::Prospective);
    EXPECT_EQ(recordOf("AZE", "isf", "2026-02-10")->certainty, Certainty::Expected);
    // Albania and Kosovo: ready in January, reported in February, pledged on 19 February.
    EXPECT_EQ(standingOf("ALB", "isf", "2026-01-27"), Standing::Prospective);
    EXPECT_EQ(standingOf("XKX", "isf", "2026-02-05"), Standing::Prospective);
    EXPECT_EQ(standingOf("XKX", "isf", "2026-02-10"), Standing::Reported);
    EXPECT_EQ(standingOf("XKX", "isf", "2026-02-19"), Standing::Announced);
    // Italy: reported as a contributor only between the analysis and Rome's
    // offer of police training instead of troops.
    EXPECT_EQ(standingOf("ITA", "isf", "2026-02-10"), Standing::Reported);
    EXPECT_EQ(standingOf("ITA", "isf", "2026-03-01"), Standing::Prospective);
    EXPECT_EQ(standingOf("ARM", "isf", "2026-02-10"), Standing::Prospective);
    EXPECT_EQ(recordOf("ARM", "isf", "2026-02-10")->certainty, Certainty::Expected);
}

TEST(TimelineFacts, Corridors)
{
    EXPECT_EQ(corridorOf("tripp", "2025-08-07") < CorridorStatus::Agreed, true);
    EXPECT_GE(corridorOf("tripp", "2025-08-08"), CorridorStatus::Agreed);
    EXPECT_EQ(corridorOf("imec", "2023-09-08"), CorridorStatus::None);
    EXPECT_EQ(corridorOf("imec", "2023-09-10"), CorridorStatus::Announced);
    EXPECT_EQ(corridorOf("middle_corridor", "2018-01-01"), CorridorStatus::Operational);
}

TEST(TimelineFacts, Events)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    EXPECT_EQ(t.events().front().id, QStringLiteral("1991-12-26-soviet-union-dissolved"));
    EXPECT_TRUE(happenedBy("1992-04-07-israel-azerbaijan-diplomatic-relations", "1992-04-07"));
    EXPECT_FALSE(happenedBy("1992-04-07-israel-azerbaijan-diplomatic-relations", "1992-04-06"));
    EXPECT_TRUE(happenedBy("1996-09-27-taliban-take-kabul", "1996-09-27"));
    EXPECT_TRUE(happenedBy("2001-09-11-september-11-attacks", "2001-09-11"));
    EXPECT_TRUE(happenedBy("2023-09-19-azerbaijan-karabakh-offensive", "2023-09-19"));
    EXPECT_TRUE(happenedBy("2023-03-29-azerbaijan-opens-embassy-in-israel", "2023-03-29"));
    EXPECT_FALSE(happenedBy("2025-08-08-tripp-agreed", "2025-08-07"));
    EXPECT_TRUE(happenedBy("2026-01-22-board-of-peace-charter-signed", "2026-01-22"));
    // Reported, then officially denied by Aliyev.
    EXPECT_EQ(t.event(QStringLiteral("2025-06-26-drones-reportedly-launched-from-azerbaijan"))->certainty, Certainty::Denied);
    EXPECT_EQ(t.event(QStringLiteral("2024-11-25-iran-alleged-behind-kogan-murder"))->certainty, Certainty::Denied);
    EXPECT_EQ(t.event(QStringLiteral("2025-06-26-aliyev-denies-drone-reports"))->certainty, Certainty::Confirmed);
    EXPECT_EQ(t.event(QStringLiteral("2025-06-13-twelve-day-war-begins"))->date, day("2025-06-13"));
    EXPECT_TRUE(t.event(QStringLiteral("2026-01-23-gor-driscoll-meet-berdimuhamedow"))->countries.contains(QStringLiteral("TKM")));
    EXPECT_EQ(t.event(QStringLiteral("2025-11-17-unsc-resolution-2803"))->date, day("2025-11-17"));
    for (const Event &e : t.events())
        EXPECT_FALSE(e.sources.isEmpty()) << e.id.toStdString();
    EXPECT_GT(t.events().size(), 30u);
}

TEST(Timeline, EventsOfACountryNewestFirst)
{
    const Timeline &t = test::shippedAtlas()->timeline;
    const auto events = t.eventsOf(QStringLiteral("AZE"), day("2024-01-01"));
    ASSERT_GE(events.size(), 5u);
    for (size_t i = 1; i < events.size(); ++i)
        EXPECT_LE(events[i]->date.julianDay(), events[i - 1]->date.julianDay());
    for (const Event *e : events) {
        EXPECT_TRUE(e->countries.contains(QStringLiteral("AZE")));
        EXPECT_LE(e->date.julianDay(), day("2024-01-01").julianDay());
    }
}
