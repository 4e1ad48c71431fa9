// SPDX-License-Identifier: GPL-3.0-or-later
// "True for its date": the date-precision rule at period boundaries, the
// hindsight scanner, and every text the atlas builds for a date checked
// against everything dated after it.
#include "model/briefing.h"
#include "model/hindsight.h"
#include "model/record_notes.h"
#include "model/state_report.h"
#include "data/story_loader.h"
#include "support/test_data.h"

#include <QDir>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <set>

using namespace crossroads;
using test::day;

namespace {

Date parsed(const char *text) { return Date::parse(QString::fromLatin1(text)).value(); }

StandingRecord standing(const char *id, const char *from, std::optional<const char *> until = std::nullopt)
{
    StandingRecord r;
    r.id = QString::fromLatin1(id);
    r.country = QStringLiteral("KAZ");
    r.group = QStringLiteral("isf");
    r.standing = Standing::Reported;
    r.interval.from = parsed(from);
    if (until)
        r.interval.until = parsed(*until);
    r.sources = {QStringLiteral("s")};
    return r;
}

Timeline timelineOf(std::vector<StandingRecord> standings, std::vector<Event> events = {})
{
    TimelineData data;
    data.groups.push_back({QStringLiteral("isf"), QStringLiteral("ISF"), Qt::black, GroupChannel::Badge, {}});
    data.standings = std::move(standings);
    data.events = std::move(events);
    return Timeline(std::move(data));
}

Standing at(const Timeline &t, const char *date) { return t.stateAt(day(date)).cell(0, 0).standing; }

} // namespace

// Mutation tried: Interval::startDay() returning from.julianDay() (the old
// first-day rule) makes the 30 June and 31 Dec expectations fail.
TEST(DatePrecision, MonthStartTakesEffectAtTheMonthsEnd)
{
    const Timeline t = timelineOf({standing("a", "2025-06")});
    EXPECT_EQ(at(t, "2025-06-01"), Standing::None);
    EXPECT_EQ(at(t, "2025-06-30"), Standing::None) << "not before the month is over";
    EXPECT_EQ(at(t, "2025-07-01"), Standing::Reported);
}

TEST(DatePrecision, YearStartTakesEffectAtTheYearsEnd)
{
    const Timeline t = timelineOf({standing("a", "2001")});
    EXPECT_EQ(at(t, "2001-12-31"), Standing::None);
    EXPECT_EQ(at(t, "2002-01-01"), Standing::Reported);
}

TEST(DatePrecision, MonthEndHoldsThroughTheMonth)
{
    const Timeline t = timelineOf({standing("a", "2025-01-10", "2025-08")});
    EXPECT_EQ(at(t, "2025-08-31"), Standing::Reported) << "a change known only to the month happens at its end";
    EXPECT_EQ(at(t, "2025-09-01"), Standing::None);
}

TEST(DatePrecision, DayDatesAreExact)
{
    const Timeline t = timelineOf({standing("a", "2025-06-13", "2025-06-24")});
    EXPECT_EQ(at(t, "2025-06-12"), Standing::None);
    EXPECT_EQ(at(t, "2025-06-13"), Standing::Reported);
    EXPECT_EQ(at(t, "2025-06-23"), Standing::Reported);
    EXPECT_EQ(at(t, "2025-06-24"), Standing::None);
}

TEST(DatePrecision, MonthEventIsShownDuringItsMonthAsInTheMonth)
{
    Event e;
    e.id = QStringLiteral("e");
    e.date = parsed("2025-06");
    e.title = QStringLiteral("Drone reports");
    e.countries = {QStringLiteral("KAZ")};
    const Timeline t = timelineOf({standing("a", "2020-01-01")}, {e});
    EXPECT_TRUE(t.latestEvents(day("2025-05-31")).empty());
    ASSERT_EQ(t.latestEvents(day("2025-06-01")).size(), 1u);
    EXPECT_EQ(RecordNotes::latestEvents(t, day("2025-06-15")), QStringLiteral("Latest: in June 2025 — Drone reports"));
    EXPECT_EQ(parsed("2025-06").toEventString(), QStringLiteral("in June 2025"));
    EXPECT_EQ(parsed("2025").toEventString(), QStringLiteral("in 2025"));
    EXPECT_EQ(parsed("2025-06-13").toEventString(), QStringLiteral("13 Jun 2025"));
}

