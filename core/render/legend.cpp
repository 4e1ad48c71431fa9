// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/legend.h"

#include "render/layers/layers.h"
#include "render/palette.h"
#include "render/symbols.h"
#include "render/territory_style.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

// The territory marks drawn on the date: held or claimed territory, an
// approximate outline, leased territory, each once.
void appendTerritoryItems(std::vector<LegendItem> &items, const Atlas &atlas, const Date &date)
{
    bool held = false, approximate = false, leased = false;
    const Territories &t = atlas.territories;
    for (int i : t.at(date)) {
        const TerritoryRecord &r = t.records()[size_t(i)];
        if (r.outlineIndex < 0)
            continue;
        (r.status == QLatin1String("leased") ? leased : held) = true;
        approximate = approximate || t.outlines()[size_t(r.outlineIndex)].approximate;
    }
    const QString section = QStringLiteral("Territory");
    auto add = [&](LegendItem::Symbol symbol, const char *label) {
        items.push_back({symbol, section, QString::fromLatin1(label), TerritoryStyle::colour(), Standing::None, CorridorStatus::None});
    };
    if (held)
        add(LegendItem::Symbol::Territory, "disputed or held by another power");
    if (approximate)
        add(LegendItem::Symbol::ApproximateTerritory, "outline approximate");
    if (leased)
        add(LegendItem::Symbol::LeasedTerritory, "leased to another state");
}

// Every pairing of a fill standing with a hatch standing that some country
// shows on the date, listed under the hatch group (the toggle that hides
// them): the mixed swatch is then never a colour the legend lacks.
void appendOverlapItems(std::vector<LegendItem> &items, const Timeline &t, const WorldState &state, const MapSettings &settings)
{
    const auto &groups = t.groups();
    for (int h = 0; h < int(groups.size()); ++h) {
        if (groups[size_t(h)].channel != GroupChannel::Hatch || !settings.showLayer(groups[size_t(h)].id))
            continue;
        for (int f = 0; f < int(groups.size()); ++f) {
            if (groups[size_t(f)].channel != GroupChannel::Fill || !settings.showLayer(groups[size_t(f)].id))
                continue;
            std::vector<bool> seen(25, false);
            for (int c = 0; c < int(t.countries().size()); ++c) {
                const Standing fs = state.cell(c, f).standing, hs = state.cell(c, h).standing;
                if (fs != Standing::None && hs != Standing::None)
                    seen[size_t(int(hs) * 5 + int(fs))] = true;
            }
            for (Standing hs : {Standing::Member, Standing::Announced, Standing::Reported, Standing::Prospective})
                for (Standing fs : {Standing::Member, Standing::Announced, Standing::Reported, Standing::Prospective}) {
                    if (!seen[size_t(int(hs) * 5 + int(fs))])
                        continue;
                    LegendItem item;
                    item.symbol = LegendItem::Symbol::Overlap;
                    item.section = groups[size_t(h)].name;
                    item.label = QStringLiteral("%1, and %2 %3").arg(displayName(hs), groups[size_t(f)].name, displayName(fs));
                    item.colour = groups[size_t(f)].colour;
                    item.standing = fs;
                    item.hatchColour = groups[size_t(h)].colour;
                    item.hatchStanding = hs;
                    // After the hatch group's own rows.
                    auto last = std::find_if(items.rbegin(), items.rend(), [&](const LegendItem &i) { return i.section == item.section; });
                    items.insert(last.base(), item);
                }
        }
    }
}

void drawTerritorySwatch(QPainter &painter, const QRectF &rect, const LegendItem &item, const Style &style, double scale)
{
    const QString status = item.symbol == LegendItem::Symbol::LeasedTerritory ? QStringLiteral("leased") : QString();
    const TerritoryStyle::Mark mark =
        TerritoryStyle::mark(status, item.symbol == LegendItem::Symbol::ApproximateTerritory, scale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(rect, style.focusLand);
    if (mark.stipple)
        painter.fillRect(rect, QBrush(TerritoryStyle::colour(), Qt::Dense6Pattern));
    painter.setPen(mark.pen);
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
    painter.restore();
}

} // namespace

