// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/vocabulary.h"

#include <QColor>
#include <QFont>

namespace crossroads {

// The visual language (DESIGN.md): muted world, emphasised focus region, one
// channel per overlay, standing strength as strength of the mark. Group and
// corridor colours come from the data; these are the neutral parts.
struct Style
{
    // Lighter than any fill step and off the fill ramps: the weakest standing
    // (prospective) must never read as water. Minimum CIE ΔE2000 against
    // every fill step, also under deuteranopia and protanopia simulation,
    // is checked in render_test.
    QColor sea{0xdc, 0xec, 0xf4};
    QColor graticule{0xc3, 0xd3, 0xdf};
    QColor focusLand{0xf6, 0xf3, 0xec};
    QColor mutedLand{0xe6, 0xe4, 0xdf};
    QColor focusBorder{0x7d, 0x7a, 0x73};
    QColor mutedBorder{0xbc, 0xb9, 0xb2};
    QColor label{0x2b, 0x2b, 0x2b};
    QColor mutedLabel{0x77, 0x77, 0x77};
    QColor halo{0xff, 0xff, 0xff, 0xd0};
    QColor selection{0x11, 0x11, 0x11};
    QColor hover{0x11, 0x11, 0x11, 0x60};
    QColor eventMarker{0xb2, 0x18, 0x2b};
    QColor oldEventMarker{0x80, 0x80, 0x80};

    // How far a fill moves from land colour to the group colour.
    static double fillStrength(Standing s)
    {
        switch (s) {
        // Steps about 9 ΔE2000 apart; the weakest still far from land and sea.
        case Standing::Member: return 0.97;
        case Standing::Announced: return 0.78;
        case Standing::Reported: return 0.56;
        case Standing::Prospective: return 0.34;
        case Standing::None: break;
        }
        return 0.0;
    }
    // Hatching: period and line width in logical pixels; weaker is sparser.
    struct Hatch
    {
        double period = 0;
        double width = 0;
    };
    static Hatch hatch(Standing s)
    {
        switch (s) {
        // Hairlines: the fill underneath must keep its own colour, not mix
        // with the hatch into a third one. Strength is in the spacing.
        case Standing::Member: return {6.0, 1.0};
        case Standing::Announced: return {9.0, 1.0};
        case Standing::Reported: return {12.0, 1.0};
        case Standing::Prospective: return {17.0, 1.0};
        case Standing::None: break;
        }
        return {};
    }

    QFont labelFont(double scale, bool major) const
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(int(std::lround((major ? 13.0 : 11.0) * scale)));
        font.setBold(major);
        return font;
    }
};

} // namespace crossroads
