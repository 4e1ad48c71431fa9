// SPDX-License-Identifier: GPL-3.0-or-later
// The typed date, the animation dialog, the story handout and compare mode,
// driven offscreen with simulated input.
#include "gui_fixture.h"

#include "support/film_reader.h"
#include "ui/animation_dialog.h"
#include "ui/compare_view.h"
#include "ui/timeline_bar.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace crossroads;
using test::day;

namespace {
const LonLat kKazakhSteppe{71.0, 49.0};
} // namespace

class MotionUiTest : public test::GuiTest
{
};

TEST(TypedDate, AcceptsIsoAndEnglishForms)
{
    EXPECT_EQ(TimelineBar::parseTypedDate(QStringLiteral("2023-09-19")).value(), day("2023-09-19"));
    EXPECT_EQ(TimelineBar::parseTypedDate(QStringLiteral(" 19 Sep 2023 ")).value(), day("2023-09-19"));
    EXPECT_EQ(TimelineBar::parseTypedDate(QStringLiteral("19 September 2023")).value(), day("2023-09-19"));
    EXPECT_EQ(TimelineBar::parseTypedDate(QStringLiteral("Sep 19, 2023")).value(), day("2023-09-19"));
    EXPECT_EQ(TimelineBar::parseTypedDate(QStringLiteral("2023-09")).value().toIsoString(), QStringLiteral("2023-09"));
    for (const char *bad : {"", "yesterday", "2023-02-30", "31 Feb 2023", "19/09/2023x"})
        EXPECT_FALSE(TimelineBar::parseTypedDate(QString::fromLatin1(bad))) << bad;
}

TEST_F(MotionUiTest, TypingADateAndEnterMovesTheAtlasThere)
{
    auto w = openWindow();
    QLineEdit *field = w->timelineBar()->dateField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("19 Sep 2023"));
    QTest::keyClick(field, Qt::Key_Return);
    // Guards against Enter doing nothing (returnPressed not connected).
    EXPECT_EQ(w->timelineBar()->date(), day("2023-09-19"));
    EXPECT_EQ(w->mapView()->settings().date, day("2023-09-19"));
    EXPECT_TRUE(w->timelineBar()->dateFieldMessage().isEmpty());
}

// Mutation tried: goToTypedDate without the range check -> fails.
TEST_F(MotionUiTest, InvalidTextIsRefusedWithAMessageAndChangesNothing)
{
    auto w = openWindow();
    const Date before = w->timelineBar()->date();
    QLineEdit *field = w->timelineBar()->dateField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("31 Feb 2023"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(w->timelineBar()->date(), before);
    EXPECT_TRUE(w->timelineBar()->dateFieldMessage().contains(QStringLiteral("not a date")));
    auto *message = w->timelineBar()->findChild<QLabel *>(QStringLiteral("dateFieldMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    // Outside the atlas's dates is refused too.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("1850-01-01"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(w->timelineBar()->date(), before);
    EXPECT_TRUE(w->timelineBar()->dateFieldMessage().contains(QStringLiteral("outside")));
}

// Mutation tried: AnimationExporter::write ignoring the cancel flag -> fails.
TEST_F(MotionUiTest, AnimationDialogExportsWithProgressAndCancelLeavesNothing)
{
    QTemporaryDir dir;
    auto w = openWindow();
    AnimationDialog dialog(std::make_shared<MapExporter>(test::shippedRenderer()), {}, w->mapView()->settings());
    dialog.show();
    // A small film: 640x360, 2 s at 5 frames/s.
    for (QComboBox *box : dialog.findChildren<QComboBox *>())
        if (box->count() == 4 && box->itemText(3).startsWith(QStringLiteral("640")))
            box->setCurrentIndex(3);
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>())
        box->setValue(5);
    for (QDoubleSpinBox *box : dialog.findChildren<QDoubleSpinBox *>())
        box->setValue(2.0);
    const QString path = dir.filePath(QStringLiteral("film.webm"));
    dialog.outputField()->setText(path);
    QSignalSpy done(&dialog, &AnimationDialog::exportFinished);
    ASSERT_TRUE(dialog.start());
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(done.front().front().toBool()) << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.progressValue(), 100);
    const test::DecodedFilm film = test::decodeFilm(path);
    EXPECT_EQ(film.frames.size(), 10u);
    EXPECT_EQ(film.width, 640);

    // Cancel at once: nothing written, the old film intact.
    const QByteArray old = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    for (QDoubleSpinBox *box : dialog.findChildren<QDoubleSpinBox *>())
        box->setValue(60.0);
    done.clear();
    ASSERT_TRUE(dialog.start());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_FALSE(done.front().front().toBool());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Cancelled")));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), old);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("film.webm")});
}

TEST_F(MotionUiTest, StoryHandoutFromTheWindow)
{
    QTemporaryDir dir;
    auto w = openWindow();
    w->setStoryToPresent(QStringLiteral("stakeholders"));
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_FALSE(w->exportStoryHandout(pdf));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
}

class CompareViewTest : public test::GuiTest
{
protected:
    std::unique_ptr<CompareView> openCompare()
    {
        MapSettings start;
        start.date = day("2025-11-10");
        start.layers = test::shippedRenderer()->defaultLayers();
        start.layers.remove(layers::labels);
        start.layers.remove(layers::events);
        auto view = std::make_unique<CompareView>(test::shippedRenderer(), start);
        view->resize(1000, 650);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->setDates(day("2025-11-01"), day("2025-11-10"));
        return view;
    }
    static QRgb at(QWidget *w, QPointF p)
    {
        const QImage image = w->grab().toImage();
        return test::meanColour(image, (p * image.devicePixelRatio()).toPoint(), 2);
    }
};

TEST_F(CompareViewTest, SwipeDividerDragsAndRevealsTheOtherDate)
{
    auto view = openCompare();
    CompareMap *map = view->map();
    EXPECT_EQ(view->mode(), CompareView::Mode::Swipe);
    EXPECT_TRUE(map->differing().contains(QStringLiteral("KAZ")));
    const QPointF kaz = map->pixelOnB(kKazakhSteppe);
    // Start with the divider left of Kazakhstan: B (after its accession).
    const QPoint grip(int(map->divider()), map->height() / 2);
    QTest::mousePress(map, Qt::LeftButton, {}, grip);
    QTest::mouseMove(map, QPoint(int(kaz.x()) - 60, grip.y()));
    QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(int(kaz.x()) - 60, grip.y()));
    ASSERT_LT(map->divider(), kaz.x());
    const QRgb onB = at(map, kaz);
    // Drag it right past Kazakhstan: now date A shows there.
    QTest::mousePress(map, Qt::LeftButton, {}, QPoint(int(map->divider()), grip.y()));
    QTest::mouseMove(map, QPoint(int(kaz.x()) + 60, grip.y()));
    QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(int(kaz.x()) + 60, grip.y()));
    // Mutation tried (fails): a divider that ignores drags: the colours would match.
    ASSERT_GT(map->divider(), kaz.x());
    const QRgb onA = at(map, kaz);
    EXPECT_GT(test::colourDistance(onA, onB), 30) << std::hex << onA << " " << onB;
}

