// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/hindsight.h"

#include <QDate>
#include <QRegularExpression>

namespace crossroads {
namespace {

int monthNumber(const QString &name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

} // namespace

std::optional<QString> Hindsight::laterMention(const QString &text, const Date &asOf)
{
    if (!asOf.isValid() || text.isEmpty())
        return std::nullopt;
    // The last day `asOf` can mean: a record dated "2020" may name any day of 2020.
    const qint64 lastDay = asOf.periodEndDay() - 1;
    static const QString monthNames = QStringLiteral(
        "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
        "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");
    // "15 September 2020", "September 15, 2020", "September 2020", "2020" —
    // tried most specific first; each match names the earliest day it can mean.
    static const QRegularExpression dayMonthYear(QStringLiteral("\\b(\\d{1,2}) %1\\.? ((?:19|20)\\d\\d)\\b").arg(monthNames));
    static const QRegularExpression monthDayYear(QStringLiteral("\\b%1\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)\\b").arg(monthNames));
    static const QRegularExpression monthYear(QStringLiteral("\\b%1\\.? ((?:19|20)\\d\\d)\\b").arg(monthNames));
    static const QRegularExpression isoDay(QStringLiteral("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b"));
    static const QRegularExpression year(QStringLiteral("(?<![\\d-])((?:19|20)\\d\\d)(?![\\d-]|s\\b|'s\\b)"));

    auto check = [&](const QDate &earliest, const QString &phrase) -> std::optional<QString> {
        if (earliest.isValid() && earliest.toJulianDay() > lastDay)
            return phrase;
        return std::nullopt;
    };
    for (auto it = dayMonthYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (auto hit = check(QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()), m.captured(0)))
            return hit;
    }
    for (auto it = monthDayYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (auto hit = check(QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()), m.captured(0)))
            return hit;
    }
    for (auto it = isoDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (auto hit = check(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), m.captured(0)))
            return hit;
    }
    for (auto it = monthYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (auto hit = check(QDate(m.captured(2).toInt(), monthNumber(m.captured(1)), 1), m.captured(0)))
            return hit;
    }
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (auto hit = check(QDate(m.captured(1).toInt(), 1, 1), m.captured(0)))
            return hit;
    }
    return std::nullopt;
}

} // namespace crossroads
