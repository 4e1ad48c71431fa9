// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/json_locator.h"

#include <gtest/gtest.h>

using namespace crossroads;

TEST(JsonLocator, FindsRecordsAndFieldsByPath)
{
    const JsonLocator locator(QByteArray("{\n"                              // 1
                                         "  \"events\": [\n"                // 2
                                         "    {\"id\": \"a\", \"n\": 1},\n" // 3
                                         "    {\n"                          // 4
                                         "      \"id\": \"b\",\n"           // 5
                                         "      \"list\": [\"x\",\n"        // 6
                                         "               \"y\"],\n"         // 7
                                         "      \"esc\": \"q\\\"}\"\n"      // 8
                                         "    }\n"                          // 9
                                         "  ]\n"
                                         "}\n"));
    EXPECT_EQ(locator.line(QStringLiteral("events")), 2);
    EXPECT_EQ(locator.line(QStringLiteral("events/0")), 3);
    EXPECT_EQ(locator.line(QStringLiteral("events/0/n")), 3);
    EXPECT_EQ(locator.line(QStringLiteral("events/1")), 4);
    EXPECT_EQ(locator.line(QStringLiteral("events/1/id")), 5);
    EXPECT_EQ(locator.line(QStringLiteral("events/1/list")), 6);
    EXPECT_EQ(locator.line(QStringLiteral("events/1/list/1")), 7);
    EXPECT_EQ(locator.line(QStringLiteral("events/1/esc")), 8);
    EXPECT_EQ(locator.line(QStringLiteral("events/2")), 0);
    EXPECT_EQ(locator.lineAndColumn(0), std::make_pair(1, 1));
}
