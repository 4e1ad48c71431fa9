// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_fixture.h"

#include "ui/export_dialog.h"
#include "ui/timeline_bar.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace crossroads;
using test::day;

class ExportDialogTest : public test::GuiTest
{
};

TEST_F(ExportDialogTest, ExportsTheCurrentViewAtThePresetSize)
{
    auto w = openWindow();
    w->timelineBar()->setDate(day("2026-01-22"));
    w->mapView()->zoomBy(2.0, w->mapView()->pixelOf({47.0, 40.5}));
    ExportDialog dialog(std::make_shared<MapExporter>(std::shared_ptr<const MapRenderer>(test::shippedRenderer())),
                        w->mapView()->settings(), w.get());
    EXPECT_FALSE(dialog.preview().isNull());
    const ExportSettings s = dialog.exportSettings();
    EXPECT_EQ(s.size, QSize(1920, 1080));
    EXPECT_EQ(s.date, day("2026-01-22"));
    ASSERT_TRUE(s.projectedExtent);
    // A4 at 300 DPI.
    dialog.findChild<QComboBox *>()->setCurrentIndex(2);
    EXPECT_EQ(dialog.exportSettings().size, QSize(3508, 2480));
    EXPECT_EQ(dialog.exportSettings().effectiveDpi(), 300);
    dialog.findChild<QComboBox *>()->setCurrentIndex(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    ASSERT_FALSE(dialog.exportTo(path));
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("view.pgw"))));
    EXPECT_TRUE(dialog.exportTo(dir.filePath(QStringLiteral("missing/view.png"))).has_value());
}
