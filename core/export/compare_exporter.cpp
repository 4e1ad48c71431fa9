// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/compare_exporter.h"

#include "export/animation_plan.h"
#include "export/png_encoder.h"
#include "render/canvas.h"
#include "util/atomic_file.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>

#include <cmath>

namespace crossroads {
namespace {

// The room the exporter's page keeps for itself (MapExporter::compose):
// title band, credits and the scale bar box above them.
constexpr double kTitleBand = 52, kCredits = 36, kScaleBox = 52, kMargin = 14;

} // namespace

Result<std::vector<Date>> CompareExporter::parseDates(const QString &text)
{
    std::vector<Date> dates;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        Result<Date> d = Date::parse(part.trimmed());
        if (!d)
            return d.error();
        dates.push_back(d.value());
    }
    if (dates.size() < 2 || dates.size() > size_t(kMaxPanels))
        return Error{{}, {}, QStringLiteral("--compare takes 2 to %1 dates separated by commas, not '%2'").arg(kMaxPanels).arg(text)};
    return dates;
}

std::vector<QRectF> CompareExporter::panelRects(const ExportSettings &page, int count) const
{
    const MapSettings map = m_exporter.mapSettings(page);
    const QSizeF size = map.viewport.size();
    // The legend's width, measured by drawing it where nothing shows.
    double legendWidth = 0;
    if (page.legend && page.legendItems && !page.legendItems->empty()) {
        QImage scratch(1, 1, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&scratch);
        legendWidth = drawLegend(p, QPointF(0, 0), *page.legendItems, m_exporter.renderer().style(), 1.0, size.height() * 0.5).width();
    }
    const QRectF area(legendWidth > 0 ? legendWidth + 2 * kMargin : kMargin, kTitleBand + kMargin,
                      0, 0);
    QRectF room(area.topLeft(), QPointF(size.width() - kMargin, size.height() - kCredits - kScaleBox));
    // Columns and rows that give the panels the largest area at the map's
    // own aspect ratio.
    const double aspect = size.width() / std::max(1.0, size.height());
    int bestColumns = 1;
    double bestSide = 0;
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double w = (room.width() - (columns - 1) * kMargin) / columns;
        const double h = (room.height() - (rows - 1) * kMargin) / rows;
        const double fit = std::min(w, h * aspect);
        if (fit > bestSide) {
            bestSide = fit;
            bestColumns = columns;
        }
    }
    const int rows = (count + bestColumns - 1) / bestColumns;
    const double w = (room.width() - (bestColumns - 1) * kMargin) / bestColumns;
    const double h = (room.height() - (rows - 1) * kMargin) / rows;
    std::vector<QRectF> rects;
    for (int i = 0; i < count; ++i)
        rects.emplace_back(room.left() + (i % bestColumns) * (w + kMargin), room.top() + (i / bestColumns) * (h + kMargin), w, h);
    return rects;
}

