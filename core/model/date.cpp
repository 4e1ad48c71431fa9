// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/date.h"

#include <QLocale>

namespace crossroads {
namespace {

// Parses exactly `digits` ASCII digits; -1 if the text is not that.
int parseDigits(QStringView text, int digits)
{
    if (text.size() != digits)
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

Result<Date> Date::parse(QStringView text)
{
    auto notADate = [&] {
        return Error{{}, {}, QStringLiteral("'%1' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(text)};
    };
    const int year = parseDigits(text.left(4), 4);
    if (year < 1)
        return notADate();
    if (text.size() == 4)
        return Date(QDate(year, 1, 1).toJulianDay(), DatePrecision::Year);
    if (text.size() < 7 || text[4] != u'-')
        return notADate();
    const int month = parseDigits(text.mid(5, 2), 2);
    if (month < 0)
        return notADate();
    if (month < 1 || month > 12)
        return Error{{}, {}, QStringLiteral("'%1' is an impossible date: there is no month %2").arg(text).arg(month)};
    if (text.size() == 7)
        return Date(QDate(year, month, 1).toJulianDay(), DatePrecision::Month);
    if (text.size() != 10 || text[7] != u'-')
        return notADate();
    const int day = parseDigits(text.mid(8, 2), 2);
    if (day < 0)
        return notADate();
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error{{}, {}, QStringLiteral("'%1' is an impossible date: %2 has %3 days")
                                 .arg(text, QLocale::c().monthName(month))
                                 .arg(QDate(year, month, 1).daysInMonth())};
    return Date(date.toJulianDay(), DatePrecision::Day);
}

QString Date::toIsoString() const
{
    if (!isValid())
        return {};
    const QDate d = firstDay();
    switch (m_precision) {
    // Four digits, as parse() reads them: year 152 is "0152", not "152".
    case DatePrecision::Year: return QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
    case DatePrecision::Month: return d.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day: break;
    }
    return d.toString(Qt::ISODate);
}

QString Date::toDisplayString() const
{
    if (!isValid())
        return {};
    const QDate d = firstDay();
    const QLocale english(QLocale::English);
    switch (m_precision) {
    // Four digits, as parse() reads them: year 152 is "0152", not "152".
    case DatePrecision::Year: return QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
    case DatePrecision::Month: return english.toString(d, QStringLiteral("MMMM yyyy"));
    case DatePrecision::Day: break;
    }
    return english.toString(d, QStringLiteral("d MMM yyyy"));
}

QString Date::toEventString() const
{
    if (!isValid() || m_precision == DatePrecision::Day)
        return toDisplayString();
    return QStringLiteral("in %1").arg(toDisplayString());
}

qint64 Date::periodEndDay() const
{
    const QDate d = firstDay();
    switch (m_precision) {
    case DatePrecision::Year: return QDate(d.year() + 1, 1, 1).toJulianDay();
    case DatePrecision::Month: return d.addMonths(1).toJulianDay();
    case DatePrecision::Day: break;
    }
    return m_julianDay + 1;
}

} // namespace crossroads
