// SPDX-License-Identifier: GPL-3.0-or-later
// Every validation error of the timeline files, each from a bad file under
// tests/data/timeline/<case>/ laid over a copy of the shipped data.
#include "support/test_data.h"
#include "support/test_paths.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

struct BadFile
{
    const char *fixture;  // folder under tests/data/timeline
    const char *file;     // the file the error must name
    const char *place;    // "line 4", "feature 0"
    const char *message;  // part of the message
};

void PrintTo(const BadFile &b, std::ostream *os) { *os << b.fixture; }

} // namespace

class TimelineValidation : public testing::TestWithParam<BadFile>
{
};

TEST_P(TimelineValidation, ReportsFileLineAndProblem)
{
    const BadFile &bad = GetParam();
    const test::DataFolderCopy data(QStringLiteral("timeline/") + QString::fromLatin1(bad.fixture));
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    ASSERT_TRUE(report.atlas) << "boundaries still load";
    ASSERT_FALSE(report.errors.empty());
    const QString file = QDir(data.path()).filePath(QStringLiteral("timeline/") + QString::fromLatin1(bad.file));
    bool found = false;
    QStringList all;
    for (const Error &e : report.errors) {
        all << e.toString();
        if (e.file == file && e.place.startsWith(QString::fromLatin1(bad.place)) &&
            e.message.contains(QString::fromLatin1(bad.message)))
            found = true;
    }
    EXPECT_TRUE(found) << "got:\n" << all.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadFiles, TimelineValidation,
    testing::Values(BadFile{"malformed_json", "events.json", "line 4", "malformed JSON"},
                    BadFile{"wrong_type", "events.json", "line 8", "field 'countries' must be an array of strings"},
                    BadFile{"unknown_country", "events.json", "line 5", "unknown country code 'ZZZ'"},
                    BadFile{"impossible_date", "events.json", "line 5", "'2025-02-30' is an impossible date"},
                    BadFile{"duplicate_id", "events.json", "line 4", "duplicate id 'same'"},
                    BadFile{"sources_missing", "events.json", "line 4", "sources missing"},
                    BadFile{"unknown_certainty", "events.json", "line 4", "'rumoured' is not a known certainty"},
                    BadFile{"unknown_group", "memberships.json", "line 4", "'abraham_accord' is not a known group"},
                    BadFile{"unknown_standing", "memberships.json", "line 4", "'memeber' is not a known standing"},
                    BadFile{"end_before_start", "memberships.json", "line 4", "ends (until 2025-11-01) before it starts"},
                    BadFile{"overlap", "memberships.json", "line 4", "overlapping standings"},
                    BadFile{"unknown_status", "corridors.json", "line 5", "'built' is not a known status"},
                    BadFile{"wrong_mode", "corridors.geojson", "feature 0", "'hovercraft' is not a known mode"}));

TEST(TimelineValidation, GoodRecordsStillLoadBesideABadOne)
{
    const test::DataFolderCopy data(QStringLiteral("timeline/unknown_country"));
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    ASSERT_TRUE(report.atlas);
    EXPECT_NE(report.atlas->timeline.event(QStringLiteral("a")), nullptr);
    EXPECT_EQ(report.atlas->timeline.event(QStringLiteral("b")), nullptr);
}

TEST(TimelineValidation, ShippedDataIsClean)
{
    const AtlasLoader::Report report = AtlasLoader::load(test::geodata());
    QStringList all;
    for (const Error &e : report.errors)
        all << e.toString();
    EXPECT_TRUE(report.errors.empty()) << all.join(u'\n').toStdString();
}

TEST(TimelineValidation, AnOverlapBehindARejectedRecordIsStillCaught)
{
    // A runs open-ended from 2000; B (2001-2002) overlaps A and is dropped;
    // C (2005-2006) must be caught against A, not passed against B.
    const test::DataFolderCopy data;
    data.write(QStringLiteral("timeline/memberships.json"), R"({"standings": [
      {"id": "a", "country": "KAZ", "group": "isf", "standing": "prospective", "from": "2000", "certainty": "confirmed", "summary": "A.", "sources": ["000_8dc81030165d37e0.txt"]},
      {"id": "b", "country": "KAZ", "group": "isf", "standing": "reported", "from": "2001", "until": "2002", "certainty": "confirmed", "summary": "B.", "sources": ["000_8dc81030165d37e0.txt"]},
      {"id": "c", "country": "KAZ", "group": "isf", "standing": "member", "from": "2005", "until": "2006", "certainty": "confirmed", "summary": "C.", "sources": ["000_8dc81030165d37e0.txt"]}
    ]})");
    const AtlasLoader::Report report = AtlasLoader::load(data.path());
    int overlaps = 0;
    for (const Error &e : report.errors)
        if (e.message.contains(QStringLiteral("overlapping")))
            ++overlaps;
    EXPECT_EQ(overlaps, 2);
    ASSERT_TRUE(report.atlas);
    EXPECT_EQ(report.atlas->timeline.data().standings.size(), 1u);
}
