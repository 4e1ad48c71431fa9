// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_settings.h"

#include "render/map_renderer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace crossroads {

double ExportSettings::layoutScale() const
{
    if (dpi)
        return *dpi / 96.0;
    return std::max(0.5, std::min(size.width() / 1920.0, size.height() / 1080.0));
}

int ExportSettings::effectiveDpi() const
{
    return dpi ? *dpi : int(std::lround(96.0 * layoutScale()));
}

std::optional<Error> ExportSettings::validate(const MapRenderer &renderer) const
{
    if (!date.isValid())
        return Error{{}, {}, QStringLiteral("a date is required")};
    if (size.width() < 16 || size.height() < 16 || size.width() > kMaxSide || size.height() > kMaxSide ||
        qint64(size.width()) * size.height() > kMaxPixels)
        return Error{{}, {}, QStringLiteral("size %1x%2 is out of range (each side 16 to %3 pixels, at most %4 megapixels)")
                                 .arg(size.width()).arg(size.height()).arg(kMaxSide).arg(kMaxPixels / 1'000'000)};
    if (dpi && (*dpi < 24 || *dpi > 2400))
        return Error{{}, {}, QStringLiteral("dpi %1 is out of range (24 to 2400)").arg(*dpi)};
    if (size.width() / layoutScale() < 200 || size.height() / layoutScale() < 150)
        return Error{{}, {}, QStringLiteral("size %1x%2 is too small for %3 dpi").arg(size.width()).arg(size.height()).arg(effectiveDpi())};
    if (extent) {
        const auto &[w, s, e, n] = *extent;
        if (w >= e)
            return Error{{}, {}, QStringLiteral("extent: west (%1) must be less than east (%2)").arg(w).arg(e)};
        if (s >= n)
            return Error{{}, {}, QStringLiteral("extent: south (%1) must be less than north (%2)").arg(s).arg(n)};
        if (w < -180 || e > 180 || s < -85 || n > 85)
            return Error{{}, {}, QStringLiteral("extent must lie within longitude ±180 and latitude ±85")};
    }
    const QStringList known = renderer.toggleableLayers();
    for (const QString &layer : layers)
        if (!known.contains(layer))
            return Error{{}, {}, QStringLiteral("unknown layer '%1' (known: %2, legend)").arg(layer, known.join(QStringLiteral(", ")))};
    return std::nullopt;
}

Result<QSize> ExportSettings::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})x(\\d{1,6})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return Error{{}, {}, QStringLiteral("size '%1' is not WIDTHxHEIGHT in pixels, e.g. 1920x1080").arg(text)};
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

Result<std::array<double, 4>> ExportSettings::parseExtent(const QString &text)
{
    const QStringList parts = text.split(u',');
    std::array<double, 4> values{};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        values[size_t(i)] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(values[size_t(i)]);  // toDouble accepts "nan" and "inf"
    }
    if (!ok)
        return Error{{}, {}, QStringLiteral("extent '%1' is not WEST,SOUTH,EAST,NORTH in degrees, e.g. 38,36,52,44").arg(text)};
    return values;
}

std::optional<ExportSettings::Format> ExportSettings::formatFor(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return Format::Pdf;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return Format::Svg;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return Format::Png;
    return std::nullopt;
}

} // namespace crossroads
