// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/map_exporter.h"

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

#include <utility>
#include <QSvgGenerator>

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

MapSettings MapExporter::mapSettings(const ExportSettings &settings) const
{
    const double k = settings.layoutScale();
    MapSettings map;
    map.date = settings.date;
    map.layers = settings.layers;
    map.devicePixelRatio = k;
    // Rounded up, so the map covers every output pixel; an output pixel is
    // exactly 1/k of a logical one, which the world file relies on.
    map.viewport.setSize(QSize(int(std::ceil(settings.size.width() / k)), int(std::ceil(settings.size.height() / k))));
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
    const MapSettings map = mapSettings(settings);
    Georeference g;
    const double k = settings.layoutScale();
    g.pixelWidth = map.viewport.metresPerPixel() / k;
    g.pixelHeight = -map.viewport.metresPerPixel() / k;
    const QPointF topLeft = map.viewport.toMetres(QPointF(0, 0));
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

void MapExporter::compose(QPainter &painter, const ExportSettings &settings, RenderCache *cache) const
{
    const MapSettings map = mapSettings(settings);
    const QSizeF page = map.viewport.size();
    const Style &style = m_renderer->style();
    m_renderer->render(painter, map, cache);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    // Title band: title left, the date large on the right.
    const QString title = settings.title.isEmpty() ? defaultTitle(settings) : settings.title;
    const QFont titleFont = uiFont(22, true), dateFont = uiFont(26, true), captionFont = uiFont(14);
    const double bandHeight = settings.caption.isEmpty() ? 52 : 74;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 232));
    painter.drawRect(QRectF(0, 0, page.width(), bandHeight));
    painter.setPen(QColor(0, 0, 0, 50));
    painter.drawLine(QPointF(0, bandHeight), QPointF(page.width(), bandHeight));
    const QString date = settings.date.toDisplayString();
    const double dateWidth = QFontMetricsF(dateFont).horizontalAdvance(date);
    painter.setPen(style.label);
    painter.setFont(dateFont);
    painter.drawText(QRectF(page.width() - dateWidth - 18, 0, dateWidth + 4, 52), Qt::AlignVCenter | Qt::AlignLeft, date);
    painter.setFont(titleFont);
    const QString elided = QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, page.width() - dateWidth - 60);
    painter.drawText(QRectF(18, 0, page.width() - dateWidth - 50, 52), Qt::AlignVCenter | Qt::AlignLeft, elided);
    if (!settings.caption.isEmpty()) {
        painter.setFont(captionFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(18, 48, page.width() - 36, 22), Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetricsF(captionFont).elidedText(settings.caption, Qt::ElideRight, page.width() - 36));
    }

    // Credits and the "as of" note along the bottom.
    const double creditsHeight = 36;
    const QRectF credits(0, page.height() - creditsHeight, page.width(), creditsHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRect(credits);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(uiFont(10.5));
    const QString recordEnd = RecordNotes::recordEnd(m_renderer->geo().atlas().timeline, settings.date);
    painter.drawText(credits.adjusted(12, 3, -12, -creditsHeight / 2), Qt::AlignVCenter | Qt::AlignLeft,
                     recordEnd.isEmpty() ? QStringLiteral("As of %1: standings and corridor phases as recorded for that day; "
                                                          "'reported' and 'prospective' are not confirmed.").arg(date)
                                         : QStringLiteral("As of %1: %2").arg(date, recordEnd));
    painter.drawText(credits.adjusted(12, creditsHeight / 2 - 2, -12, -2), Qt::AlignVCenter | Qt::AlignLeft,
                     QStringLiteral("Boundaries: Natural Earth (public domain). Timeline: the Crossroads record, from published "
                                    "analyses and the public records each fact cites. %1. Crossroads %2.")
                         .arg(m_renderer->geo().preset().name, QStringLiteral(CROSSROADS_VERSION)));

    // Scale bar, bottom right above the credits, its label centred over it.
    const auto [km, pixels] = scaleBar(map, 160);
    if (pixels > 0) {
        const QFont font = uiFont(11);
        const QString label = QStringLiteral("%1 km (true at centre)").arg(km, 0, 'g', 6);
        const double labelWidth = QFontMetricsF(font).horizontalAdvance(label);
        const double boxWidth = std::max(pixels, labelWidth) + 20;
        const QRectF box(page.width() - 14 - boxWidth, page.height() - creditsHeight - 48, boxWidth, 40);
        painter.setBrush(QColor(255, 255, 255, 215));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(box, 3, 3);
        const QPointF left(box.center().x() - pixels / 2, box.bottom() - 10);
        const QPointF right = left + QPointF(pixels, 0);
        painter.setPen(QPen(style.label, 2.0));
        painter.drawLine(left, right);
        painter.drawLine(left, left - QPointF(0, 6));
        painter.drawLine(right, right - QPointF(0, 6));
        painter.drawLine((left + right) / 2, (left + right) / 2 - QPointF(0, 4));
        painter.setFont(font);
        painter.drawText(QRectF(box.left(), box.top() + 3, box.width(), 18), Qt::AlignCenter, label);
    }

    // Legend, bottom left, above the credits.
    if (settings.legend) {
        const std::vector<LegendItem> items = legendItems(m_renderer->geo().atlas(), map, style);
        if (!items.empty()) {
            const double maxHeight = page.height() * 0.5;
            // Measure by drawing off-page first would cost a second pass;
            // draw from a top-left chosen so a one-column legend ends above
            // the credits, wrapping into columns when taller.
            QFont probe = uiFont(11);
            const double row = std::max(QFontMetricsF(probe).height(), 14.0) + 3;
            QStringList sections;
            for (const LegendItem &i : items)
                if (!sections.contains(i.section))
                    sections << i.section;
            const double height = std::min(maxHeight, (double(items.size()) + sections.size()) * row + 16);
            drawLegend(painter, QPointF(14, page.height() - creditsHeight - 12 - height), items, style, 1.0, height + 1);
        }
    }
    painter.restore();
}

