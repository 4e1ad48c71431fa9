// SPDX-License-Identifier: GPL-3.0-or-later
// What the timeline bar says about where the date stands in the record.
#include "gui_fixture.h"
#include "model/record_notes.h"
#include "ui/timeline_bar.h"

#include <QLabel>

using namespace crossroads;
using test::day;

class TimelineText : public test::GuiTest
{
};

// Mutation tried: showing only the last event of the day (the old loop with
// a break) fails the every-title check.
TEST_F(TimelineText, LatestLineNamesEveryEventOfTheDayWithItsCertainty)
{
    auto w = openWindow();
    const Timeline &t = test::shippedAtlas()->timeline;
    // The busiest day of the record.
    Date busiest;
    size_t most = 0;
    for (const Date &d : t.eventDates())
        if (t.latestEvents(d).size() > most) {
            most = t.latestEvents(d).size();
            busiest = d;
        }
    ASSERT_GE(most, 2u);
    w->timelineBar()->setDate(busiest);
    const QString text = w->timelineBar()->findChild<QLabel *>(QStringLiteral("eventLabel"))->text();
    for (const Event *e : t.latestEvents(busiest)) {
        EXPECT_TRUE(text.contains(e->title)) << text.toStdString();
        if (e->certainty != Certainty::Confirmed) {
            EXPECT_TRUE(text.contains(e->title + QStringLiteral(" (") + toString(e->certainty))) << text.toStdString();
        }
    }
}

TEST_F(TimelineText, TheDefaultDateIsTheRecordsLastDay)
{
    auto w = openWindow();
    EXPECT_EQ(w->timelineBar()->date(), test::shippedAtlas()->timeline.lastDate());
}
