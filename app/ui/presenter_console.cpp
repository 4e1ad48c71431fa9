// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenter_console.h"

#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace crossroads {

PresenterConsole::PresenterConsole(const QElapsedTimer &clock, QWidget *parent)
    : QWidget(parent, Qt::Window), m_clock(clock)
{
    setObjectName(QStringLiteral("presenterConsole"));
    setWindowTitle(tr("Crossroads — presenter console"));
    // Opening the console must not take the keys from the presentation.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setStyleSheet(QStringLiteral("background:#111; color:#eee;"));
    m_position = new QLabel(this);
    m_elapsed = new QLabel(this);
    m_notes = new QLabel(this);
    m_next = new QLabel(this);
    // Notes come from story files: plain text, never markup.
    for (QLabel *l : {m_position, m_elapsed, m_notes, m_next}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont big = font();
    big.setPointSize(22);
    m_notes->setFont(big);
    QFont clockFont = font();
    clockFont.setPointSize(18);
    clockFont.setBold(true);
    m_elapsed->setFont(clockFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_next);
    // The clock moves on while nothing else happens on screen.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PresenterConsole::refreshElapsed);
    m_tick.start();
    refreshElapsed();
}

void PresenterConsole::placeBeside(QScreen *presenting, const QList<QScreen *> &screens)
{
    for (QScreen *other : screens)
        if (other && other != presenting) {
            m_ownScreen = true;
            setWindowFlag(Qt::WindowStaysOnTopHint, false);
            setScreen(other);
            setGeometry(other->availableGeometry());
            return;
        }
    m_ownScreen = false;
    // Over the presentation, so it must stay on top of the full-screen view;
    // the top right corner, where the caption band never is.
    setWindowFlag(Qt::WindowStaysOnTopHint, true);
    if (presenting)
        setScreen(presenting);
    const QRect area = presenting ? presenting->geometry() : QRect(0, 0, 1280, 720);
    const QSize size(std::max(360, area.width() / 3), std::max(240, area.height() / 3));
    setGeometry(QRect(QPoint(area.right() - size.width() - area.width() / 60, area.top() + area.height() / 30), size));
}

void PresenterConsole::showStep(const StoryStep &current, const StoryStep *next, int index, int count)
{
    m_position->setText(tr("Step %1 of %2: %3 — %4").arg(index + 1).arg(count).arg(current.date.toDisplayString(), current.title));
    m_notes->setText(current.notes.isEmpty() ? tr("(no notes)") : current.notes);
    m_next->setText(next ? tr("Next: %1 — %2").arg(next->date.toDisplayString(), next->title) : tr("Last step"));
    refreshElapsed();
}

void PresenterConsole::refreshElapsed()
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_elapsed->setText(tr("Elapsed %1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')));
}

QString PresenterConsole::notesText() const
{
    return m_notes->text();
}

QString PresenterConsole::nextText() const
{
    return m_next->text();
}

QString PresenterConsole::elapsedText() const
{
    return m_elapsed->text();
}

} // namespace crossroads
