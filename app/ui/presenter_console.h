// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/story.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QScreen;

namespace crossroads {

// The presenter's own window: the current step's notes, the next step and
// the time since the presentation began. On a second screen it fills that
// screen; without one it is a small always-on-top window in a corner of the
// presenting screen (rehearsing, or a laptop facing the speaker).
class PresenterConsole : public QWidget
{
    Q_OBJECT
public:
    // `clock` is the presentation's: elapsed time keeps running while the
    // console is closed and opened again.
    explicit PresenterConsole(const QElapsedTimer &clock, QWidget *parent = nullptr);

    // Places the console: the first screen in `screens` other than
    // `presenting` gets all of it; with no other screen, a corner of
    // `presenting`.
    void placeBeside(QScreen *presenting, const QList<QScreen *> &screens);
    bool onOwnScreen() const { return m_ownScreen; }

    void showStep(const StoryStep &current, const StoryStep *next, int index, int count);
    QString notesText() const;
    QString nextText() const;
    QString elapsedText() const;

private:
    void refreshElapsed();

    const QElapsedTimer &m_clock;
    QTimer m_tick;
    bool m_ownScreen = false;
    QLabel *m_position = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_elapsed = nullptr;
};

} // namespace crossroads