TEST(LatestLine, ListsEveryEventOfTheDayWithCertainty)
{
    auto event = [](const char *id, const char *date, const char *title, Certainty c) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.date = parsed(date);
        e.title = QString::fromLatin1(title);
        e.certainty = c;
        return e;
    };
    const Timeline t = timelineOf({standing("a", "2020-01-01")},
                                  {event("x", "2026-01-21", "Earlier", Certainty::Confirmed),
                                   event("a", "2026-01-22", "Charter signed", Certainty::Confirmed),
                                   event("b", "2026-01-22", "Troops offered", Certainty::Reported)});
    EXPECT_EQ(RecordNotes::latestEvents(t, day("2026-01-25")),
              QStringLiteral("Latest: 22 Jan 2026 — Charter signed; Troops offered (reported)"));
    EXPECT_EQ(RecordNotes::latestEvents(t, day("2026-01-21")), QStringLiteral("Latest: 21 Jan 2026 — Earlier"));
    EXPECT_TRUE(RecordNotes::recordEnd(t, day("2026-01-22")).isEmpty());
    EXPECT_TRUE(RecordNotes::recordEnd(t, day("2026-02-01")).contains(QStringLiteral("The record ends on 22 Jan 2026")));
}

TEST(Hindsight, FindsLaterYearsMonthsAndDays)
{
    const Date asOf = day("2020-09-15");
    EXPECT_EQ(Hindsight::laterMention(QStringLiteral("the roadmap of November 2022"), asOf), QStringLiteral("November 2022"));
    EXPECT_EQ(Hindsight::laterMention(QStringLiteral("signed on 22 December 2020"), asOf), QStringLiteral("22 December 2020"));
    EXPECT_EQ(Hindsight::laterMention(QStringLiteral("by early March 2026"), asOf), QStringLiteral("March 2026"));
    EXPECT_EQ(Hindsight::laterMention(QStringLiteral("in 2023"), asOf), QStringLiteral("2023"));
    EXPECT_EQ(Hindsight::laterMention(QStringLiteral("on 2020-10-01"), asOf), QStringLiteral("2020-10-01"));
    EXPECT_FALSE(Hindsight::laterMention(QStringLiteral("since 1992, signed 15 September 2020"), asOf));
    EXPECT_FALSE(Hindsight::laterMention(QStringLiteral("earlier in September 2020"), asOf));
    EXPECT_FALSE(Hindsight::laterMention(QStringLiteral("the 2030s; Agenda 2030 is no date? no: 2030"), day("2031-01-01")));
    EXPECT_FALSE(Hindsight::laterMention(QStringLiteral("the 2020s"), asOf)) << "a decade is not a date";
    // A record dated only to the month may name any day of that month.
    EXPECT_FALSE(Hindsight::laterMention(QStringLiteral("on 30 June 2025"), parsed("2025-06")));
}

