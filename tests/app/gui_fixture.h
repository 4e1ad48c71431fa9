// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/test_data.h"
#include "support/test_paths.h"
#include "ui/main_window.h"
#include "data/notes_store.h"
#include "ui/map_view.h"

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace crossroads::test {

// A main window on the offscreen platform, loaded and laid out at a known
// size, with fresh settings and notes.
class GuiTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QFile::remove(NotesStore::defaultPath());
    }

    std::unique_ptr<MainWindow> openWindow(const QString &dataDir = geodata())
    {
        auto w = std::make_unique<MainWindow>(dataDir);
        w->setWindowState(Qt::WindowNoState);
        w->resize(1500, 950);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        EXPECT_TRUE(QTest::qWaitFor([&] { return w->isReady(); }, 15000));
        QCoreApplication::processEvents();
        return w;
    }

    // The colour on screen at a place, after the view has painted.
    static QRgb screenColour(MapView *map, LonLat where)
    {
        map->repaint();
        const QPointF p = map->pixelOf(where) * map->frame().devicePixelRatio();
        return map->frame().pixel(p.toPoint()) & 0xffffff;
    }
};

} // namespace crossroads::test