namespace {

// The dates on which what a legend lists can change between `from` and `to`:
// both ends and every record's start or end in between.
std::vector<Date> changeDates(const Timeline &t, const Date &from, const Date &to)
{
    std::vector<Date> dates{from};
    auto add = [&](const Date &d) {
        if (d.julianDay() > from.julianDay() && d.julianDay() <= to.julianDay())
            dates.push_back(d);
    };
    for (const StandingRecord &r : t.data().standings) {
        add(r.interval.from);
        if (r.interval.until)
            add(*r.interval.until);
    }
    for (const Date &d : t.eventDates())
        add(d);
    for (const Corridor &c : t.corridors())
        for (const CorridorPhase &phase : c.phases)
            add(phase.interval.from);
    dates.push_back(to);
    return dates;
}

} // namespace

std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style, const Date &from)
{
    if (!from.isValid() || from.julianDay() >= settings.date.julianDay())
        return legendItems(atlas, settings, style);
    std::vector<LegendItem> merged;
    auto same = [](const LegendItem &a, const LegendItem &b) {
        return a.symbol == b.symbol && a.section == b.section && a.standing == b.standing && a.hatchStanding == b.hatchStanding &&
               (a.symbol != LegendItem::Symbol::Corridor || a.colour == b.colour);
    };
    MapSettings at = settings;
    for (const Date &d : changeDates(atlas.timeline, from, settings.date)) {
        at.date = d;
        for (const LegendItem &item : legendItems(atlas, at, style)) {
            auto it = std::find_if(merged.begin(), merged.end(), [&](const LegendItem &m) { return same(m, item); });
            if (it == merged.end())
                merged.push_back(item);
            else if (item.symbol == LegendItem::Symbol::Corridor && d.julianDay() == settings.date.julianDay())
                *it = item;  // a corridor reads as its status on the last date
        }
    }
    // One order whatever the dates: sections as the single-date legend
    // orders them, standings strongest first.
    auto rank = [&](const LegendItem &i) {
        const auto &groups = atlas.timeline.groups();
        for (int g = 0; g < int(groups.size()); ++g)
            if (groups[size_t(g)].name == i.section)
                return g * 100 + (i.symbol == LegendItem::Symbol::Overlap ? 10 + (4 - int(i.hatchStanding)) * 5 : 0) +
                       (4 - int(i.standing));
        return int(groups.size()) * 100 + int(i.symbol);
    };
    std::stable_sort(merged.begin(), merged.end(), [&](const LegendItem &a, const LegendItem &b) { return rank(a) < rank(b); });
    return merged;
}

std::vector<int> markedCountries(const Atlas &atlas, const MapSettings &settings, const Date &from)
{
    const Timeline &t = atlas.timeline;
    std::vector<bool> marked(atlas.countries.size(), false);
    const Date start = from.isValid() && from.julianDay() < settings.date.julianDay() ? from : settings.date;
    for (const Date &d : changeDates(t, start, settings.date)) {
        const WorldState state = t.stateAt(d);
        for (int c = 0; c < int(t.countries().size()); ++c) {
            const int index = atlas.countryIndex.value(t.countries()[c], -1);
            if (index < 0)
                continue;
            for (int g = 0; g < state.groupCount; ++g)
                if (state.cell(c, g).standing != Standing::None && settings.showLayer(t.groups()[size_t(g)].id))
                    marked[size_t(index)] = true;
        }
    }
    std::vector<int> out;
    for (int i = 0; i < int(marked.size()); ++i)
        if (marked[size_t(i)])
            out.push_back(i);
    return out;
}