namespace {

// Everything the atlas shows for `date` as text: the briefing of every
// country with a record (Markdown, the panel's and clipboard's text), the
// Latest line, the query output and the record-end note. Citations are left
// out on purpose: a reference's publication date is not a claim about the
// date shown (a 1991 fact may be cited from a 2009 history). So are texts
// their records mark forward-looking (a plan "to 2027" stated in 2022).
QString everyTextFor(const Atlas &atlas, const Date &date)
{
    const Timeline &t = atlas.timeline;
    QString all;
    QSet<QString> countries(t.countries().begin(), t.countries().end());
    for (const Event &e : t.events())
        for (const QString &c : e.countries)
            countries.insert(c);
    for (const QString &iso3 : countries) {
        Briefing b = Briefing::build(atlas, iso3, date);
        for (Briefing::StandingLine &l : b.standings)
            l.sources.clear();
        for (Briefing::CorridorLine &l : b.corridors)
            l.sources.clear();
        for (Briefing::RelationLine &l : b.relations)
            l.sources.clear();
        for (Briefing::EventLine &l : b.events) {
            l.sources.clear();
            if (const Event *e = t.event(l.id); e && e->forwardLooking)
                l.summary.clear();
        }
        QString md = b.toMarkdown();
        // How an approximate outline was drawn is provenance, like a
        // citation: it may name the later source line it was cut from.
        for (qsizetype at; (at = md.indexOf(QStringLiteral("(Outline approximate:"))) >= 0;) {
            const qsizetype end = md.indexOf(QStringLiteral(".)"), at);
            md.remove(at, end < 0 ? md.size() - at : end + 2 - at);
        }
        all += md;
    }
    all += RecordNotes::latestEvents(t, date) + u'\n';
    all += StateReport(atlas, date, {}).toText();
    return all;
}

// The dates to probe: every record's start and end, the day before each,
// and every month end from 1991 to the record's end.
std::set<qint64> denseDates(const Timeline &t)
{
    std::set<qint64> days;
    auto add = [&](const Date &d) {
        if (!d.isValid())
            return;
        for (qint64 day : {d.julianDay(), d.effectiveDay()}) {
            days.insert(day);
            days.insert(day - 1);
        }
    };
    for (const Event &e : t.events())
        add(e.date);
    for (const StandingRecord &r : t.data().standings) {
        add(r.interval.from);
        if (r.interval.until)
            add(*r.interval.until);
    }
    for (const Corridor &c : t.corridors())
        for (const CorridorPhase &p : c.phases)
            add(p.interval.from);
    for (const Relation &r : t.relations())
        add(r.interval.from);
    for (QDate m(1991, 1, 31); m.toJulianDay() <= t.lastDate().julianDay(); m = m.addDays(1).addMonths(1).addDays(-1))
        days.insert(m.toJulianDay());
    return days;
}

} // namespace

// Mutations tried: Timeline::eventsOf without its date check, and a
// summary naming a later year, each make this fail with the date and text.
TEST(TruthInTime, NoTextForADateSpeaksOfLaterDaysOrRecords)
{
    const auto atlas = test::shippedAtlas();
    const Timeline &t = atlas->timeline;
    int checked = 0;
    for (qint64 jd : denseDates(t)) {
        const Date date = Date::fromDay(QDate::fromJulianDay(jd));
        if (date.julianDay() > t.lastDate().julianDay() + 1)
            continue;
        const QString text = everyTextFor(*atlas, date);
        if (auto phrase = Hindsight::laterMention(text, date)) {
            const qsizetype at = text.indexOf(*phrase);
            ADD_FAILURE() << date.toIsoString().toStdString() << " mentions \"" << phrase->toStdString() << "\" in: …"
                          << text.mid(std::max<qsizetype>(0, at - 160), 220).toStdString() << "…";
            return;
        }
        // No later record may be named: events by title, corridors before their first phase.
        for (const Event &e : t.events())
            if (e.date.julianDay() > date.julianDay() && e.title.size() > 12 && text.contains(e.title)) {
                ADD_FAILURE() << date.toIsoString().toStdString() << " names the later event " << e.id.toStdString();
                return;
            }
        const WorldState state = t.stateAt(date);
        for (size_t k = 0; k < t.corridors().size(); ++k)
            if (state.corridors[k].status == CorridorStatus::None && text.contains(t.corridors()[k].name)) {
                ADD_FAILURE() << date.toIsoString().toStdString() << " names " << t.corridors()[k].name.toStdString()
                              << " before it existed";
                return;
            }
        ++checked;
    }
    EXPECT_GT(checked, 300);
}

TEST(TruthInTime, StoryCaptionsSpeakOnlyOfTheirStepsDate)
{
    const auto atlas = test::shippedAtlas();
    const StoryLoader::Report stories = StoryLoader::loadFolder(*atlas);
    ASSERT_TRUE(stories.errors.empty());
    QStringList all;
    for (const Error &w : stories.warnings)
        all << w.toString();
    EXPECT_TRUE(all.isEmpty()) << all.join(u'\n').toStdString();
    for (const Story &story : stories.stories)
        for (const StoryStep &step : story.steps)
            for (const QString &text : {step.title, step.text, step.notes})
                EXPECT_FALSE(Hindsight::laterMention(text, step.date))
                    << story.id.toStdString() << "/" << step.id.toStdString() << ": " << text.toStdString();
}

