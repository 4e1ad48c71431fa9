// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/export_settings.h"
#include "export/page_layout.h"
#include "render/legend.h"
#include "render/map_renderer.h"

#include <QImage>

#include <memory>

class QPdfWriter;

namespace crossroads {

// Where an exported image sits on the projected plane: enough for a world
// file and for GDAL to place it.
struct Georeference
{
    double pixelWidth = 0;   // projected metres per output pixel
    double pixelHeight = 0;  // negative: rows go south
    double originX = 0;      // centre of the top-left pixel, projected metres
    double originY = 0;
    QString wkt;

    QString worldFile() const;  // the six lines of a .pgw
    QString auxXml() const;     // a GDAL PAM .aux.xml carrying the CRS
};

// Composes publication maps: the map by the one MapRenderer, a title band
// with the date, a legend of what is drawn, a scale bar true at the centre,
// credits and an "as of" note. Lays out in logical pixels and scales with
// size and DPI; see PageLayout for where things go.
//
// Entry point for any output that needs a full page (PNG, PDF, SVG, video
// frames, handouts): renderPage() draws map, title, date, legend, scale bar
// and credits for any size and DPI into a painter working in logical pixels
// (output pixels / settings.layoutScale()). layout() tells where each part
// went.
class MapExporter
{
public:
    explicit MapExporter(std::shared_ptr<const MapRenderer> renderer);

    const MapRenderer &renderer() const { return *m_renderer; }

    // The map part of an export (viewport in logical pixels, its origin at
    // layout(settings).map.topLeft()).
    MapSettings mapSettings(const ExportSettings &settings) const;
    PageLayout layout(const ExportSettings &settings) const;
    // The legend rows of an export (over settings.legendSpan when set),
    // without the "also" notes.
    std::vector<LegendItem> legendItems(const ExportSettings &settings) const;
    // A projected point's position on the page, in output pixels.
    QPointF pagePixel(const ExportSettings &settings, QPointF metres) const;
    QString defaultTitle(const ExportSettings &settings) const;
    Georeference georeference(const ExportSettings &settings) const;

    // Draws the whole page; `painter` is in logical pixels. A cache speeds
    // up raster targets drawn repeatedly; without one the map is vectors.
    void renderPage(QPainter &painter, const ExportSettings &settings, RenderCache *cache = nullptr) const;
    void compose(QPainter &painter, const ExportSettings &settings, RenderCache *cache) const
    {
        renderPage(painter, settings, cache);
    }
    QImage renderImage(const ExportSettings &settings, RenderCache *cache = nullptr) const;

    // Writes `path` (PNG plus .pgw and .png.aux.xml, or PDF, or SVG) as one
    // all-or-nothing set (util/output_set.h).
    std::optional<Error> write(const QString &path, const ExportSettings &settings, RenderCache *cache = nullptr) const;

    // The files write() replaces for `path`: the image and its sidecars.
    static QStringList outputFiles(const QString &path);

    // The length of a scale bar near `targetPixels` long at the map's
    // centre: (kilometres, logical pixels).
    std::pair<double, double> scaleBar(const MapSettings &map, double targetPixels) const;

private:
    // The same with the page laid out already: an export lays out once.
    void renderPage(QPainter &painter, const ExportSettings &settings, const PageLayout &page, RenderCache *cache) const;
    // The page as one PDF page of its own size, at 96 dpi, with its metadata.
    void drawPdfPage(QPdfWriter &writer, const ExportSettings &settings, const PageLayout &page, const QString &title,
                     const QString &creator) const;
    QImage renderImage(const ExportSettings &settings, const PageLayout &page, RenderCache *cache) const;
    Georeference georeference(const ExportSettings &settings, const PageLayout &page) const;
    MapSettings mapSettings(const ExportSettings &settings, QSize mapSize) const;
    PageLayout layoutWith(const ExportSettings &settings, const QStringList &outside) const;
    QStringList outsideOf(const ExportSettings &settings, const MapSettings &map) const;
    std::optional<Error> writePng(const QString &path, const ExportSettings &settings, RenderCache *cache) const;
    std::optional<Error> writeVector(const QString &path, const ExportSettings &settings) const;

    std::shared_ptr<const MapRenderer> m_renderer;
};

} // namespace crossroads
