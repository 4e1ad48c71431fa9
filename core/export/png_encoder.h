// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

namespace crossroads {

// Encodes PNG with libspng: RGB, a fast zlib level and the SUB filter,
// which for flat-coloured maps compresses nearly as well as the defaults in
// a fraction of the time. Writes iTXt (UTF-8) text chunks and the
// resolution (pHYs).
class PngEncoder
{
public:
    struct Options
    {
        QList<QPair<QString, QString>> text;  // keyword (1-79 Latin-1 chars), value
        int dotsPerInch = 96;
        int compressionLevel = 2;
    };
    static Result<QByteArray> encode(const QImage &image, const Options &options);
};

} // namespace crossroads
