// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QDate>
#include <QString>

#include <compare>

namespace crossroads {

enum class DatePrecision { Day, Month, Year };

// A calendar date as the sources give it: a day, a month or a year. It
// counts from its first day (a month-precision date holds from the 1st) and
// is shown at its own precision ("Aug 2025"). Plain value, no time zone.
class Date
{
public:
    Date() = default;  // invalid
    static Date fromDay(QDate day) { return day.isValid() ? Date(day.toJulianDay(), DatePrecision::Day) : Date(); }
    static Date fromDay(int year, int month, int day) { return fromDay(QDate(year, month, day)); }

    // "YYYY-MM-DD", "YYYY-MM" or "YYYY"; the form is the precision.
    // Impossible dates ("2025-02-30") are errors.
    static Result<Date> parse(QStringView text);

    bool isValid() const { return m_julianDay != 0; }
    qint64 julianDay() const { return m_julianDay; }  // of the first day
    DatePrecision precision() const { return m_precision; }
    QDate firstDay() const { return QDate::fromJulianDay(m_julianDay); }

    QString toIsoString() const;      // in the form it was given
    QString toDisplayString() const;  // "8 Aug 2025", "June 2025", "2025"
    // For an event: "8 Aug 2025", but "in June 2025" / "in 2025" when only
    // the month or year is known, never a made-up first day.
    QString toEventString() const;
    bool isExactDay() const { return m_precision == DatePrecision::Day; }

    // Julian day of the first day after the period the date names (the day
    // after a day-precision date; the 1st of the next month for a month).
    qint64 periodEndDay() const;
    // When a change dated this way takes effect: on the day itself, but at
    // the END of the period when only the month or year is known, so that
    // nothing is shown before it can have happened.
    qint64 effectiveDay() const { return m_precision == DatePrecision::Day ? m_julianDay : periodEndDay(); }

    Date addDays(int days) const { return fromDay(firstDay().addDays(days)); }

    // Ordered by first day; at the same first day a coarser date sorts first.
    friend std::strong_ordering operator<=>(const Date &a, const Date &b)
    {
        if (auto c = a.m_julianDay <=> b.m_julianDay; c != 0)
            return c;
        return int(b.m_precision) <=> int(a.m_precision);
    }
    friend bool operator==(const Date &, const Date &) = default;

private:
    Date(qint64 julianDay, DatePrecision precision) : m_julianDay(julianDay), m_precision(precision) {}
    qint64 m_julianDay = 0;
    DatePrecision m_precision = DatePrecision::Day;
};

} // namespace crossroads