ExportSettings CompareExporter::pageSettings(const ExportSettings &base, const std::vector<Date> &dates) const
{
    ExportSettings page = base;
    page.date = dates.back();  // "as of" the latest: nothing later is shown
    if (page.title.isEmpty())
        page.title = m_exporter.defaultTitle(base);
    QStringList shown;
    for (const Date &d : dates)
        shown << d.toDisplayString();
    page.caption = QStringLiteral("Compared: %1").arg(shown.join(QStringLiteral(" \u00b7 ")));
    AnimationPlan plan;
    for (const Date &d : dates)
        plan.frames.push_back({d, {}});
    page.georeferencedPdf = false;  // several maps: no one geotransform fits the page
    page.legendItems = plan.legend(m_exporter.renderer().geo().atlas(), base.layers, m_exporter.renderer().style());

    const std::vector<QRectF> rects = panelRects(page, int(dates.size()));
    const MapSettings whole = m_exporter.mapSettings(base);
    // One scale for every panel: each shows the whole extent; the page's
    // own viewport gets the same metres per pixel, so its scale bar holds
    // for the panels (all share the centre).
    const ProjectedAtlas &geo = m_exporter.renderer().geo();
    QRectF extent = geo.homeExtent();
    if (base.extent) {
        const auto &[w, s, e, n] = *base.extent;
        extent = geo.projectBox(w, s, e, n);
    } else if (base.projectedExtent && !base.projectedExtent->isEmpty()) {
        extent = *base.projectedExtent;
    }
    Viewport panel = whole.viewport;
    panel.setSize(rects.front().size().toSize());
    panel.fitExtent(extent);
    const double mpp = panel.metresPerPixel();
    const QSizeF pageSize = whole.viewport.size();
    const QPointF centre = extent.center();
    page.extent.reset();
    page.projectedExtent = QRectF(centre.x() - pageSize.width() * mpp / 2, centre.y() - pageSize.height() * mpp / 2,
                                  pageSize.width() * mpp, pageSize.height() * mpp);
    const MapRenderer &renderer = m_exporter.renderer();
    const Style &style = renderer.style();
    page.drawMap = [rects, dates, panel, &renderer, &style, pageSize](QPainter &painter, const MapSettings &map) {
        painter.fillRect(QRectF(QPointF(0, 0), pageSize), QColor(0xf4, 0xf4, 0xf2));
        QFont dateFont(QStringLiteral("DejaVu Sans"));
        dateFont.setPixelSize(18);
        dateFont.setBold(true);
        for (size_t i = 0; i < dates.size(); ++i) {
            const QRectF r = rects[i];
            MapSettings m = map;
            m.date = dates[i];
            m.viewport = panel;
            m.viewport.setSize(r.size().toSize());
            // Differences to the first panel stand out as outlines.
            if (i > 0) {
                m.changedSince = dates.front();
                m.pulse = 1.0;
            }
            painter.save();
            painter.translate(r.topLeft());
            painter.setClipRect(QRectF(QPointF(0, 0), r.size()));
            renderer.render(painter, m, nullptr);
            painter.restore();
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            const QString label = dates[i].toDisplayString();
            const double width = QFontMetricsF(dateFont).horizontalAdvance(label) + 20;
            const QRectF box(r.left() + 8, r.top() + 8, width, 30);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 255, 255, 235));
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(style.label);
            painter.setFont(dateFont);
            painter.drawText(box, Qt::AlignCenter, label);
            painter.restore();
        }
    };
    return page;
}

QImage CompareExporter::renderImage(const ExportSettings &base, const std::vector<Date> &dates) const
{
    return m_exporter.renderImage(pageSettings(base, dates));
}

std::optional<Error> CompareExporter::write(const QString &path, const ExportSettings &base, const std::vector<Date> &dates) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{path, {}, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath())};
    const std::optional<ExportSettings::Format> format = ExportSettings::formatFor(path);
    if (!format)
        return Error{path, {}, QStringLiteral("cannot write this format: the file name must end in .png or .pdf")};
    const ExportSettings page = pageSettings(base, dates);
    switch (*format) {
    case ExportSettings::Format::Png: {
        const QImage image = m_exporter.renderImage(page);
        if (image.isNull())
            return Error{path, {}, QStringLiteral("not enough memory for a %1x%2 image").arg(page.size.width()).arg(page.size.height())};
        PngEncoder::Options options;
        options.dotsPerInch = page.effectiveDpi();
        options.text = {{QStringLiteral("Title"), page.title + QStringLiteral(" \u2014 ") + page.caption},
                        {QStringLiteral("Software"), QStringLiteral("Crossroads %1").arg(QStringLiteral(CROSSROADS_VERSION))}};
        Result<QByteArray> png = PngEncoder::encode(image, options);
        if (!png)
            return Error{path, {}, png.error().message};
        return writeFileAtomically(path, png.value());
    }
    case ExportSettings::Format::Pdf:
        return m_exporter.write(path, page);
    case ExportSettings::Format::Svg:
        break;
    }
    return Error{path, {}, QStringLiteral("small multiples are written as .png or .pdf")};
}

} // namespace crossroads