TEST(TruthInTime, ShippedDataValidatesWithoutWarnings)
{
    const AtlasLoader::Report report = AtlasLoader::load(QString::fromUtf8(CROSSROADS_GEODATA));
    QStringList all;
    for (const Error &e : report.errors)
        all << e.toString();
    for (const Error &e : report.warnings)
        all << QStringLiteral("warning: ") + e.toString();
    EXPECT_TRUE(all.isEmpty()) << all.join(u'\n').toStdString();
}

TEST(TruthInTime, UsersReadSourcesByTitleNeverByFileName)
{
    const auto atlas = test::shippedAtlas();
    const Timeline &t = atlas->timeline;
    ASSERT_FALSE(t.data().sources.empty()) << "the shipped data has a source registry";
    for (const QString &iso3 : {QStringLiteral("KAZ"), QStringLiteral("AZE"), QStringLiteral("ARM"), QStringLiteral("ISR")}) {
        const Briefing b = Briefing::build(*atlas, iso3, t.lastDate());
        for (const QString &text : {b.toMarkdown(), b.toHtml()}) {
            EXPECT_FALSE(text.contains(QStringLiteral("000_8dc81030165d37e0"))) << iso3.toStdString();
            EXPECT_FALSE(text.contains(QStringLiteral("001_ec104fb3ee3e7adf"))) << iso3.toStdString();
            EXPECT_FALSE(text.contains(QStringLiteral("seed"), Qt::CaseInsensitive)) << iso3.toStdString();
        }
        // Scripts still get the ids.
        const QByteArray json = QJsonDocument(b.toJson()).toJson();
        EXPECT_FALSE(json.contains("Stakeholders in the Middle East\u201D")) << "JSON carries ids, not citations";
    }
    const Source *seed = t.source(QStringLiteral("000_8dc81030165d37e0.txt"));
    ASSERT_NE(seed, nullptr);
    EXPECT_TRUE(seed->citation().contains(QStringLiteral("Central Asia and the South Caucasus Become Stakeholders in the Middle East")));
}

TEST(TruthInTimeValidation, WarnsAboutHindsightWithFileAndLine)
{
    const test::DataFolderCopy data;
    data.write(QStringLiteral("timeline/events.json"), R"({"events": [
  {"id": "a", "date": "2020-09-15", "title": "Accords signed",
   "summary": "Signed; a roadmap followed in November 2022.",
   "countries": ["ISR"], "certainty": "confirmed", "sources": ["000_8dc81030165d37e0.txt"]},
  {"id": "b", "date": "2020-09-15", "title": "Plan announced",
   "summary": "The line is due to open in 2027.", "forward_looking": true,
   "countries": ["ISR"], "certainty": "expected", "sources": ["000_8dc81030165d37e0.txt"]}
]})");
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    ASSERT_TRUE(report.atlas);
    QStringList all;
    bool found = false;
    for (const Error &w : report.warnings) {
        all << w.toString();
        if (w.file.endsWith(QStringLiteral("timeline/events.json")) && w.place == QStringLiteral("line 3") &&
            w.message.contains(QStringLiteral("November 2022")))
            found = true;
        EXPECT_FALSE(w.message.contains(QStringLiteral("2027"))) << "forward_looking exempts a stated plan";
    }
    EXPECT_TRUE(found) << all.join(u'\n').toStdString();
}

TEST(TruthInTimeValidation, EveryCitedSourceMustBeInTheRegistry)
{
    const test::DataFolderCopy data;
    data.write(QStringLiteral("timeline/sources.json"), R"({"sources": [
  {"id": "known", "title": "A known report", "publisher": "Agency", "date": "2020-09-15"}
]})");
    data.write(QStringLiteral("timeline/events.json"), R"({"events": [
  {"id": "a", "date": "2020-09-15", "title": "Accords signed", "summary": "Signed.",
   "countries": ["ISR"], "certainty": "confirmed", "sources": ["known", "missing-id"]}
]})");
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    ASSERT_TRUE(report.atlas);
    bool found = false;
    for (const Error &e : report.errors)
        if (e.file.endsWith(QStringLiteral("timeline/events.json")) && e.message.contains(QStringLiteral("unknown source 'missing-id'")))
            found = true;
    EXPECT_TRUE(found);
    const Source *known = report.atlas->timeline.source(QStringLiteral("known"));
    ASSERT_NE(known, nullptr);
    EXPECT_EQ(known->citation(), QStringLiteral("\u201CA known report\u201D, Agency, 15 Sep 2020"));
}
