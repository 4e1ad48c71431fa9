// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_data.h"
#include "support/test_paths.h"

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

struct NamedPlace
{
    const char *name;
    double lon, lat;
    const char *expected;  // ISO3, or "" for sea
};

QString countryAt(const ProjectedAtlas &geo, double lon, double lat)
{
    const int index = geo.countryAt(geo.project(LonLat{lon, lat}));
    return index < 0 ? QString() : geo.atlas().countries[size_t(index)].iso3;
}

} // namespace

class HitTest : public testing::TestWithParam<NamedPlace>
{
};

TEST_P(HitTest, FindsTheCountryAtAPlace)
{
    const NamedPlace &p = GetParam();
    for (const ProjectionPreset &preset : projectionPresets()) {
        const auto geo = ProjectedAtlas::build(test::shippedAtlas(), preset);
        EXPECT_EQ(countryAt(*geo, p.lon, p.lat), QString::fromLatin1(p.expected)) << p.name << " in " << preset.id.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Places, HitTest,
                         testing::Values(NamedPlace{"Baku", 49.8671, 40.4093, "AZE"}, NamedPlace{"Yerevan", 44.5152, 40.1872, "ARM"},
                                         NamedPlace{"Nakhchivan city", 45.4127, 39.2089, "AZE"},
                                         NamedPlace{"Tbilisi", 44.7930, 41.7151, "GEO"}, NamedPlace{"Tehran", 51.3890, 35.6892, "IRN"},
                                         NamedPlace{"Astana", 71.4491, 51.1694, "KAZ"}, NamedPlace{"Tashkent", 69.2401, 41.2995, "UZB"},
                                         // The generalised Green Line runs west of the city centre, so the
                                         // probe is Jerusalem's western outskirts (Mevaseret Zion).
                                         NamedPlace{"Jerusalem area", 35.15, 31.79, "ISR"},
                                         NamedPlace{"Pristina", 21.1655, 42.6629, "XKX"},
                                         NamedPlace{"Caspian Sea", 50.5, 42.0, ""}, NamedPlace{"Black Sea", 34.0, 43.0, ""}));

TEST(HitTestIndex, EveryCountryIsFoundAtItsLabelPoint)
{
    const auto geo = test::shippedGeo();
    int checked = 0;
    for (size_t i = 0; i < geo->countries().size(); ++i) {
        const Country &c = geo->atlas().countries[i];
        // Micro-states (Monaco, San Marino) overlap their neighbours in the
        // generalised source; the hit test cannot tell them apart.
        if (c.iso3.isEmpty() || geo->atlas().region.labelPoints.contains(c.iso3) || geo->countries()[i].area < 100)
            continue;
        // Each outline on a day it holds (former states: their own epoch).
        const Date day = c.validFrom.isValid() ? c.validFrom : Date::fromDay(2026, 1, 1);
        if (!c.validOn(day))
            continue;
        EXPECT_EQ(geo->countryAt(geo->project(c.labelPoint), day), int(i)) << c.iso3.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 200);
}
