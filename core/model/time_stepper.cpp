// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/time_stepper.h"

#include <algorithm>

namespace crossroads {

TimeStepper::TimeStepper(Date first, Date last, std::vector<Date> stops)
    : m_first(Date::fromDay(first.firstDay())), m_last(Date::fromDay(last.firstDay())), m_stops(std::move(stops))
{
    if (m_last < m_first)
        std::swap(m_first, m_last);
    for (Date &s : m_stops)
        s = Date::fromDay(s.firstDay());
    std::sort(m_stops.begin(), m_stops.end());
}

Date TimeStepper::clamp(const Date &d) const
{
    const Date day = Date::fromDay(d.firstDay());
    if (day < m_first)
        return m_first;
    if (m_last < day)
        return m_last;
    return day;
}

Date TimeStepper::byDays(const Date &d, int days) const { return clamp(Date::fromDay(d.firstDay().addDays(days))); }

Date TimeStepper::byMonths(const Date &d, int months) const { return clamp(Date::fromDay(d.firstDay().addMonths(months))); }

Date TimeStepper::nextStop(const Date &d) const
{
    const auto it = std::upper_bound(m_stops.begin(), m_stops.end(), Date::fromDay(d.firstDay()));
    return it == m_stops.end() ? clamp(d) : clamp(*it);
}

Date TimeStepper::previousStop(const Date &d) const
{
    const auto it = std::lower_bound(m_stops.begin(), m_stops.end(), Date::fromDay(d.firstDay()));
    return it == m_stops.begin() ? clamp(d) : clamp(*std::prev(it));
}

int TimeStepper::dayIndex(const Date &d) const { return int(clamp(d).julianDay() - m_first.julianDay()); }

Date TimeStepper::fromDayIndex(int index) const { return byDays(m_first, index); }

} // namespace crossroads
