// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/time_stepper.h"
#include "model/timeline.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace crossroads {

class TimelineTrack;
class ViewSession;

// The time slider: the date large, a track from the first to the last date
// of the data with a tick per event (hover shows it), play/pause with a
// speed, and previous/next event. Shows and moves the session's date and
// playback; what held on the date is the model's business.
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineBar(QWidget *parent = nullptr);

    void setSession(ViewSession *session);
    void setTimeline(const Timeline *timeline);
    Date date() const;
    // Moves the session to `date`, kept inside the record.
    void setDate(const Date &date);
    const TimeStepper *stepper() const { return m_stepper ? &*m_stepper : nullptr; }

    bool isPlaying() const;
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!isPlaying()); }

    void stepDays(int days);
    void stepMonths(int months);
    void nextEvent();
    void previousEvent();
    void goToFirst();
    void goToLast();

    TimelineTrack *track() const { return m_track; }
    QLineEdit *dateField() const { return m_dateField; }
    // The message under a refused date ("" when the last one was taken).
    QString dateFieldMessage() const;

    // What a user may type: 2023-09-19 (or 2023-09, 2023), "19 Sep 2023",
    // "19 September 2023", "Sep 2023". Impossible dates are errors.
    static Result<Date> parseTypedDate(const QString &text);

private:
    void advancePlayback();
    void showPlaying(bool playing);
    void updateLabels();
    void goToTypedDate();

    const Timeline *m_timeline = nullptr;
    std::optional<TimeStepper> m_stepper;
    ViewSession *m_session = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_eventLabel = nullptr;
    QLineEdit *m_dateField = nullptr;
    QLabel *m_dateFieldMessage = nullptr;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    TimelineTrack *m_track = nullptr;
    QTimer m_playTimer;
    double m_playCarry = 0;  // days not yet advanced
};

// The track itself: years along the bottom, event ticks above, a handle at
// the session's date (read at each paint, never copied). Click or drag to
// ask for a date.
class TimelineTrack : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineTrack(QWidget *parent = nullptr);
    void setModel(const Timeline *timeline, const TimeStepper *stepper);
    void setSession(const ViewSession *session);
    double xOf(const Date &date) const;
    Date dateAt(double x) const;
    QSize sizeHint() const override { return {800, 46}; }
    QSize minimumSizeHint() const override { return {200, 40}; }

Q_SIGNALS:
    void dateRequested(const crossroads::Date &date);

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    bool event(QEvent *) override;

private:
    QRectF trackRect() const;
    const Timeline *m_timeline = nullptr;
    const TimeStepper *m_stepper = nullptr;
    const ViewSession *m_session = nullptr;
};

} // namespace crossroads
