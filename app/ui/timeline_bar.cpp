// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline_bar.h"

#include "model/record_notes.h"
#include "render/view_session.h"

#include <QComboBox>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace crossroads {

namespace {
// Playback speeds: days advanced per second.
struct Speed
{
    const char *label;
    double daysPerSecond;
};
constexpr Speed kSpeeds[] = {{"1 week/s", 7}, {"1 month/s", 30.4}, {"3 months/s", 91.3}, {"1 year/s", 365.25}, {"3 years/s", 1095.75}};
constexpr int kFramesPerSecond = 30;
} // namespace

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBar"));
    m_dateLabel = new QLabel(this);
    QFont big = m_dateLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_dateLabel->setFont(big);
    m_dateLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("28 Sep 2000")) + 12);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));

    m_eventLabel = new QLabel(this);
    m_eventLabel->setObjectName(QStringLiteral("eventLabel"));
    m_eventLabel->setTextFormat(Qt::PlainText);
    m_eventLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto button = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setIconSize(QSize(22, 22));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    QToolButton *first = button(QStyle::SP_MediaSkipBackward, tr("First date (Home)"));
    QToolButton *previous = button(QStyle::SP_MediaSeekBackward, tr("Previous event (Ctrl+Left)"));
    m_play = button(QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    m_play->setObjectName(QStringLiteral("playButton"));
    QToolButton *next = button(QStyle::SP_MediaSeekForward, tr("Next event (Ctrl+Right)"));
    QToolButton *last = button(QStyle::SP_MediaSkipForward, tr("Latest date (End)"));
    m_speed = new QComboBox(this);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setToolTip(tr("Playback speed"));
    for (const Speed &s : kSpeeds)
        m_speed->addItem(tr(s.label));
    m_speed->setCurrentIndex(3);

    // Typing an exact day: Enter goes there; what is not a date is refused
    // with a message beside the field and changes nothing.
    m_dateField = new QLineEdit(this);
    m_dateField->setObjectName(QStringLiteral("dateField"));
    m_dateField->setPlaceholderText(tr("Go to date…"));
    m_dateField->setToolTip(tr("Type a date (2023-09-19 or 19 Sep 2023) and press Enter"));
    m_dateField->setClearButtonEnabled(true);
    m_dateField->setMaximumWidth(QFontMetrics(m_dateField->font()).horizontalAdvance(QStringLiteral("19 September 2023")) + 40);
    m_dateFieldMessage = new QLabel(this);
    m_dateFieldMessage->setObjectName(QStringLiteral("dateFieldMessage"));
    m_dateFieldMessage->setTextFormat(Qt::PlainText);
    m_dateFieldMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dateFieldMessage->hide();
    connect(m_dateField, &QLineEdit::returnPressed, this, &TimelineBar::goToTypedDate);
    connect(m_dateField, &QLineEdit::textEdited, this, [this] { m_dateFieldMessage->hide(); });

    m_track = new TimelineTrack(this);
    connect(m_track, &TimelineTrack::dateRequested, this, &TimelineBar::setDate);
    connect(first, &QToolButton::clicked, this, &TimelineBar::goToFirst);
    connect(previous, &QToolButton::clicked, this, &TimelineBar::previousEvent);
    connect(m_play, &QToolButton::clicked, this, &TimelineBar::togglePlaying);
    connect(next, &QToolButton::clicked, this, &TimelineBar::nextEvent);
    connect(last, &QToolButton::clicked, this, &TimelineBar::goToLast);

    m_playTimer.setInterval(1000 / kFramesPerSecond);
    connect(&m_playTimer, &QTimer::timeout, this, &TimelineBar::advancePlayback);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(2);
    for (QWidget *w : std::initializer_list<QWidget *>{first, previous, m_play, next, last})
        controls->addWidget(w);
    controls->addWidget(m_speed);
    controls->addSpacing(10);
    controls->addWidget(m_dateLabel);
    controls->addWidget(m_eventLabel, 1);
    controls->addWidget(m_dateFieldMessage);
    controls->addWidget(m_dateField);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 4);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(m_track);
}

void TimelineBar::setSession(ViewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_track->setSession(session);
    if (session) {
        connect(session, &ViewSession::dateChanged, this, &TimelineBar::updateLabels);
        connect(session, &ViewSession::playingChanged, this, &TimelineBar::showPlaying);
        showPlaying(session->isPlaying());
    }
    updateLabels();
}

void TimelineBar::setTimeline(const Timeline *timeline)
{
    m_timeline = timeline;
    if (timeline && timeline->firstDate().isValid())
        m_stepper.emplace(timeline->firstDate(), timeline->lastDate(), timeline->eventDates());
    else
        m_stepper.reset();
    m_track->setModel(timeline, stepper());
    if (m_stepper && m_session)
        m_session->setDate(m_stepper->clamp(date().isValid() ? date() : m_stepper->last()));
    updateLabels();
}

