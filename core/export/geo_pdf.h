// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

namespace crossroads {

// Makes a page drawn by Qt into a GeoPDF: GDAL's PDF driver composes a new
// document around the page's content (no rasterisation) and adds the map
// frame's georeferencing (CRS, control points, neatline), so GIS tools and
// `gdalinfo` place it.
class GeoPdf
{
public:
    struct Frame
    {
        QSizeF pagePoints;  // the page, in PDF points
        QRectF mapPoints;   // the map frame, points from the page's top left
        QRectF metres;      // the same frame on the projected plane (top = south)
        QString wkt;        // the plane's CRS
        QString title;
        QString creator;
    };

    // Reads the PDF at `pagePdf` and returns the georeferenced document.
    static Result<QByteArray> compose(const QString &pagePdf, const Frame &frame);
};

} // namespace crossroads