std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style)
{
    std::vector<LegendItem> items;
    const Timeline &t = atlas.timeline;
    const std::shared_ptr<const WorldState> shared = worldStateFor(t, settings);
    const WorldState &state = *shared;
    for (int g = 0; g < int(t.groups().size()); ++g) {
        const Group &group = t.groups()[size_t(g)];
        if (!settings.showLayer(group.id))
            continue;
        // Standings present on the date, strongest first.
        std::vector<bool> present(5, false);
        for (int c = 0; c < int(t.countries().size()); ++c)
            present[size_t(state.cell(c, g).standing)] = true;
        for (Standing s : {Standing::Member, Standing::Announced, Standing::Reported, Standing::Prospective}) {
            if (!present[size_t(s)])
                continue;
            LegendItem item;
            item.symbol = group.channel == GroupChannel::Fill    ? LegendItem::Symbol::Fill
                          : group.channel == GroupChannel::Hatch ? LegendItem::Symbol::Hatch
                                                                 : LegendItem::Symbol::Badge;
            item.section = group.name;
            item.label = displayName(s);
            item.colour = group.colour;
            item.standing = s;
            items.push_back(item);
        }
    }
    appendOverlapItems(items, t, state, settings);
    if (settings.showLayer(layers::corridors)) {
        bool anySea = false;
        for (size_t k = 0; k < t.corridors().size(); ++k) {
            const CorridorStatus status = state.corridors[k].status;
            if (status == CorridorStatus::None)
                continue;
            const Corridor &c = t.corridors()[k];
            items.push_back({LegendItem::Symbol::Corridor, QStringLiteral("Corridors"),
                             QStringLiteral("%1 (%2)").arg(c.shortName, displayName(status)), c.colour, Standing::None, status});
            for (const CorridorLeg &leg : c.legs)
                anySea = anySea || leg.mode == LegMode::Sea;
        }
        if (anySea)
            items.push_back({LegendItem::Symbol::SeaLeg, QStringLiteral("Corridors"), QStringLiteral("sea crossing"),
                             QColor(0x55, 0x55, 0x55), Standing::None, CorridorStatus::None});
    }
    if (settings.showLayer(layers::events) && state.eventCount > 0) {
        items.push_back({LegendItem::Symbol::RecentEvent, QStringLiteral("Events"), QStringLiteral("in the year before the date"),
                         style.eventMarker, Standing::None, CorridorStatus::None});
        items.push_back({LegendItem::Symbol::OlderEvent, QStringLiteral("Events"), QStringLiteral("earlier"),
                         style.oldEventMarker, Standing::None, CorridorStatus::None});
    }
    appendTerritoryItems(items, atlas, settings.date);
    if (settings.userEvents && settings.showLayer(layers::userEvents))
        items.push_back({LegendItem::Symbol::UserEvent, QStringLiteral("Your events"), QStringLiteral("added by you, not in the record"),
                         layers::userEventColour(), Standing::None, CorridorStatus::None});
    return items;
}

void drawLegendSymbol(QPainter &painter, const QRectF &rect, const LegendItem &item, const Style &style, double scale)
{
    const QPointF centre = rect.center();
    switch (item.symbol) {
    case LegendItem::Symbol::Fill:
        symbols::drawFillSwatch(
            painter, rect, QColor::fromRgb(mixRgb(style.focusLand.rgb(), item.colour.rgb(), Style::fillStrength(item.standing))),
            style.focusBorder);
        break;
    case LegendItem::Symbol::Hatch:
        symbols::drawHatchSwatch(painter, rect, style.focusLand, item.colour, item.standing, scale, style.focusBorder);
        break;
    case LegendItem::Symbol::Overlap:
        symbols::drawHatchSwatch(painter, rect,
                                 QColor::fromRgb(mixRgb(style.focusLand.rgb(), item.colour.rgb(), Style::fillStrength(item.standing))),
                                 item.hatchColour, item.hatchStanding, scale, style.focusBorder);
        break;
    case LegendItem::Symbol::Badge:
        symbols::drawBadge(painter, centre, scale, item.colour, item.standing);
        break;
    case LegendItem::Symbol::Corridor:
    case LegendItem::Symbol::SeaLeg: {
        const symbols::CorridorPens pens = symbols::corridorPens(
            item.colour, item.status, item.symbol == LegendItem::Symbol::SeaLeg ? LegMode::Sea : LegMode::Rail, scale);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QLineF line(rect.left(), centre.y(), rect.right(), centre.y());
        if (pens.casing.style() != Qt::NoPen) {
            painter.setPen(pens.casing);
            painter.drawLine(line);
        }
        painter.setPen(pens.line);
        painter.drawLine(line);
        painter.restore();
        break;
    }
    case LegendItem::Symbol::RecentEvent:
    case LegendItem::Symbol::OlderEvent:
        symbols::drawEventMarker(painter, centre, scale, item.symbol == LegendItem::Symbol::RecentEvent, style);
        break;
    case LegendItem::Symbol::Territory:
    case LegendItem::Symbol::ApproximateTerritory:
    case LegendItem::Symbol::LeasedTerritory:
        drawTerritorySwatch(painter, rect, item, style, scale);
        break;
    case LegendItem::Symbol::UserEvent:
        layers::drawUserEventMarker(painter, centre, scale);
        break;
    case LegendItem::Symbol::Note:
        break;
    }
}

