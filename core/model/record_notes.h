// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/timeline.h"

#include <QString>

namespace crossroads {

// Short texts that place a date within the record, shared by the timeline
// bar, exports and the command line so they all say the same thing.
class RecordNotes
{
public:
    // "Latest: 15 Sep 2020 — A; B (reported)": every event of the latest day
    // with events on or before `date`, each with its certainty when it is
    // not confirmed. Empty before the first event.
    static QString latestEvents(const Timeline &timeline, const Date &date);
    // Empty inside the record; after its last day, a sentence saying where
    // the record ends and that nothing after that day is shown.
    static QString recordEnd(const Timeline &timeline, const Date &date);
    // " (reported)" for anything not confirmed; empty when confirmed.
    static QString certaintySuffix(Certainty certainty);
};

} // namespace crossroads
