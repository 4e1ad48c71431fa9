// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/map_exporter.h"

#include "export/geo_pdf.h"
#include "util/output_set.h"
#include "export/png_encoder.h"
#include "geo/geodesy.h"
#include "model/record_notes.h"
#include "render/canvas.h"
#include "render/legend.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <utility>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

QFont uiFont(double pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

QString worldFilePath(const QString &png)
{
    if (png.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return png.left(png.size() - 4) + QStringLiteral(".pgw");
    return png + QStringLiteral(".pgw");
}

} // namespace

QString Georeference::worldFile() const
{
    return QStringLiteral("%1\n0\n0\n%2\n%3\n%4\n")
        .arg(pixelWidth, 0, 'f', 6)
        .arg(pixelHeight, 0, 'f', 6)
        .arg(originX, 0, 'f', 4)
        .arg(originY, 0, 'f', 4);
}

QString Georeference::auxXml() const
{
    return QStringLiteral("<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">%1</SRS>\n</PAMDataset>\n").arg(wkt.toHtmlEscaped());
}

MapExporter::MapExporter(std::shared_ptr<const MapRenderer> renderer) : m_renderer(std::move(renderer)) {}

MapSettings MapExporter::mapSettings(const ExportSettings &settings, QSize mapSize) const
{
    const double k = settings.layoutScale();
    MapSettings map;
    map.date = settings.date;
    map.layers = settings.layers;
    map.devicePixelRatio = k;
    map.viewport.setSize(mapSize.expandedTo(QSize(1, 1)));
    const ProjectedAtlas &geo = m_renderer->geo();
    QRectF extent = geo.homeExtent();
    if (settings.extent) {
        const auto &[w, s, e, n] = *settings.extent;
        extent = geo.projectBox(w, s, e, n);
    } else if (settings.projectedExtent && !settings.projectedExtent->isEmpty()) {
        extent = *settings.projectedExtent;
    }
    map.viewport.fitExtent(extent);
    return map;
}

MapSettings MapExporter::mapSettings(const ExportSettings &settings) const
{
    return mapSettings(settings, layout(settings).map.size().toSize());
}

std::vector<LegendItem> MapExporter::legendItems(const ExportSettings &settings) const
{
    // A film fixes its legend over its whole date range.
    if (settings.legendItems)
        return *settings.legendItems;
    MapSettings map;
    map.date = settings.date;
    map.layers = settings.layers;
    if (settings.legendSpan) {
        map.date = settings.legendSpan->last;
        return crossroads::legendItems(m_renderer->geo().atlas(), map, m_renderer->style(), settings.legendSpan->first);
    }
    return crossroads::legendItems(m_renderer->geo().atlas(), map, m_renderer->style());
}

QStringList MapExporter::outsideOf(const ExportSettings &settings, const MapSettings &map) const
{
    const Atlas &atlas = m_renderer->geo().atlas();
    MapSettings span = map;
    Date first = settings.date;
    if (settings.legendSpan) {
        span.date = settings.legendSpan->last;
        first = settings.legendSpan->first;
    }
    const QRectF visible = map.viewport.visibleMetres();
    QStringList names;
    for (int i : markedCountries(atlas, span, first)) {
        const auto &shape = m_renderer->geo().countries()[size_t(i)];
        // Counted as shown when a fair part of it is in the frame, not a sliver at the edge.
        const QRectF inside = shape.bounds.intersected(visible);
        const double shown = shape.bounds.isEmpty() ? 0.0 : inside.width() * inside.height() / (shape.bounds.width() * shape.bounds.height());
        if (shown < 0.1 && !visible.contains(shape.labelPoint))
            names << atlas.displayName(atlas.countries[size_t(i)].iso3);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

PageLayout MapExporter::layout(const ExportSettings &settings) const
{
    // The "also" notes change the legend, which changes the frame, which
    // changes what is outside it: two passes settle it.
    const PageLayout first = layoutWith(settings, {});
    const QStringList outside = settings.legend ? outsideOf(settings, mapSettings(settings, first.map.size().toSize())) : QStringList();
    if (outside.isEmpty())
        return first;
    PageLayout second = layoutWith(settings, outside);
    second.outside = outsideOf(settings, mapSettings(settings, second.map.size().toSize()));
    if (second.outside != outside)
        second = layoutWith(settings, second.outside);
    return second;
}

PageLayout MapExporter::layoutWith(const ExportSettings &settings, const QStringList &outside) const
{
    const double k = settings.layoutScale();
    PageLayout page;
    page.page = QSizeF(settings.size.width() / k, settings.size.height() / k);
    const double W = page.page.width(), H = page.page.height();
    // Text keeps its size down to about 1100x720 logical pixels, then
    // shrinks with the page, never below 60 %.
    const double s = std::clamp(std::min(W / 1100.0, H / 720.0), 0.6, 1.0);
    page.scale = s;
    page.outside = outside;
    const double pad = 14 * s;
    const QColor ink = m_renderer->style().label, muted(0x44, 0x44, 0x44);

    // Title band: the date large on the right, the title wrapped beside it.
    const QString dateString = settings.date.toDisplayString();
    PageText date = fitText(dateString, uiFont(26 * s, true), W - 2 * pad, 1, 12 * s);
    date.colour = ink;
    date.alignRight = true;
    date.moveTo(QPointF(W - pad - date.rect.width(), pad));
    const QString titleString = settings.title.isEmpty() ? defaultTitle(settings) : settings.title;
    PageText title = fitText(titleString, uiFont(22 * s, true), W - 2 * pad - date.rect.width() - 24 * s, 2, 12 * s);
    title.colour = ink;
    title.moveTo(QPointF(pad, pad));
    double y = pad + std::max(title.rect.height(), date.rect.height());
    page.texts.push_back(title);
    page.texts.push_back(date);
    if (!settings.caption.isEmpty()) {
        PageText caption = fitText(settings.caption, uiFont(14 * s), W - 2 * pad, 3, 9 * s);
        caption.colour = muted;
        caption.moveTo(QPointF(pad, y + 4 * s));
        y = caption.rect.bottom();
        page.texts.push_back(caption);
    }
    const double top = y + 10 * s;

    // Footer: the "as of" note and credits on the left, the scale bar right.
    const QSizeF scaleBox(200 * s, 38 * s);
    const double creditWidth = W - 2 * pad - scaleBox.width() - 16 * s;
    // Where the record ends before the date, the note says so (RecordNotes).
    const QString recordEnd = RecordNotes::recordEnd(m_renderer->geo().atlas().timeline, settings.date);
    PageText note = fitText(recordEnd.isEmpty() ? QStringLiteral("As of %1: standings and corridor phases as recorded for that day; "
                                                                 "'reported' and 'prospective' are not confirmed.").arg(dateString)
                                                : QStringLiteral("As of %1: %2").arg(dateString, recordEnd),
                            uiFont(10.5 * s), creditWidth, 3, 7 * s);
    PageText credits = fitText(QStringLiteral("Boundaries: Natural Earth (public domain). Timeline: the Crossroads record, from published "
                                              "analyses and the public records each fact cites. %1. Crossroads %2.")
                                   .arg(m_renderer->geo().preset().name, QStringLiteral(CROSSROADS_VERSION)),
                               uiFont(10.5 * s), creditWidth, 3, 7 * s);
    note.colour = credits.colour = muted;
    const double footerHeight = std::max(note.rect.height() + 2 * s + credits.rect.height(), scaleBox.height());
    const double footerTop = H - pad - footerHeight;
    note.moveTo(QPointF(pad, footerTop));
    credits.moveTo(QPointF(pad, note.rect.bottom() + 2 * s));
    page.texts.push_back(note);
    page.texts.push_back(credits);
    page.scaleBar = QRectF(QPointF(W - pad - scaleBox.width(), footerTop + footerHeight - scaleBox.height()), scaleBox);
    double bottom = footerTop - 10 * s;
    double right = W - pad;

    // Legend: a column right of the map on landscape pages, a band of
    // columns under it on portrait ones.
    if (settings.legend) {
        std::vector<LegendItem> items = legendItems(settings);
        const bool landscape = W >= H * 1.15;
        auto withNotes = [&](double width) {
            std::vector<LegendItem> all = items;
            if (outside.isEmpty())
                return all;
            const QFontMetricsF fm(legendFont(s));
            QString line = QStringLiteral("Also marked:");
            for (const QString &name : outside) {
                const QString candidate = line + u' ' + name + (name == outside.last() ? QString() : QStringLiteral(","));
                if (fm.horizontalAdvance(candidate) > width && !line.endsWith(u':')) {
                    all.push_back({LegendItem::Symbol::Note, QStringLiteral("Outside the map"), line, {}, Standing::None, CorridorStatus::None});
                    line = QStringLiteral("  ") + name + (name == outside.last() ? QString() : QStringLiteral(","));
                } else {
                    line = candidate;
                }
            }
            all.push_back({LegendItem::Symbol::Note, QStringLiteral("Outside the map"), line, {}, Standing::None, CorridorStatus::None});
            return all;
        };
        if (!items.empty() || !outside.isEmpty()) {
            // A column right of the map on landscape pages, a band under it
            // otherwise; also on a landscape page where the column would
            // take half the width and leave the map less room than a band
            // (a small page at a high dpi: many rows, large text).
            const double available = bottom - top;
            const QSizeF bare = measureLegend(items, s, available);
            const std::vector<LegendItem> columnItems = withNotes(std::max(bare.width() - 16 * s, 170 * s));
            const QSizeF columnSize = measureLegend(columnItems, s, available);
            const double columnMapWidth = std::max(0.0, W - pad - columnSize.width() - 12 * s - pad);
            const double columnArea = columnMapWidth * available;

            const std::vector<LegendItem> bandItems = withNotes(std::min(W - 2 * pad - 16 * s, 320 * s));
            // The lowest band whose columns fit the width.
            const double tallest = measureLegend(bandItems, s, 1e9).height() + 1;
            double bandHeight = std::min(tallest, 90 * s);
            QSizeF bandSize = measureLegend(bandItems, s, bandHeight);
            while (bandSize.width() > W - 2 * pad && bandHeight < tallest) {
                bandHeight += 12 * s;
                bandSize = measureLegend(bandItems, s, bandHeight);
            }
            const double bandArea = (right - pad) * std::max(0.0, bottom - bandSize.height() - 10 * s - top);

            if (landscape && (columnMapWidth >= 0.5 * (W - 2 * pad) || columnArea >= bandArea)) {
                items = columnItems;
                page.legend = QRectF(QPointF(W - pad - columnSize.width(), top), columnSize);
                page.legendMaxHeight = available;
                page.legendRows = items;
                right = page.legend.left() - 12 * s;
            } else {
                items = bandItems;
                page.legend = QRectF(QPointF(pad, bottom - bandSize.height()), bandSize);
                page.legendMaxHeight = bandHeight;
                page.legendRows = items;
                bottom = page.legend.top() - 10 * s;
            }
        }
    }

    // The map frame, its corner on a whole output pixel and its size whole
    // logical pixels (the viewport is integral).
    const double left = std::round(pad * k) / k, mapTop = std::round(top * k) / k;
    page.map = QRectF(left, mapTop, std::max(1.0, std::floor(right - left)), std::max(1.0, std::floor(bottom - mapTop)));
    return page;
}

QPointF MapExporter::pagePixel(const ExportSettings &settings, QPointF metres) const
{
    const PageLayout page = layout(settings);
    const MapSettings map = mapSettings(settings, page.map.size().toSize());
    return (map.viewport.toPixels(metres) + page.map.topLeft()) * settings.layoutScale();
}

QString MapExporter::defaultTitle(const ExportSettings &settings) const
{
    QStringList shown;
    for (const Group &g : m_renderer->geo().atlas().timeline.groups())
        if (settings.layers.contains(g.id))
            shown << g.name;
    if (settings.layers.contains(layers::corridors))
        shown << QStringLiteral("corridors");
    return shown.isEmpty() ? QStringLiteral("Central Asia, the South Caucasus and the Middle East")
                           : shown.join(QStringLiteral(", "));
}

Georeference MapExporter::georeference(const ExportSettings &settings) const
{
    return georeference(settings, layout(settings));
}

Georeference MapExporter::georeference(const ExportSettings &settings, const PageLayout &page) const
{
    const MapSettings map = mapSettings(settings, page.map.size().toSize());
    Georeference g;
    const double k = settings.layoutScale();
    g.pixelWidth = map.viewport.metresPerPixel() / k;
    g.pixelHeight = -map.viewport.metresPerPixel() / k;
    // The whole page is georeferenced: margins are outside the map frame
    // but on the same plane, so the world file is one affine transform.
    const QPointF topLeft = map.viewport.toMetres(-page.map.topLeft());
    g.originX = topLeft.x() + g.pixelWidth / 2;
    g.originY = topLeft.y() + g.pixelHeight / 2;
    g.wkt = m_renderer->geo().projection().wkt();
    return g;
}

std::pair<double, double> MapExporter::scaleBar(const MapSettings &map, double targetPixels) const
{
    const ProjectedAtlas &geo = m_renderer->geo();
    const QPointF centre(map.viewport.size().width() / 2.0, map.viewport.size().height() / 2.0);
    const LonLat a = geo.projection().inverse(map.viewport.toMetres(centre - QPointF(50, 0)));
    const LonLat b = geo.projection().inverse(map.viewport.toMetres(centre + QPointF(50, 0)));
    const double metresPerPixel = geodesy::distance(a, b) / 100.0;
    if (!(metresPerPixel > 0))
        return {0, 0};
    const double target = targetPixels * metresPerPixel / 1000.0;  // km
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double km = magnitude;
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude <= target)
            km = step * magnitude;
    return {km, km * 1000.0 / metresPerPixel};
}

void MapExporter::renderPage(QPainter &painter, const ExportSettings &settings, RenderCache *cache) const
{
    renderPage(painter, settings, layout(settings), cache);
}

void MapExporter::renderPage(QPainter &painter, const ExportSettings &settings, const PageLayout &page, RenderCache *cache) const
{
    const MapSettings map = mapSettings(settings, page.map.size().toSize());
    const Style &style = m_renderer->style();
    const double s = page.scale;

    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), page.page), Qt::white);
    painter.translate(page.map.topLeft());
    // An animation draws its own map (flights, cross-fades) into the frame.
    if (settings.drawMap)
        settings.drawMap(painter, map);
    else
        m_renderer->render(painter, map, cache);
    painter.restore();
    // The margins again, over anything of the map beyond its frame: SVG
    // viewers ignore Qt's clip, and the margins must stay clean there too.
    const QRectF f = page.map;
    for (const QRectF &margin : {QRectF(0, 0, page.page.width(), f.top()), QRectF(0, f.bottom(), page.page.width(), page.page.height() - f.bottom()),
                                 QRectF(0, f.top(), f.left(), f.height()), QRectF(f.right(), f.top(), page.page.width() - f.right(), f.height())})
        painter.fillRect(margin, Qt::white);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(QPen(style.focusBorder, 0.8 * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(page.map);
    for (const PageText &text : page.texts)
        text.draw(painter);

    const auto [km, pixels] = scaleBar(map, std::min(160 * s, page.scaleBar.width() - 20 * s));
    if (pixels > 0) {
        const QFont font = uiFont(11 * s);
        const QString label = QStringLiteral("%1 km (true at centre)").arg(km, 0, 'g', 6);
        const QRectF box = page.scaleBar;
        const QPointF rightEnd(box.right() - 4 * s, box.bottom() - 8 * s);
        const QPointF leftEnd = rightEnd - QPointF(pixels, 0);
        painter.setPen(QPen(style.label, 2.0 * s));
        painter.drawLine(leftEnd, rightEnd);
        painter.drawLine(leftEnd, leftEnd - QPointF(0, 6 * s));
        painter.drawLine(rightEnd, rightEnd - QPointF(0, 6 * s));
        painter.drawLine((leftEnd + rightEnd) / 2, (leftEnd + rightEnd) / 2 - QPointF(0, 4 * s));
        painter.setFont(font);
        painter.drawText(QRectF(box.left(), box.top(), box.width() - 4 * s, box.height() - 16 * s), Qt::AlignRight | Qt::AlignBottom, label);
    }

    if (!page.legend.isEmpty()) {
        drawLegend(painter, page.legend.topLeft(), page.legendRows, style, s, page.legendMaxHeight);
    }
    painter.restore();
}

QImage MapExporter::renderImage(const ExportSettings &settings, RenderCache *cache) const
{
    return renderImage(settings, layout(settings), cache);
}

QImage MapExporter::renderImage(const ExportSettings &settings, const PageLayout &page, RenderCache *cache) const
{
    // RGB32: the page is opaque, and the map's land is written into it
    // pixel for pixel (no blending, no second buffer).
    QImage image(settings.size, QImage::Format_RGB32);
    if (image.isNull())
        return image;  // allocation failed: the caller reports it
    image.fill(Qt::white);
    // Without a cache of the caller's, one for this render only: nothing
    // of the output's size is kept beside the image.
    RenderCache local;
    local.once = true;
    QPainter painter;
    canvas::begin(painter, image, settings.layoutScale());
    renderPage(painter, settings, page, cache ? cache : &local);
    painter.end();
    return image;
}

QStringList MapExporter::outputFiles(const QString &path)
{
    if (ExportSettings::formatFor(path) != ExportSettings::Format::Png)
        return {path};
    return {path, worldFilePath(path), path + QStringLiteral(".aux.xml")};
}

std::optional<Error> MapExporter::write(const QString &path, const ExportSettings &settings, RenderCache *cache) const
{
    const std::optional<ExportSettings::Format> format = ExportSettings::formatFor(path);
    if (!format)
        return Error{path, {}, QStringLiteral("cannot write this format: the file name must end in .png, .pdf or .svg")};
    // Refused before any drawing: a device, pipe or folder is never
    // replaced by a regular file.
    for (const QString &file : outputFiles(path))
        if (auto problem = OutputSet::checkTarget(file))
            return problem;
    if (*format == ExportSettings::Format::Png)
        return writePng(path, settings, cache);
    return writeVector(path, settings);
}

std::optional<Error> MapExporter::writePng(const QString &path, const ExportSettings &settings, RenderCache *cache) const
{
    const PageLayout page = layout(settings);
    QImage image = renderImage(settings, page, cache);
    if (image.isNull())
        return Error{path, {}, QStringLiteral("not enough memory for a %1x%2 image").arg(settings.size.width()).arg(settings.size.height())};
    const Georeference geo = georeference(settings, page);
    const MapSettings map = mapSettings(settings, page.map.size().toSize());
    const QRectF metres = map.viewport.visibleMetres();
    PngEncoder::Options options;
    options.dotsPerInch = settings.effectiveDpi();
    options.text = {
        {QStringLiteral("Title"), settings.title.isEmpty() ? defaultTitle(settings) : settings.title},
        {QStringLiteral("Creation Time"), settings.date.toIsoString()},
        {QStringLiteral("Date"), settings.date.toIsoString()},
        {QStringLiteral("Extent"), QStringLiteral("%1,%2,%3,%4 (projected metres: west,south,east,north)")
                                       .arg(metres.left(), 0, 'f', 1).arg(metres.top(), 0, 'f', 1)
                                       .arg(metres.right(), 0, 'f', 1).arg(metres.bottom(), 0, 'f', 1)},
        {QStringLiteral("CRS"), m_renderer->geo().projection().definition()},
        {QStringLiteral("Source"), QStringLiteral("Boundaries: Natural Earth (public domain); timeline: Crossroads data "
                                                  "(published analyses and the public records each fact cites)")},
        {QStringLiteral("Software"), QStringLiteral("Crossroads %1").arg(QStringLiteral(CROSSROADS_VERSION))},
    };
    Result<QByteArray> png = PngEncoder::encode(image, options);
    image = QImage();  // encoded: its memory goes back before the files are written
    if (!png)
        return Error{path, {}, png.error().message};
    // Three files that only make sense together: one all-or-nothing set, so
    // an image is never left beside georeferencing of another one.
    OutputSet set;
    for (const auto &[file, bytes] : {std::pair<QString, QByteArray>{path, png.value()},
                                      std::pair<QString, QByteArray>{worldFilePath(path), geo.worldFile().toUtf8()},
                                      std::pair<QString, QByteArray>{path + QStringLiteral(".aux.xml"), geo.auxXml().toUtf8()}})
        if (auto problem = set.add(file, bytes))
            return problem;
    return set.commit();
}

void MapExporter::drawPdfPage(QPdfWriter &writer, const ExportSettings &settings, const PageLayout &page, const QString &title,
                              const QString &creator) const
{
    writer.setResolution(96);
    writer.setPageSize(QPageSize(page.page * 72.0 / 96.0, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(creator);
    QPainter painter(&writer);
    renderPage(painter, settings, page, nullptr);
}

std::optional<Error> MapExporter::writeVector(const QString &path, const ExportSettings &settings) const
{
    const PageLayout page = layout(settings);
    const QSize logical = page.page.toSize();
    const QString title = settings.title.isEmpty() ? defaultTitle(settings) : settings.title;
    const QString creator = QStringLiteral("Crossroads %1").arg(QStringLiteral(CROSSROADS_VERSION));
    // Drawn into a temporary file, never over the old export.
    OutputSet set;
    Result<QIODevice *> staged = set.stage(path);
    if (!staged)
        return staged.error();
    QIODevice &file = *staged.value();
    if (ExportSettings::formatFor(path) == ExportSettings::Format::Pdf && !settings.georeferencedPdf) {
        QPdfWriter writer(&file);
        drawPdfPage(writer, settings, page, title, creator);
    } else if (ExportSettings::formatFor(path) == ExportSettings::Format::Pdf) {
        // Qt draws the page; GDAL wraps it as a GeoPDF.
        QTemporaryDir work;
        if (!work.isValid())
            return Error{path, {}, QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString())};
        const QString pagePath = work.filePath(QStringLiteral("page.pdf"));
        {
            QPdfWriter writer(pagePath);
            drawPdfPage(writer, settings, page, title, creator);
        }
        const MapSettings map = mapSettings(settings, page.map.size().toSize());
        GeoPdf::Frame frame;
        frame.pagePoints = page.page * 72.0 / 96.0;
        frame.mapPoints = QRectF(page.map.topLeft() * 72.0 / 96.0, page.map.size() * 72.0 / 96.0);
        const QPointF a = map.viewport.toMetres(QPointF(0, 0));
        const QPointF b = map.viewport.toMetres(QPointF(page.map.width(), page.map.height()));
        frame.metres = QRectF(QPointF(a.x(), b.y()), QPointF(b.x(), a.y()));
        frame.wkt = m_renderer->geo().projection().wkt();
        frame.title = title;
        frame.creator = creator;
        Result<QByteArray> pdf = GeoPdf::compose(pagePath, frame);
        if (!pdf)
            return Error{path, {}, pdf.error().message};
        if (file.write(pdf.value()) != pdf.value().size())
            return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(logical);
        svg.setViewBox(QRect(QPoint(0, 0), logical));
        svg.setResolution(96);
        // QSvgGenerator writes both verbatim into the XML.
        svg.setTitle(title.toHtmlEscaped());
        svg.setDescription(QStringLiteral("Crossroads map as of %1").arg(settings.date.toIsoString()).toHtmlEscaped());
        QPainter painter(&svg);
        renderPage(painter, settings, page, nullptr);
    }
    return set.commit();  // a failed write on the way fails the commit
}

} // namespace crossroads
