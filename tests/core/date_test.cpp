// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/date.h"
#include "model/time_stepper.h"

#include <gtest/gtest.h>

using namespace crossroads;

TEST(Date, ParsesEachPrecision)
{
    const Date day = Date::parse(u"2025-08-08").value();
    EXPECT_EQ(day.precision(), DatePrecision::Day);
    EXPECT_EQ(day.firstDay(), QDate(2025, 8, 8));
    EXPECT_EQ(day.toDisplayString(), QStringLiteral("8 Aug 2025"));

    const Date month = Date::parse(u"2025-11").value();
    EXPECT_EQ(month.precision(), DatePrecision::Month);
    EXPECT_EQ(month.firstDay(), QDate(2025, 11, 1));  // counts from the 1st
    EXPECT_EQ(month.toDisplayString(), QStringLiteral("November 2025"));
    EXPECT_EQ(month.toIsoString(), QStringLiteral("2025-11"));

    const Date year = Date::parse(u"1996").value();
    EXPECT_EQ(year.precision(), DatePrecision::Year);
    EXPECT_EQ(year.firstDay(), QDate(1996, 1, 1));
    EXPECT_EQ(year.toDisplayString(), QStringLiteral("1996"));
}

// Found by the date fuzzer: year 152 printed as "152", which parse() then
// refused. Mutation tried: the old QString::number(year) -> fails.
TEST(Date, WhatItPrintsItReadsBackForEveryPrecision)
{
    for (const char16_t *text : {u"0152", u"0152-03", u"0152-03-04", u"1996", u"2025-11", u"2025-08-08"}) {
        const Date date = Date::parse(text).value();
        EXPECT_EQ(date.toIsoString(), QString::fromUtf16(text));
        const Result<Date> again = Date::parse(date.toIsoString());
        ASSERT_TRUE(again.ok()) << QString::fromUtf16(text).toStdString();
        EXPECT_EQ(again.value(), date);
    }
}

TEST(Date, RejectsImpossibleAndMalformedDates)
{
    for (const char16_t *bad : {u"2025-02-30", u"2023-02-29", u"2025-13", u"2025-00-10", u"25-01-01", u"2025/01/01", u"", u"2025-1-1", u"soon"})
        EXPECT_FALSE(Date::parse(bad).ok()) << QString::fromUtf16(bad).toStdString();
    EXPECT_TRUE(Date::parse(u"2024-02-29").ok());  // a leap day
    EXPECT_TRUE(Date::parse(u"2025-02-30").error().message.contains(QStringLiteral("impossible")));
}

TEST(Date, OrdersByFirstDayThenCoarserFirst)
{
    EXPECT_LT(Date::parse(u"2025-11").value(), Date::parse(u"2025-11-01").value());
    EXPECT_LT(Date::parse(u"2025-10-31").value(), Date::parse(u"2025-11").value());
    EXPECT_LT(Date::parse(u"2025").value(), Date::parse(u"2025-01").value());
}

TEST(TimeStepper, StepsAndClamps)
{
    const TimeStepper s(Date::fromDay(1991, 12, 26), Date::fromDay(2026, 3, 4),
                        {Date::fromDay(2020, 9, 15), Date::parse(u"2023-10").value(), Date::fromDay(2025, 8, 8)});
    EXPECT_EQ(s.byDays(Date::fromDay(2020, 1, 31), 1), Date::fromDay(2020, 2, 1));
    EXPECT_EQ(s.byMonths(Date::fromDay(2020, 1, 31), 1), Date::fromDay(2020, 2, 29));
    EXPECT_EQ(s.byDays(Date::fromDay(2026, 3, 4), 1), Date::fromDay(2026, 3, 4));
    EXPECT_EQ(s.byDays(Date::fromDay(1991, 12, 26), -1), Date::fromDay(1991, 12, 26));
    EXPECT_EQ(s.nextStop(Date::fromDay(2020, 9, 15)), Date::fromDay(2023, 10, 1));
    EXPECT_EQ(s.previousStop(Date::fromDay(2023, 10, 1)), Date::fromDay(2020, 9, 15));
    EXPECT_EQ(s.nextStop(Date::fromDay(2025, 8, 8)), Date::fromDay(2025, 8, 8));  // none after: stays
    EXPECT_EQ(s.fromDayIndex(s.dayIndex(Date::fromDay(2001, 9, 11))), Date::fromDay(2001, 9, 11));
}
