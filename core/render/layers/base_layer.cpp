// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the map: sea, graticule and land, land coloured by the
// fill-channel groups and hatched by the hatch-channel groups.
#include "render/canvas.h"
#include "render/layers/layers.h"
#include "render/symbols.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace crossroads::layers {
namespace {

struct HatchPixels
{
    bool on = false;
    int period = 1;
    int width = 0;
    QRgb colour = 0;
    friend bool operator==(const HatchPixels &, const HatchPixels &) = default;
};

HatchPixels hatchPixels(const CountryMarks &marks, const Atlas &atlas, double pixelScale)
{
    HatchPixels h;
    if (marks.hatch == Standing::None)
        return h;
    const Style::Hatch spec = Style::hatch(marks.hatch);
    h.on = true;
    h.period = std::max(2, int(std::lround(spec.period * pixelScale)));
    h.width = std::max(1, int(std::lround(spec.width * pixelScale)));
    h.colour = atlas.timeline.groups()[size_t(marks.hatchGroup)].colour.rgb();
    return h;
}

// The look of each id of the id buffer (index 0 is the sea).
struct Looks
{
    std::vector<QRgb> fills;
    std::vector<HatchPixels> hatches;
};

// The base layer's own cache: the sea with its graticule (none in a
// one-off render: the sea is then painted straight into the target), and
// the recoloured land with the borders over it and the looks it shows. A
// date change mostly changes a few countries: only their box is written
// again, and the land is copied into the target (one full-frame write, no
// full-frame blend).
struct BaseCache final : LayerCache
{
    QImage background;  // Format_RGB32, device pixels
    QImage composed;    // Format_RGB32, device pixels
    Looks shown;        // of composed; empty when composed holds nothing yet
};

const QString kCacheId = QStringLiteral("base");

// Rows of the id buffer rasterised at once: a band of this height is all
// of the buffer ever held as an image.
constexpr int kBandRows = 256;

class BaseLayer final : public MapLayer
{
public:
    QString id() const override { return {}; }

    void render(RenderContext &ctx) const override
    {
        if (ctx.cache)
            ensureCache(ctx);
        // A cache that could not be allocated (a huge export) is dropped:
        // the vector path needs no buffers of the output's size.
        if (ctx.cache && ctx.cache->runs.isNull())
            ctx.cache = nullptr;
        if (ctx.cache)
            renderCached(ctx);
        else
            renderDirect(ctx);
    }

private:
    static QRgb fillOf(const RenderContext &ctx, int i)
    {
        QRgb fill = ctx.palette.marks(i).fill;
        if (ctx.atlas().countries[size_t(i)].iso3 == ctx.settings.hoveredCountry && !ctx.settings.hoveredCountry.isEmpty())
            fill = mixRgb(fill, qRgb(0, 0, 0), 0.10);
        return fill;
    }

    static void drawSeaAndGraticule(QPainter &p, const RenderContext &ctx, QSizeF size)
    {
        p.fillRect(QRectF(QPointF(0, 0), size), ctx.style.sea);
        if (!ctx.settings.showLayer(layers::graticule))
            return;
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(ctx.style.graticule, 0.8 * ctx.scale()));
        p.drawPath(ctx.toPixels.map(ctx.geo.graticule()));  // pixels: see the border layer
        p.restore();
    }

