// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/view_session.h"
#include "render/legend.h"
#include "support/test_data.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crossroads;
using test::day;

namespace {

const Timeline &timeline() { return test::shippedAtlas()->timeline; }

void attach(ViewSession &session)
{
    const MapRenderer &r = *test::shippedRenderer();
    session.setRecord(&timeline(), r.toggleableLayers(), r.defaultLayers());
}

} // namespace

// Mutation tried: setDate() without its "same date" check — two signals and
// two builds, and this fails.
TEST(ViewSessionTest, ADateChangeSignalsOnceAndBuildsTheWorldStateOnce)
{
    ViewSession session;
    attach(session);
    EXPECT_EQ(session.date(), timeline().lastDate());
    QSignalSpy dates(&session, &ViewSession::dateChanged);
    QSignalSpy layers(&session, &ViewSession::layersChanged);
    const int builds = session.worldStateBuilds();

    session.setDate(day("2023-09-19"));
    session.setDate(day("2023-09-19"));  // no change: no signal, no work
    ASSERT_EQ(dates.count(), 1);
    EXPECT_EQ(dates.front().front().value<Date>(), day("2023-09-19"));
    EXPECT_EQ(session.worldStateBuilds(), builds + 1);
    EXPECT_EQ(layers.count(), 0);

    // Every observer reads the same state, built for the date shown.
    const std::shared_ptr<const WorldState> state = session.worldState();
    ASSERT_TRUE(state);
    EXPECT_EQ(state->date, day("2023-09-19"));
    EXPECT_EQ(state->cells.size(), timeline().stateAt(day("2023-09-19")).cells.size());
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(session.mapSettings().worldState, state);
    EXPECT_EQ(session.worldStateBuilds(), builds + 1);
}

// Mutation tried: worldStateFor() trusting the carried state without
// checking its date — the stale 2026 state is used for 2019 and this fails.
TEST(ViewSessionTest, RendersUseTheSessionsStateOnlyForItsDate)
{
    ViewSession session;
    attach(session);
    session.setDate(day("2026-02-20"));
    MapSettings settings = session.mapSettings();
    EXPECT_EQ(worldStateFor(timeline(), settings), session.worldState());
    settings.date = day("2019-01-01");  // a copy moved on: the state is not for it
    EXPECT_NE(worldStateFor(timeline(), settings), session.worldState());
    EXPECT_EQ(worldStateFor(timeline(), settings)->date, day("2019-01-01"));
    const MapRenderer &r = *test::shippedRenderer();
    bool member = false;
    for (const LegendItem &item : legendItems(r.geo().atlas(), settings, r.style()))
        member = member || (item.section == QLatin1String("Abraham Accords") && item.label == QLatin1String("member"));
    EXPECT_FALSE(member);  // nobody was a member in 2019
}

// Mutation tried: setLayers() without its "same layers" check — the count
// fails.
TEST(ViewSessionTest, LayerTogglesSignalOncePerChange)
{
    ViewSession session;
    attach(session);
    ASSERT_TRUE(session.showsLayer(QStringLiteral("abraham_accords")));
    QSignalSpy layers(&session, &ViewSession::layersChanged);
    QSignalSpy dates(&session, &ViewSession::dateChanged);
    session.setLayerVisible(QStringLiteral("abraham_accords"), false);
    session.setLayerVisible(QStringLiteral("abraham_accords"), false);
    EXPECT_EQ(layers.count(), 1);
    EXPECT_FALSE(session.showsLayer(QStringLiteral("abraham_accords")));
    EXPECT_FALSE(session.mapSettings().showLayer(QStringLiteral("abraham_accords")));
    EXPECT_EQ(dates.count(), 0);

    QSignalSpy selection(&session, &ViewSession::selectionChanged);
    session.setSelectedCountry(QStringLiteral("AZE"));
    session.setSelectedCountry(QStringLiteral("AZE"));
    EXPECT_EQ(selection.count(), 1);
    EXPECT_EQ(session.mapSettings().selectedCountry, QStringLiteral("AZE"));

    QSignalSpy playing(&session, &ViewSession::playingChanged);
    session.setPlaying(true);
    session.setPlaying(true);
    EXPECT_EQ(playing.count(), 1);
}

// Mutation tried: save() leaving out the layers — the restored session
// shows the hidden layer again and the test fails.
TEST(ViewSessionTest, WhatIsSavedComesBack)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("view.ini"));
    {
        ViewSession session;
        attach(session);
        session.setDate(day("2023-09-19"));
        session.setLayerVisible(QStringLiteral("isf"), false);
        session.setSelectedCountry(QStringLiteral("KAZ"));
        session.setProjection(QStringLiteral("web-mercator"));
        session.setStory(QStringLiteral("middle_corridor"));
        session.setView({QPointF(1.5e6, 4.5e6), 2500.0});
        session.setPlaying(true);
        QSettings settings(file, QSettings::IniFormat);
        session.save(settings);
    }
    ViewSession again;
    again.load(QSettings(file, QSettings::IniFormat));
    EXPECT_EQ(again.projection(), QStringLiteral("web-mercator"));  // known before the data loads
    attach(again);
    EXPECT_EQ(again.date(), day("2023-09-19"));
    EXPECT_FALSE(again.showsLayer(QStringLiteral("isf")));
    EXPECT_TRUE(again.showsLayer(QStringLiteral("abraham_accords")));
    EXPECT_EQ(again.selectedCountry(), QStringLiteral("KAZ"));
    EXPECT_EQ(again.story(), QStringLiteral("middle_corridor"));
    ASSERT_TRUE(again.view());
    EXPECT_EQ(again.view()->centre, QPointF(1.5e6, 4.5e6));
    EXPECT_EQ(again.view()->metresPerPixel, 2500.0);
    EXPECT_FALSE(again.isPlaying());  // a restart does not start playing
    ASSERT_TRUE(again.worldState());
    EXPECT_EQ(again.worldState()->date, day("2023-09-19"));
}

// Mutation tried: setRecord() ignoring the layers known at the last save —
// a layer new to the data stays hidden and the test fails.
TEST(ViewSessionTest, LayersNewToTheDataStartVisible)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("view.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/layers"), QStringList{QStringLiteral("abraham_accords")});
        settings.setValue(QStringLiteral("view/knownLayers"), QStringList{QStringLiteral("abraham_accords"), QStringLiteral("isf")});
        settings.setValue(QStringLiteral("view/date"), QStringLiteral("not a date"));
    }
    ViewSession session;
    session.load(QSettings(file, QSettings::IniFormat));
    attach(session);
    EXPECT_FALSE(session.showsLayer(QStringLiteral("isf")));            // hidden by the user
    EXPECT_TRUE(session.showsLayer(QStringLiteral("board_of_peace")));  // new since
    EXPECT_EQ(session.date(), timeline().lastDate());                   // a bad saved date: the latest
}

// Mutation tried: setView() without its equality check — setting the same
// view twice signals twice and the count fails.
TEST(ViewSessionTest, TheViewSignalsOnlyWhenItChanges)
{
    ViewSession session;
    QSignalSpy spy(&session, &ViewSession::viewChanged);
    EXPECT_FALSE(session.view());
    session.clearView();  // already home
    session.setView({QPointF(1e6, 4e6), 3000.0});
    session.setView({QPointF(1e6, 4e6), 3000.0});
    EXPECT_EQ(spy.count(), 1);
    session.setView({QPointF(1e6, 4e6), 1500.0});
    session.clearView();
    EXPECT_EQ(spy.count(), 3);
    EXPECT_FALSE(session.view());
}
