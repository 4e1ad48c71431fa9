// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"

#include <QString>

#include <optional>

namespace crossroads {

// Finds text that speaks of a time after its own moment: a year, a month or
// a day named in the text that lies after `asOf` ("the roadmap of November
// 2022" in a record of 2020). Used by the validator on every record and by
// the tests on every text the atlas builds for a date. Dates before or
// within `asOf`'s own period pass; "2020s"-style decades are not dates.
class Hindsight
{
public:
    // The first phrase naming a time after `asOf`, or nothing.
    static std::optional<QString> laterMention(const QString &text, const Date &asOf);
};

} // namespace crossroads