TEST_F(CompareViewTest, SideBySidePansBothTogetherAndTheTrackSetsDates)
{
    auto view = openCompare();
    // A far enough from B for its own handle on the track.
    view->setDates(day("2020-01-01"), day("2025-11-10"));
    view->setMode(CompareView::Mode::SideBySide);
    CompareMap *map = view->map();
    QCoreApplication::processEvents();
    const QPointF beforeA = map->pixelOnA(kKazakhSteppe), beforeB = map->pixelOnB(kKazakhSteppe);
    EXPECT_NEAR(beforeB.x() - beforeA.x(), map->width() / 2.0, 2.0);
    const QRgb left = at(map, beforeA), right = at(map, beforeB);
    EXPECT_GT(test::colourDistance(left, right), 30);  // A without, B with the accession
    // Drag in the left pane: both panes follow.
    const QPoint from(map->width() / 4, map->height() / 2);
    QTest::mousePress(map, Qt::LeftButton, {}, from);
    QTest::mouseMove(map, from + QPoint(40, 25));
    QTest::mouseRelease(map, Qt::LeftButton, {}, from + QPoint(40, 25));
    const QPointF afterA = map->pixelOnA(kKazakhSteppe), afterB = map->pixelOnB(kKazakhSteppe);
    EXPECT_NEAR(afterA.x() - beforeA.x(), 40, 1.0);
    EXPECT_NEAR(afterB.x() - beforeB.x(), 40, 1.0);
    EXPECT_NEAR(afterB.y() - beforeB.y(), 25, 1.0);

    // Drag handle B on the track back before 6 Nov 2025: both sides agree.
    CompareTrack *track = view->track();
    const QPoint handleB(int(track->xOf(view->dateB())), track->height() / 2);
    const QPoint target(int(track->xOf(day("2025-01-01"))), track->height() / 2);
    QTest::mousePress(track, Qt::LeftButton, {}, handleB);
    QTest::mouseMove(track, target);
    QTest::mouseRelease(track, Qt::LeftButton, {}, target);
    EXPECT_LT(view->dateB(), day("2025-11-06"));
    EXPECT_EQ(view->dateA(), day("2020-01-01"));
    EXPECT_FALSE(map->differing().contains(QStringLiteral("KAZ")));
    EXPECT_LT(test::colourDistance(at(map, map->pixelOnA(kKazakhSteppe)), at(map, map->pixelOnB(kKazakhSteppe))), 12);

    // And typed: B back to the accession day.
    view->fieldB()->clear();
    QTest::keyClicks(view->fieldB(), QStringLiteral("6 Nov 2025"));
    QTest::keyClick(view->fieldB(), Qt::Key_Return);
    EXPECT_EQ(view->dateB(), day("2025-11-06"));
}