QRectF emptySpot(const IdRuns &ids, qreal dpr, const std::vector<bool> &carries, QSizeF size, double margin,
                 const std::vector<QRectF> &avoid)
{
    if (ids.isNull() || dpr <= 0)
        return {};
    // A summed-area table of the pixels that carry data: any box's count in
    // four look-ups, so every candidate position can be tried.
    const int W = ids.size.width(), H = ids.size.height();
    std::vector<qint64> sum(size_t(W + 1) * size_t(H + 1), 0);
    auto at = [&](int x, int y) -> qint64 & { return sum[size_t(y) * size_t(W + 1) + size_t(x)]; };
    for (int y = 0; y < H; ++y) {
        qint64 row = 0;
        int x = 0;
        for (size_t r = ids.rowStart[size_t(y)]; r < ids.rowStart[size_t(y) + 1]; ++r) {
            const IdRun &run = ids.runs[r];
            const bool carrying = run.id > 0 && run.id <= carries.size() && carries[run.id - 1];
            for (; x < std::min(W, run.x + run.length); ++x) {
                row += carrying ? 1 : 0;
                at(x + 1, y + 1) = at(x + 1, y) + row;
            }
        }
        for (; x < W; ++x)
            at(x + 1, y + 1) = at(x + 1, y) + row;
    }
    const QSizeF logical(W / dpr, H / dpr);
    const double maxX = logical.width() - margin - size.width(), maxY = logical.height() - margin - size.height();
    if (maxX < margin || maxY < margin)
        return {};
    const double step = std::max(4.0, margin / 2);
    QRectF best;
    double bestDistance = 0;
    bool bestClear = false;  // keeps clear of `avoid` too
    for (double y = margin; y <= maxY + 0.5; y += step)
        for (double x = margin; x <= maxX + 0.5; x += step) {
            const double cx = std::min(x, maxX), cy = std::min(y, maxY);
            const QRect box = QRectF(QPointF(cx, cy) * dpr, size * dpr).toAlignedRect().intersected(QRect(0, 0, W, H));
            const qint64 covered = at(box.right() + 1, box.bottom() + 1) - at(box.left(), box.bottom() + 1) -
                                   at(box.right() + 1, box.top()) + at(box.left(), box.top());
            if (covered > 0)
                continue;
            const QRectF spot(QPointF(cx, cy), size);
            const bool clear = std::none_of(avoid.begin(), avoid.end(), [&](const QRectF &r) { return !r.isEmpty() && r.intersects(spot); });
            const double distance = std::min(cx - margin, maxX - cx) + std::min(cy - margin, maxY - cy);
            if (best.isNull() || (clear && !bestClear) || (clear == bestClear && distance < bestDistance)) {
                best = spot;
                bestDistance = distance;
                bestClear = clear;
            }
        }
    return best;
}

QFont legendFont(double scale)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(11 * scale))));
    return font;
}

static QRectF layoutLegend(QPainter *target, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                          double scale, double maxHeight);

