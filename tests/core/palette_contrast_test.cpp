// SPDX-License-Identifier: GPL-3.0-or-later
// Colour contrast of the map's classes: CIE ΔE2000 between every pair that
// can touch (sea, land, each fill step), also under simulated deuteranopia
// and protanopia (Machado, Oliveira and Fernandes 2009, severity 1).
#include "render/legend.h"
#include "render/palette.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace crossroads;

namespace {

using Lab = std::array<double, 3>;
using Matrix = std::array<std::array<double, 3>, 3>;

double linear(int c)
{
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

int encode(double v)
{
    v = std::clamp(v, 0.0, 1.0);
    return int(std::lround(255 * (v <= 0.0031308 ? v * 12.92 : 1.055 * std::pow(v, 1 / 2.4) - 0.055)));
}

QColor simulate(const QColor &c, const Matrix &m)
{
    const double l[3] = {linear(c.red()), linear(c.green()), linear(c.blue())};
    int out[3];
    for (int i = 0; i < 3; ++i)
        out[i] = encode(m[size_t(i)][0] * l[0] + m[size_t(i)][1] * l[1] + m[size_t(i)][2] * l[2]);
    return QColor(out[0], out[1], out[2]);
}

const Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Matrix kProtanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};

Lab lab(const QColor &c)
{
    const double r = linear(c.red()), g = linear(c.green()), b = linear(c.blue());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, y = 0.2126 * r + 0.7152 * g + 0.0722 * b,
                 z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE2000(const QColor &c1, const QColor &c2)
{
    const double pi = std::acos(-1.0), rad = pi / 180;
    const auto [L1, a1, b1] = lab(c1);
    const auto [L2, a2, b2] = lab(c2);
    const double Cb = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
    const double G = 0.5 * (1 - std::sqrt(std::pow(Cb, 7) / (std::pow(Cb, 7) + std::pow(25.0, 7))));
    const double a1p = (1 + G) * a1, a2p = (1 + G) * a2;
    const double C1 = std::hypot(a1p, b1), C2 = std::hypot(a2p, b2);
    auto hue = [&](double b, double a) { double h = std::atan2(b, a) / rad; return h < 0 ? h + 360 : h; };
    const double h1 = hue(b1, a1p), h2 = hue(b2, a2p);
    double dh = 0;
    if (C1 * C2 != 0) {
        dh = h2 - h1;
        if (dh > 180) dh -= 360;
        else if (dh < -180) dh += 360;
    }
    const double dL = L2 - L1, dC = C2 - C1, dH = 2 * std::sqrt(C1 * C2) * std::sin(dh / 2 * rad);
    const double Lb = (L1 + L2) / 2, Cbp = (C1 + C2) / 2;
    double hb = h1 + h2;
    if (C1 * C2 != 0)
        hb = std::abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
    const double T = 1 - 0.17 * std::cos((hb - 30) * rad) + 0.24 * std::cos(2 * hb * rad) + 0.32 * std::cos((3 * hb + 6) * rad) -
                     0.20 * std::cos((4 * hb - 63) * rad);
    const double dt = 30 * std::exp(-std::pow((hb - 275) / 25, 2));
    const double RC = 2 * std::sqrt(std::pow(Cbp, 7) / (std::pow(Cbp, 7) + std::pow(25.0, 7)));
    const double SL = 1 + 0.015 * std::pow(Lb - 50, 2) / std::sqrt(20 + std::pow(Lb - 50, 2));
    const double SC = 1 + 0.045 * Cbp, SH = 1 + 0.015 * Cbp * T, RT = -std::sin(2 * dt * rad) * RC;
    return std::sqrt(std::pow(dL / SL, 2) + std::pow(dC / SC, 2) + std::pow(dH / SH, 2) + RT * (dC / SC) * (dH / SH));
}

// The smallest ΔE2000 of a pair, as seen normally and with either deficiency.
double worstDelta(const QColor &a, const QColor &b)
{
    return std::min({deltaE2000(a, b), deltaE2000(simulate(a, kDeuteranopia), simulate(b, kDeuteranopia)),
                     deltaE2000(simulate(a, kProtanopia), simulate(b, kProtanopia))});
}

} // namespace

TEST(PaletteContrast, DeltaE2000MatchesPublishedPairs)
{
    // Sharma, Wu and Dalal (2005) test data, pair 1, via Lab->sRGB is not
    // exact; instead: identity and symmetry, and a known large difference.
    EXPECT_NEAR(deltaE2000(QColor(120, 30, 200), QColor(120, 30, 200)), 0.0, 1e-9);
    EXPECT_NEAR(deltaE2000(QColor(0, 0, 0), QColor(255, 255, 255)), 100.0, 0.01);
    EXPECT_NEAR(deltaE2000(QColor(10, 200, 40), QColor(200, 10, 40)), deltaE2000(QColor(200, 10, 40), QColor(10, 200, 40)), 1e-9);
}

// Mutation tried: the old sea (215,228,238) and fill steps (0.85, 0.55,
// 0.33, 0.16) -> sea against prospective is ΔE 2.3 and the test fails.
TEST(PaletteContrast, EveryClassStandsApartFromSeaLandAndTheOtherSteps)
{
    const Style style;
    const Atlas &atlas = *test::shippedAtlas();
    for (const Group &group : atlas.timeline.groups()) {
        if (group.channel != GroupChannel::Fill)
            continue;
        std::vector<std::pair<QString, QColor>> classes{{QStringLiteral("sea"), style.sea}};
        for (Standing s : {Standing::Member, Standing::Announced, Standing::Reported, Standing::Prospective})
            classes.emplace_back(displayName(s), QColor::fromRgb(mixRgb(style.focusLand.rgb(), group.colour.rgb(), Style::fillStrength(s))));
        // Land only against the classes: focus and muted land differ on
        // purpose by little.
        std::vector<std::pair<QString, QColor>> land{{QStringLiteral("land"), style.focusLand}, {QStringLiteral("muted land"), style.mutedLand}};
        double minimum = 1e9;
        QString worst;
        auto check = [&](const std::pair<QString, QColor> &a, const std::pair<QString, QColor> &b) {
            const double d = worstDelta(a.second, b.second);
            if (d < minimum) {
                minimum = d;
                worst = a.first + QStringLiteral(" / ") + b.first;
            }
        };
        for (size_t i = 0; i < classes.size(); ++i) {
            for (size_t j = i + 1; j < classes.size(); ++j)
                check(classes[i], classes[j]);
            for (const auto &l : land)
                check(classes[i], l);
        }
        std::cout << group.id.toStdString() << ": minimum ΔE2000 (incl. deuteranopia/protanopia) " << minimum << " ("
                  << worst.toStdString() << ")\n";
        EXPECT_GE(minimum, 7.0) << worst.toStdString();
        const QColor prospective = QColor::fromRgb(mixRgb(style.focusLand.rgb(), group.colour.rgb(), Style::fillStrength(Standing::Prospective)));
        EXPECT_GE(deltaE2000(prospective, style.sea), 10.0);
    }
}

// Mutation tried: Palette mixing a non-focus member from the muted land
// colour (as before) -> Sudan's fill is not in the legend.
TEST(PaletteContrast, EveryFillOnTheMapIsOneTheLegendShows)
{
    const Atlas &atlas = *test::shippedAtlas();
    const MapRenderer &renderer = *test::shippedRenderer();
    const Style &style = renderer.style();
    MapSettings settings;
    settings.layers = renderer.defaultLayers();
    for (const Date &date : atlas.timeline.eventDates()) {
        settings.date = date;
        QSet<QRgb> explained{style.focusLand.rgb(), style.mutedLand.rgb()};
        for (const LegendItem &item : legendItems(atlas, settings, style))
            if (item.symbol == LegendItem::Symbol::Fill)
                explained.insert(mixRgb(style.focusLand.rgb(), item.colour.rgb(), Style::fillStrength(item.standing)));
        const Palette palette = Palette::build(atlas, style, atlas.timeline.stateAt(date), settings);
        for (size_t i = 0; i < palette.size(); ++i)
            EXPECT_TRUE(explained.contains(palette.marks(int(i)).fill))
                << atlas.countries[i].iso3.toStdString() << " on " << date.toIsoString().toStdString();
    }
}
