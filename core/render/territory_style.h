// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPen>
#include <QString>

namespace crossroads {

// How territory records are marked, shared by the map layer and the legend
// so both show the same symbol.
class TerritoryStyle
{
public:
    struct Mark
    {
        QPen pen;             // cosmetic, in logical pixels
        bool stipple = true;  // a dot pattern over the area
    };
    // Paul Tol's "wine": distinct from the groups' Okabe-Ito colours.
    static QColor colour() { return QColor(0x88, 0x22, 0x55); }
    static Mark mark(const QString &status, bool approximate, double scale)
    {
        Mark m;
        m.pen = QPen(colour(), 1.6 * scale);
        m.pen.setCosmetic(true);
        // Approximate outlines get a looser dash, so they read as less sure.
        m.pen.setDashPattern(approximate ? QList<qreal>{2.0, 3.0} : QList<qreal>{5.0, 2.5});
        if (status == QLatin1String("leased")) {
            m.stipple = false;
            m.pen.setDashPattern({1.0, 2.0});
        }
        return m;
    }
};

} // namespace crossroads