QImage MapExporter::renderImage(const ExportSettings &settings, RenderCache *cache) const
{
    QImage image(settings.size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;  // allocation failed: the caller reports it
    image.fill(Qt::white);
    RenderCache local;
    QPainter painter;
    canvas::begin(painter, image, settings.layoutScale());
    compose(painter, settings, cache ? cache : &local);
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
    // Refused before any drawing: a device, pipe or folder is never
    // replaced by a regular file.
    for (const QString &file : outputFiles(path))
        if (auto problem = OutputSet::checkTarget(file))
            return problem;
    if (ExportSettings::formatFor(path) == ExportSettings::Format::Png)
        return writePng(path, settings, cache);
    return writeVector(path, settings);
}

std::optional<Error> MapExporter::writePng(const QString &path, const ExportSettings &settings, RenderCache *cache) const
{
    const QImage image = renderImage(settings, cache);
    if (image.isNull())
        return Error{path, {}, QStringLiteral("not enough memory for a %1x%2 image").arg(settings.size.width()).arg(settings.size.height())};
    const Georeference geo = georeference(settings);
    const MapSettings map = mapSettings(settings);
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

std::optional<Error> MapExporter::writeVector(const QString &path, const ExportSettings &settings) const
{
    const MapSettings map = mapSettings(settings);
    const QSize logical = map.viewport.size();
    // Drawn into a temporary file, never over the old export.
    OutputSet set;
    Result<QIODevice *> staged = set.stage(path);
    if (!staged)
        return staged.error();
    QIODevice &file = *staged.value();
    if (ExportSettings::formatFor(path) == ExportSettings::Format::Pdf) {
        QPdfWriter writer(&file);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QSizeF(logical) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(settings.title.isEmpty() ? defaultTitle(settings) : settings.title);
        writer.setCreator(QStringLiteral("Crossroads %1").arg(QStringLiteral(CROSSROADS_VERSION)));
        QPainter painter(&writer);
        compose(painter, settings, nullptr);
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(logical);
        svg.setViewBox(QRect(QPoint(0, 0), logical));
        svg.setResolution(96);
        // QSvgGenerator writes both verbatim into the XML.
        svg.setTitle((settings.title.isEmpty() ? defaultTitle(settings) : settings.title).toHtmlEscaped());
        svg.setDescription(QStringLiteral("Crossroads map as of %1").arg(settings.date.toIsoString()).toHtmlEscaped());
        QPainter painter(&svg);
        compose(painter, settings, nullptr);
    }
    return set.commit();  // a failed write on the way fails the commit
}

} // namespace crossroads
