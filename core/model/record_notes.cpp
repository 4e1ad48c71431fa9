// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/record_notes.h"

namespace crossroads {

QString RecordNotes::certaintySuffix(Certainty certainty)
{
    return certainty == Certainty::Confirmed ? QString() : QStringLiteral(" (%1)").arg(toString(certainty));
}

QString RecordNotes::latestEvents(const Timeline &timeline, const Date &date)
{
    const std::vector<const Event *> events = timeline.latestEvents(date);
    if (events.empty())
        return {};
    QStringList titles;
    for (const Event *e : events)
        titles << e->title + certaintySuffix(e->certainty);
    return QStringLiteral("Latest: %1 — %2").arg(events.front()->date.toEventString(), titles.join(QStringLiteral("; ")));
}

QString RecordNotes::recordEnd(const Timeline &timeline, const Date &date)
{
    if (!timeline.isBeyondRecord(date))
        return {};
    return QStringLiteral("The record ends on %1; nothing after that day is recorded, so this shows the region as recorded on %1.")
        .arg(timeline.lastDate().toDisplayString());
}

} // namespace crossroads
