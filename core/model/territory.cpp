// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/territory.h"

#include <algorithm>

namespace crossroads {

Territories::Territories(std::vector<TerritoryRecord> records, std::vector<Outline> outlines, QHash<QString, QString> authorities,
                         QHash<QString, QString> sourceTitles)
    : m_records(std::move(records)), m_outlines(std::move(outlines)), m_authorities(std::move(authorities)),
      m_sourceTitles(std::move(sourceTitles))
{
    for (TerritoryRecord &record : m_records) {
        record.outlineIndex = -1;
        for (size_t i = 0; i < m_outlines.size(); ++i)
            if (m_outlines[i].id == record.outline)
                record.outlineIndex = int(i);
    }
}

std::vector<int> Territories::at(const Date &date) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_records.size(); ++i)
        if (m_records[i].interval.contains(date))
            out.push_back(int(i));
    return out;
}

std::vector<int> Territories::concerning(const QString &code, const Date &date) const
{
    std::vector<int> out;
    for (int i : at(date)) {
        const TerritoryRecord &r = m_records[size_t(i)];
        if (r.country == code || r.controlledBy == code || r.claimedBy.contains(code))
            out.push_back(i);
    }
    return out;
}

int Territories::recordAt(LonLat point, const Date &date) const
{
    for (int i : at(date)) {
        const TerritoryRecord &r = m_records[size_t(i)];
        if (r.outlineIndex >= 0 && containsPoint(m_outlines[size_t(r.outlineIndex)].geometry, point))
            return i;
    }
    return -1;
}

QStringList Territories::statusWords()
{
    return {QStringLiteral("de_facto_state"), QStringLiteral("occupied"), QStringLiteral("annexed"),
            QStringLiteral("disputed"), QStringLiteral("contested"), QStringLiteral("leased"), QStringLiteral("administered"),
            QStringLiteral("peacekeeping")};
}

QString Territories::statusLabel(const QString &status)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("de_facto_state"), QStringLiteral("held by an unrecognised or partly recognised state")},
        {QStringLiteral("occupied"), QStringLiteral("held by another state's forces")},
        {QStringLiteral("annexed"), QStringLiteral("annexed, not recognised by most states")},
        {QStringLiteral("disputed"), QStringLiteral("disputed")},
        {QStringLiteral("contested"), QStringLiteral("fought over")},
        {QStringLiteral("leased"), QStringLiteral("leased to another state")},
        {QStringLiteral("administered"), QStringLiteral("under international administration")},
        {QStringLiteral("peacekeeping"), QStringLiteral("a ceasefire zone with peacekeepers")},
    };
    return labels.value(status, status);
}

bool containsPoint(const MultiPolygon &geometry, LonLat point)
{
    bool inside = false;
    for (const Polygon &polygon : geometry) {
        for (const Ring &ring : polygon) {
            // Ray casting along +x; each crossing flips.
            for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const LonLat &a = ring[i];
                const LonLat &b = ring[j];
                if ((a.lat > point.lat) != (b.lat > point.lat) &&
                    point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon)
                    inside = !inside;
            }
        }
    }
    return inside;
}

} // namespace crossroads
