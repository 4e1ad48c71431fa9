// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/legend.h"

#include "render/layers/layers.h"
#include "render/palette.h"
#include "render/symbols.h"

#include <QFontMetricsF>

#include <cmath>

namespace crossroads {

std::vector<LegendItem> legendItems(const Atlas &atlas, const MapSettings &settings, const Style &style)
{
    std::vector<LegendItem> items;
    const Timeline &t = atlas.timeline;
    const WorldState state = t.stateAt(settings.date);
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
    case LegendItem::Symbol::UserEvent:
        layers::drawUserEventMarker(painter, centre, scale);
        break;
    }
}

QRectF drawLegend(QPainter &painter, QPointF topLeft, const std::vector<LegendItem> &items, const Style &style,
                  double scale, double maxHeight)
{
    if (items.empty())
        return {};
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(11 * scale)));
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
    auto wrapIfNeeded = [&] {
        if (y + row > topLeft.y() + maxHeight - pad && y > topLeft.y() + pad) {
            x += columnWidth + 2 * pad;
            y = topLeft.y() + pad;
            columnWidth = 0;
        }
    };
    for (const LegendItem &item : items) {
        if (item.section != section) {
            section = item.section;
            wrapIfNeeded();
            placed.push_back({true, section, nullptr, {x, y}});
            advance(hm.horizontalAdvance(section));
        }
        wrapIfNeeded();
        placed.push_back({false, item.label, &item, {x, y}});
        advance(symbolW + gap + fm.horizontalAdvance(item.label));
        maxX = std::max(maxX, x + columnWidth);
    }
    const QRectF box(topLeft, QPointF(maxX + pad, maxY + pad));
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