Date TimelineBar::date() const
{
    return m_session ? m_session->date() : Date();
}

void TimelineBar::setDate(const Date &date)
{
    if (m_session)
        m_session->setDate(m_stepper ? m_stepper->clamp(date) : date);
}

bool TimelineBar::isPlaying() const
{
    return m_session && m_session->isPlaying();
}

void TimelineBar::setPlaying(bool playing)
{
    if (playing == isPlaying() || !m_stepper || !m_session)
        return;
    if (playing && !(date() < m_stepper->last()))
        setDate(m_stepper->first());
    m_session->setPlaying(playing);
}

// Playback is the session's; the timer that advances it is this bar's.
void TimelineBar::showPlaying(bool playing)
{
    if (playing)
        m_playTimer.start();
    else
        m_playTimer.stop();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void TimelineBar::advancePlayback()
{
    // Fractions of a day carry over, so slow speeds still advance evenly.
    const double days = kSpeeds[std::clamp(m_speed->currentIndex(), 0, int(std::size(kSpeeds)) - 1)].daysPerSecond / kFramesPerSecond + m_playCarry;
    const int whole = int(days);
    m_playCarry = days - whole;
    if (whole > 0)
        stepDays(whole);
    if (m_stepper && !(date() < m_stepper->last()))
        setPlaying(false);
}

void TimelineBar::stepDays(int days)
{
    if (m_stepper)
        setDate(m_stepper->byDays(date(), days));
}

void TimelineBar::stepMonths(int months)
{
    if (m_stepper)
        setDate(m_stepper->byMonths(date(), months));
}

void TimelineBar::nextEvent()
{
    if (m_stepper)
        setDate(m_stepper->nextStop(date()));
}

void TimelineBar::previousEvent()
{
    if (m_stepper)
        setDate(m_stepper->previousStop(date()));
}

void TimelineBar::goToFirst()
{
    if (m_stepper)
        setDate(m_stepper->first());
}

void TimelineBar::goToLast()
{
    if (m_stepper)
        setDate(m_stepper->last());
}

Result<Date> TimelineBar::parseTypedDate(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return Error{{}, {}, tr("Type a date such as 2023-09-19 or 19 Sep 2023.")};
    if (text.front().isDigit() && text.size() >= 4 && text.left(4).toInt() > 0 && !text.contains(u' ')) {
        Result<Date> iso = Date::parse(text);
        if (!iso)
            return Error{{}, {}, tr("\"%1\" is not a date (2023-09-19, 2023-09 or 2023).").arg(text)};
        return iso;
    }
    // English month names whatever the desktop's language: the atlas shows
    // its dates this way.
    const QLocale english(QLocale::English, QLocale::UnitedStates);  // "Sep", not the British "Sept"
    for (const QString &format : {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"), QStringLiteral("MMM d yyyy"),
                                  QStringLiteral("MMMM d yyyy"), QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy")}) {
        const QDate d = english.toDate(text, format);
        if (d.isValid())
            return Date::fromDay(d);
    }
    for (const QString &format : {QStringLiteral("MMM yyyy"), QStringLiteral("MMMM yyyy")}) {
        const QDate d = english.toDate(text, format);
        if (d.isValid())
            return Date::parse(d.toString(QStringLiteral("yyyy-MM")));
    }
    return Error{{}, {}, tr("\"%1\" is not a date (2023-09-19 or 19 Sep 2023).").arg(text)};
}

QString TimelineBar::dateFieldMessage() const
{
    return m_dateFieldMessage->isHidden() ? QString() : m_dateFieldMessage->text();
}

void TimelineBar::goToTypedDate()
{
    Result<Date> typed = parseTypedDate(m_dateField->text());
    QString problem;
    if (!typed) {
        problem = typed.error().message;
    } else if (m_stepper && (typed.value().julianDay() < m_stepper->first().julianDay() ||
                             typed.value().julianDay() > m_stepper->last().julianDay())) {
        problem = tr("%1 is outside the atlas (%2 to %3).")
                      .arg(typed.value().toDisplayString(), m_stepper->first().toDisplayString(), m_stepper->last().toDisplayString());
    }
    if (!problem.isEmpty()) {
        m_dateFieldMessage->setText(problem);
        m_dateFieldMessage->show();
        m_dateField->selectAll();
        return;
    }
    m_dateFieldMessage->hide();
    m_dateFieldMessage->clear();
    setDate(typed.value());
    m_dateField->clear();
}

void TimelineBar::updateLabels()
{
    const Date shown = date();
    m_dateLabel->setText(shown.toDisplayString());
    // Every event of the latest day with events, as a reminder of where we
    // are; after the record's last day, say where it ends.
    QString latest;
    if (m_timeline) {
        latest = RecordNotes::latestEvents(*m_timeline, shown);
        if (const QString end = RecordNotes::recordEnd(*m_timeline, shown); !end.isEmpty())
            latest = end + QStringLiteral("  ") + latest;
    }
    m_eventLabel->setText(latest);
}

TimelineTrack::TimelineTrack(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setObjectName(QStringLiteral("timelineTrack"));
}

void TimelineTrack::setModel(const Timeline *timeline, const TimeStepper *stepper)
{
    m_timeline = timeline;
    m_stepper = stepper;
    update();
}

void TimelineTrack::setSession(const ViewSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ViewSession::dateChanged, this, qOverload<>(&QWidget::update));
    update();
}

QRectF TimelineTrack::trackRect() const { return QRectF(10, 4, width() - 20, height() - 8); }

double TimelineTrack::xOf(const Date &date) const
{
    if (!m_stepper || m_stepper->dayCount() <= 1)
        return trackRect().left();
    const QRectF r = trackRect();
    return r.left() + r.width() * m_stepper->dayIndex(date) / double(m_stepper->dayCount() - 1);
}

Date TimelineTrack::dateAt(double x) const
{
    if (!m_stepper)
        return {};
    const QRectF r = trackRect();
    const double t = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    return m_stepper->fromDayIndex(int(std::lround(t * (m_stepper->dayCount() - 1))));
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF r = trackRect();
    const double axisY = r.top() + r.height() * 0.55;
    p.setPen(QPen(palette().color(QPalette::Mid), 2));
    p.drawLine(QPointF(r.left(), axisY), QPointF(r.right(), axisY));
    if (!m_stepper || !m_timeline)
        return;

    // Years: a tick each; labels on round years first (every 10, 5, 2, 1
    // as room allows), never overlapping each other or the track's ends.
    const int firstYear = m_stepper->first().firstDay().year();
    const int lastYear = m_stepper->last().firstDay().year();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetricsF metrics(small);
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 8;
    const double perYear = r.width() / std::max(1, lastYear - firstYear + 1);
    int labelEvery = 10;
    for (int every : {1, 2, 5})
        if (perYear * every >= labelWidth) {
            labelEvery = every;
            break;
        }
    for (int year = firstYear; year <= lastYear; ++year) {
        const double x = xOf(Date::fromDay(year, 1, 1));
        if (x < r.left() - 0.5 || x > r.right() + 0.5)
            continue;
        const bool labelled = year % labelEvery == 0 && x - labelWidth / 2 >= 0 && x + labelWidth / 2 <= width();
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + (labelled ? 6 : 3)));
        if (labelled) {
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRectF(x - labelWidth / 2, axisY + 5, labelWidth, r.bottom() - axisY - 4), Qt::AlignHCenter | Qt::AlignTop,
                       QString::number(year));
        }
    }
    // Events: ticks above the axis, coloured by certainty.
    for (const Event &e : m_timeline->events()) {
        const double x = xOf(e.date);
        const QColor colour = e.certainty == Certainty::Confirmed ? QColor(0xb2, 0x18, 0x2b) : QColor(0x99, 0x88, 0x77);
        p.setPen(QPen(colour, 1.6));
        p.drawLine(QPointF(x, r.top() + 2), QPointF(x, axisY - 2));
    }
    // The handle.
    if (!m_session || !m_session->date().isValid())
        return;
    const double x = xOf(m_session->date());
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(palette().color(QPalette::Highlight));
    p.drawEllipse(QPointF(x, axisY), 7, 7);
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT dateRequested(dateAt(event->position().x()));
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT dateRequested(dateAt(event->position().x()));
}

bool TimelineTrack::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_timeline) {
        auto *help = static_cast<QHelpEvent *>(e);
        QStringList lines;
        for (const Event &ev : m_timeline->events())
            if (std::abs(xOf(ev.date) - help->pos().x()) <= 3.0)
                lines << QStringLiteral("%1 — %2").arg(ev.date.toDisplayString(), ev.title);
        if (lines.isEmpty()) {
            QToolTip::showText(help->globalPos(), dateAt(help->pos().x()).toDisplayString(), this);
        } else {
            if (lines.size() > 8)
                lines = lines.mid(0, 8) << tr("… and %1 more").arg(lines.size() - 8);
            // Event titles are data: escaped, or a tooltip renders their markup.
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(lines.join(u'\n')), this);
        }
        return true;
    }
    return QWidget::event(e);
}

} // namespace crossroads