    // Ids are exact colours: no antialiasing, opaque fills, so every pixel
    // holds one country's index. Borders drawn on top hide the jaggies.
    // Draws the rows from `top` on into `band`.
    static void rasteriseIds(const RenderContext &ctx, QImage &band, int top)
    {
        const qreal dpr = ctx.settings.devicePixelRatio;
        band.fill(0);
        const QRectF rows(0, top / dpr, ctx.settings.viewport.size().width(), band.height() / dpr);
        const QRectF rowsMetres = ctx.toPixels.inverted().mapRect(rows);
        QPainter p(&band);
        p.translate(0, -top);
        p.scale(dpr, dpr);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Qt::NoPen);
        p.setTransform(ctx.toPixels, true);
        const auto &shapes = ctx.geo.countries();
        for (int i = 0; i < int(shapes.size()); ++i) {
            if (!ctx.countryVisible(i) || !shapes[size_t(i)].bounds.intersects(rowsMetres))
                continue;
            p.setBrush(QColor::fromRgb(QRgb(0xff000000u | uint(i + 1))));
            p.drawPath(shapes[size_t(i)].path);
        }
    }

    // Per view: the id buffer, rasterised band by band into runs (no image
    // of the view's size is kept for it).
    static void ensureCache(RenderContext &ctx)
    {
        RenderCache &cache = *ctx.cache;
        if (!cache.runs.isNull())
            return;
        const qreal dpr = ctx.settings.devicePixelRatio;
        const QSize logical = ctx.settings.viewport.size();
        const QSize device = canvas::deviceSize(logical, dpr);
        IdRuns runs;
        runs.size = device;
        runs.rowStart.reserve(size_t(device.height()) + 1);
        QImage band = canvas::image(QSize(device.width(), std::min(kBandRows, device.height())), QImage::Format_RGB32);
        if (band.isNull())
            return;
        for (int top = 0; top < device.height(); top += band.height()) {
            rasteriseIds(ctx, band, top);
            runs.appendRows(band, std::min(band.height(), device.height() - top));
        }
        ++cache.geometryBuilds;
        cache.runs = std::move(runs);
    }

    // The painter's own image, when the land can be written into it pixel
    // for pixel: an image in a 32-bit format, no opacity, scaled by the
    // device pixel ratio and moved by whole pixels. `offset` is where the
    // map's top left pixel lands; `clip` the device pixels it may write.
    static QImage *writableTarget(const RenderContext &ctx, QPoint &offset, QRect &clip)
    {
        QPainter &p = ctx.painter;
        QPaintDevice *device = p.device();
        if (!device || device->devType() != QInternal::Image)
            return nullptr;
        auto *image = static_cast<QImage *>(device);
        const QImage::Format f = image->format();
        if (f != QImage::Format_ARGB32_Premultiplied && f != QImage::Format_RGB32 && f != QImage::Format_ARGB32)
            return nullptr;
        if (p.opacity() < 1.0 || p.compositionMode() != QPainter::CompositionMode_SourceOver)
            return nullptr;
        const QTransform t = p.deviceTransform();
        const double dpr = ctx.settings.devicePixelRatio;
        if (t.type() > QTransform::TxScale || std::abs(t.m11() - dpr) > 1e-9 || std::abs(t.m22() - dpr) > 1e-9)
            return nullptr;
        if (std::abs(t.dx() - std::round(t.dx())) > 1e-6 || std::abs(t.dy() - std::round(t.dy())) > 1e-6)
            return nullptr;
        offset = QPoint(int(std::round(t.dx())), int(std::round(t.dy())));
        clip = image->rect();
        if (p.hasClipping()) {
            if (p.clipRegion().rectCount() > 1)
                return nullptr;
            const QRectF c = t.mapRect(p.clipBoundingRect());
            clip &= QRect(QPoint(int(std::ceil(c.left() - 1e-6)), int(std::ceil(c.top() - 1e-6))),
                          QPoint(int(std::floor(c.right() + 1e-6)) - 1, int(std::floor(c.bottom() + 1e-6)) - 1));
        }
        return image;
    }

    static Looks looksOf(const RenderContext &ctx)
    {
        const int count = int(ctx.geo.countries().size());
        const double pixelScale = ctx.settings.devicePixelRatio * ctx.scale();
        Looks looks;
        looks.fills.assign(size_t(count) + 1, 0);
        looks.hatches.resize(size_t(count) + 1);
        for (int i = 0; i < count; ++i) {
            looks.fills[size_t(i) + 1] = fillOf(ctx, i);
            looks.hatches[size_t(i) + 1] = hatchPixels(ctx.palette.marks(i), ctx.atlas(), pixelScale);
        }
        return looks;
    }

    // Writes the runs of the map's pixels `area` (map device pixels) into
    // `out`, whose pixel `offset` is the map's top left: land in its look,
    // sea copied from `sea` (left alone when null).
    static void recolour(const IdRuns &runs, const Looks &looks, const QImage *sea, QImage &out, QPoint offset, QRect area)
    {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const QRgb *seaRow = sea ? reinterpret_cast<const QRgb *>(sea->constScanLine(y)) : nullptr;
            QRgb *row = reinterpret_cast<QRgb *>(out.scanLine(y + offset.y())) + offset.x();
            const int left = area.left(), right = area.right() + 1;
            for (size_t r = runs.rowStart[size_t(y)]; r < runs.rowStart[size_t(y) + 1]; ++r) {
                const IdRun &run = runs.runs[r];
                const int from = std::max(run.x, left), to = std::min(run.x + run.length, right);
                if (from >= to)
                    continue;
                if (run.id == 0) {
                    if (seaRow)
                        std::copy(seaRow + from, seaRow + to, row + from);
                    continue;
                }
                const HatchPixels &h = looks.hatches[run.id];
                const QRgb fill = looks.fills[run.id];
                if (!h.on) {
                    std::fill(row + from, row + to, fill);
                    continue;
                }
                int phase = (from + y) % h.period;
                for (int x = from; x < to; ++x) {
                    row[x] = phase < h.width ? h.colour : fill;
                    if (++phase == h.period)
                        phase = 0;
                }
            }
        }
    }

    // The device box of the runs of the ids `ids` marks.
    static QRect boxOf(const IdRuns &runs, const std::vector<bool> &ids)
    {
        int left = runs.size.width(), right = -1, top = -1, bottom = -1;
        for (int y = 0; y < runs.size.height(); ++y) {
            for (size_t r = runs.rowStart[size_t(y)]; r < runs.rowStart[size_t(y) + 1]; ++r) {
                const IdRun &run = runs.runs[r];
                if (!ids[run.id])
                    continue;
                left = std::min(left, run.x);
                right = std::max(right, run.x + run.length - 1);
                if (top < 0)
                    top = y;
                bottom = y;
            }
        }
        return top < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
    }

    // The sea with its graticule, kept for the view's later frames.
    static bool makeBackground(const RenderContext &ctx, BaseCache &base)
    {
        base.background = canvas::image(ctx.cache->deviceSize(), QImage::Format_RGB32);
        if (base.background.isNull())
            return false;
        ++ctx.cache->landImagesMade;
        QPainter p;
        canvas::begin(p, base.background, ctx.settings.devicePixelRatio);
        drawSeaAndGraticule(p, ctx, ctx.settings.viewport.size());
        return true;
    }

    static void renderCached(RenderContext &ctx)
    {
        BaseCache &base = ctx.cache->layer<BaseCache>(kCacheId);
        // A view's first frame (the first map, a frame of a pan or a
        // flight) is drawn straight into the target, as a one-off render
        // is: the sea and land images it would keep are two more images of
        // the view's size to fill, and only a view that stays draws again
        // (RenderCache::framesDrawn).
        if (ctx.cache->once || ctx.cache->framesDrawn == 0 || (base.background.isNull() && !makeBackground(ctx, base))) {
            renderOnce(ctx, base);
            return;
        }
        renderKept(ctx, base);
    }

    // Kept between renders: the land is brought up to date in `composed`
    // (the box of the ids whose look changed) and copied into the target.
    static void renderKept(RenderContext &ctx, BaseCache &base)
    {
        const IdRuns &runs = ctx.cache->runs;
        if (base.composed.size() != runs.size) {
            base.composed = canvas::image(runs.size, QImage::Format_RGB32);
            ++ctx.cache->landImagesMade;
            base.shown = {};
            if (base.composed.isNull()) {
                renderDirect(ctx);
                return;
            }
        }
        const QImage &borders = borderOverlay(ctx);
        Looks looks = looksOf(ctx);
        QRect stale(QPoint(0, 0), runs.size);  // the part of composed to write again
        if (base.shown.fills.size() == looks.fills.size()) {
            std::vector<bool> changed(looks.fills.size(), false);
            for (size_t id = 1; id < changed.size(); ++id)
                changed[id] = looks.fills[id] != base.shown.fills[id] || !(looks.hatches[id] == base.shown.hatches[id]);
            stale = boxOf(runs, changed);
        }
        if (!stale.isEmpty()) {
            // The borders are blended over the land: every pixel of the box
            // is written again first, so none is blended twice.
            recolour(runs, looks, &base.background, base.composed, QPoint(0, 0), stale);
            if (!borders.isNull()) {
                QPainter p(&base.composed);
                p.drawImage(stale.topLeft(), borders, stale);
            }
        }
        base.shown = std::move(looks);
        ctx.cache->bordersInLand = !borders.isNull();

        QPoint offset;
        QRect clip;
        QImage *out = writableTarget(ctx, offset, clip);
        if (!out) {
            canvas::draw(ctx.painter, base.composed, ctx.settings.viewport.size());
            return;
        }
        // Rows and columns of the map that land inside the clip.
        const QRect area = (QRect(offset, runs.size) & clip).translated(-offset);
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const QRgb *from = reinterpret_cast<const QRgb *>(base.composed.constScanLine(y));
            QRgb *row = reinterpret_cast<QRgb *>(out->scanLine(y + offset.y())) + offset.x();
            std::copy(from + area.left(), from + area.right() + 1, row + area.left());
        }
    }

    // Drawn once (an export): the sea straight into the target, land over
    // it, through a buffer only when the target cannot be written to.
    static void renderOnce(RenderContext &ctx, BaseCache &base)
    {
        ctx.cache->bordersInLand = false;  // the border layer draws them over this
        const IdRuns &runs = ctx.cache->runs;
        QPoint offset;
        QRect clip;
        QImage *out = writableTarget(ctx, offset, clip);
        if (!out) {
            if (base.composed.size() != runs.size)
                base.composed = canvas::image(runs.size, QImage::Format_RGB32);
            if (base.composed.isNull()) {
                renderDirect(ctx);
                return;
            }
            out = &base.composed;
            base.shown = {};  // composed no longer holds what a kept frame left
            offset = QPoint(0, 0);
            clip = base.composed.rect();
            QPainter p;
            canvas::begin(p, base.composed, ctx.settings.devicePixelRatio);
            drawSeaAndGraticule(p, ctx, ctx.settings.viewport.size());
        } else {
            drawSeaAndGraticule(ctx.painter, ctx, ctx.settings.viewport.size());
        }
        recolour(runs, looksOf(ctx), nullptr, *out, offset, (QRect(offset, runs.size) & clip).translated(-offset));
        if (out == &base.composed)
            canvas::draw(ctx.painter, base.composed, ctx.settings.viewport.size());
    }

    // Vector hatching (symbols::drawHatch): real lines in page space, at the
    // raster's spacing.
    static void hatchDirect(RenderContext &ctx, int i, const QTransform &page)
    {
        const CountryMarks &marks = ctx.palette.marks(i);
        std::vector<QPolygonF> rings;
        for (const QPolygonF &ring : ctx.geo.countries()[size_t(i)].rings)
            rings.push_back(ctx.toPixels.map(ring));
        ctx.painter.save();
        ctx.painter.setTransform(page);
        symbols::drawHatch(ctx.painter, rings, ctx.atlas().timeline.groups()[size_t(marks.hatchGroup)].colour, marks.hatch,
                           ctx.scale());
        ctx.painter.restore();
    }

    // For vector output (PDF, SVG): the same marks as paths and lines.
    static void renderDirect(RenderContext &ctx)
    {
        QPainter &p = ctx.painter;
        drawSeaAndGraticule(p, ctx, ctx.settings.viewport.size());
        p.save();
        p.setRenderHint(QPainter::Antialiasing, true);
        const QTransform page = p.transform();
        p.setTransform(ctx.toPixels, true);
        p.setPen(Qt::NoPen);
        const auto &shapes = ctx.geo.countries();
        for (int i = 0; i < int(shapes.size()); ++i) {
            if (!ctx.countryVisible(i))
                continue;
            p.setBrush(QColor::fromRgb(fillOf(ctx, i)));
            p.drawPath(shapes[size_t(i)].path);
            const CountryMarks &marks = ctx.palette.marks(i);
            if (marks.hatch != Standing::None)
                hatchDirect(ctx, i, page);
        }
        p.restore();
    }
};

} // namespace

std::unique_ptr<MapLayer> makeBaseLayer() { return std::make_unique<BaseLayer>(); }

} // namespace crossroads::layers
