// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/date.h"

#include <vector>

namespace crossroads {

// Date arithmetic for the timeline controls: pure, no clock, no widgets.
// Every result is a day-precision date clamped to [first, last].
class TimeStepper
{
public:
    TimeStepper(Date first, Date last, std::vector<Date> stops);

    Date first() const { return m_first; }
    Date last() const { return m_last; }
    Date clamp(const Date &d) const;
    Date byDays(const Date &d, int days) const;
    Date byMonths(const Date &d, int months) const;
    // The next / previous stop (event date) strictly after / before `d`;
    // `d` itself when there is none.
    Date nextStop(const Date &d) const;
    Date previousStop(const Date &d) const;
    // For a slider: whole days since `first`.
    int dayIndex(const Date &d) const;
    Date fromDayIndex(int index) const;
    int dayCount() const { return dayIndex(m_last) + 1; }

private:
    Date m_first;
    Date m_last;
    std::vector<Date> m_stops;  // sorted, day precision
};

} // namespace crossroads