QSizeF measureLegend(const std::vector<LegendItem> &items, double scale, double maxHeight)
{
    return layoutLegend(nullptr, QPointF(0, 0), items, Style{}, scale, maxHeight).size();
}

QRectF drawLegend(QPainter &painter, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                  double scale, double maxHeight)
{
    return layoutLegend(&painter, topLeft, items, style, scale, maxHeight);
}

// Lays out and, with a painter, draws; measuring and drawing share one
// layout so a measured box is exactly the drawn one.
static QRectF layoutLegend(QPainter *target, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                  double scale, double maxHeight)
{
    if (items.empty())
        return {};
    const QFont font = legendFont(scale);
    QFont heading = font;
    heading.setBold(true);
    const QFontMetricsF fm(font), hm(heading);
    const double row = std::max(fm.height(), 14.0 * scale) + 3 * scale;
    const double symbolW = 22 * scale, pad = 8 * scale, gap = 6 * scale;

    // Lay out in columns: a heading row before each new section.
    struct Placed
    {
        bool heading;
        QString text;
        const LegendItem *item;
        QPointF at;
    };
    std::vector<Placed> placed;
    double x = topLeft.x() + pad, y = topLeft.y() + pad, columnWidth = 0, maxY = y, maxX = x;
    QString section;
    auto advance = [&](double width) {
        columnWidth = std::max(columnWidth, width);
        y += row;
        maxY = std::max(maxY, y);
    };
    // `rows`: what must stay together (a heading with its first item).
    auto wrapIfNeeded = [&](int rows = 1) {
        if (y + rows * row > topLeft.y() + maxHeight - pad && y > topLeft.y() + pad) {
            x += columnWidth + 2 * pad;
            y = topLeft.y() + pad;
            columnWidth = 0;
        }
    };
    // A note's lines are one sentence wrapped ("Also marked: A, B,", "C"):
    // they stay in one column with their heading.
    auto noteLinesFrom = [&](size_t i) {
        int lines = 0;
        while (i < items.size() && items[i].symbol == LegendItem::Symbol::Note && items[i].section == items[i - lines].section)
            ++lines, ++i;
        return lines;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const LegendItem &item = items[i];
        const bool note = item.symbol == LegendItem::Symbol::Note;
        if (item.section != section) {
            section = item.section;
            wrapIfNeeded(1 + std::max(1, note ? noteLinesFrom(i) : 1));
            placed.push_back({true, section, nullptr, {x, y}});
            advance(hm.horizontalAdvance(section));
        }
        if (!note || i == 0 || items[i - 1].symbol != LegendItem::Symbol::Note || items[i - 1].section != item.section)
            wrapIfNeeded();
        placed.push_back({false, item.label, &item, {x, y}});
        advance((item.symbol == LegendItem::Symbol::Note ? 0.0 : symbolW + gap) + fm.horizontalAdvance(item.label));
        maxX = std::max(maxX, x + columnWidth);
    }
    const QRectF box(topLeft, QPointF(maxX + pad, maxY + pad));
    if (!target)
        return box;
    QPainter &painter = *target;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0 * scale));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(box, 4 * scale, 4 * scale);
    for (const Placed &p : placed) {
        const double baseline = p.at.y() + (row + fm.ascent() - fm.descent()) / 2;
        if (p.heading) {
            painter.setFont(heading);
            painter.setPen(style.label);
            painter.drawText(QPointF(p.at.x(), baseline), p.text);
            continue;
        }
        if (p.item->symbol == LegendItem::Symbol::Note) {
            painter.setFont(font);
            painter.setPen(style.mutedLabel);
            painter.drawText(QPointF(p.at.x(), baseline), p.text);
            continue;
        }
        const QRectF symbol(p.at.x(), p.at.y() + 2 * scale, symbolW, row - 4 * scale);
        drawLegendSymbol(painter, symbol, *p.item, style, scale);
        painter.setFont(font);
        painter.setPen(style.label);
        painter.drawText(QPointF(p.at.x() + symbolW + gap, baseline), p.text);
    }
    painter.restore();
    return box;
}

} // namespace crossroads
