// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/territory_briefing.h"

#include "model/atlas.h"
#include "model/identification.h"

#include <QJsonObject>

namespace crossroads {

TerritorySection::Line TerritorySection::lineFor(const Atlas &atlas, int record)
{
    const Territories &t = atlas.territories;
    const TerritoryRecord &r = t.records()[size_t(record)];
    Line line;
    line.record = r.id;
    line.name = r.name;
    line.status = Territories::statusLabel(r.status);
    line.controlledBy = r.controlledBy.isEmpty() ? QStringLiteral("no one firmly") : atlas.displayName(r.controlledBy);
    for (const QString &code : r.claimedBy)
        line.claimedBy << atlas.displayName(code);
    line.since = r.interval.from;
    if (r.outlineIndex >= 0) {
        const Outline &outline = t.outlines()[size_t(r.outlineIndex)];
        line.approximate = outline.approximate;
        line.method = outline.method;
    }
    line.summary = r.summary;
    line.sources = r.sources;
    for (const QString &id : r.sources)
        line.sourceTitles << t.sourceTitle(id);
    return line;
}

TerritorySection TerritorySection::build(const Atlas &atlas, const QString &iso3, const Date &date)
{
    TerritorySection section;
    for (int i : atlas.territories.concerning(iso3, date))
        section.lines.push_back(lineFor(atlas, i));
    return section;
}

TerritorySection TerritorySection::at(const Atlas &atlas, LonLat point, const Date &date)
{
    TerritorySection section;
    const Identification id = Identification::at(atlas, point, date);
    if (id.record >= 0)
        section.lines.push_back(lineFor(atlas, id.record));
    return section;
}

QString TerritorySection::toMarkdown() const
{
    if (lines.empty())
        return {};
    QString md = QStringLiteral("\n## Territory\n\n");
    for (const Line &l : lines) {
        md += QStringLiteral("- **%1**: %2 since %3; controlled by %4, claimed by %5. %6%7 _Sources: %8_\n")
                  .arg(l.name, l.status, l.since.toDisplayString(), l.controlledBy, l.claimedBy.join(QStringLiteral(", ")),
                       l.summary,
                       l.approximate ? QStringLiteral(" (Outline approximate: %1.)").arg(l.method) : QString(),
                       l.sourceTitles.join(QStringLiteral("; ")));
    }
    return md;
}

QString TerritorySection::Line::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    return QStringLiteral("<p><b>%1</b>: %2 since %3<br>Controlled by %4; claimed by %5<br>%6%7<br><i>Sources: %8</i></p>")
        .arg(esc(name), esc(status), esc(since.toDisplayString()), esc(controlledBy), esc(claimedBy.join(QStringLiteral(", "))),
             esc(summary), approximate ? QStringLiteral(" <i>Outline approximate: %1.</i>").arg(esc(method)) : QString(),
             esc(sourceTitles.join(QStringLiteral("; "))));
}

QString TerritorySection::toHtml() const
{
    if (lines.empty())
        return {};
    QString html = QStringLiteral("<h2>Territory</h2>");
    for (const Line &l : lines)
        html += l.toHtml();
    return html;
}

QJsonArray TerritorySection::toJson() const
{
    QJsonArray out;
    for (const Line &l : lines)
        out.append(QJsonObject{{QStringLiteral("id"), l.record},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("status"), l.status},
                               {QStringLiteral("controlled_by"), l.controlledBy},
                               {QStringLiteral("claimed_by"), QJsonArray::fromStringList(l.claimedBy)},
                               {QStringLiteral("since"), l.since.toIsoString()},
                               {QStringLiteral("approximate"), l.approximate},
                               {QStringLiteral("summary"), l.summary},
                               {QStringLiteral("sources"), QJsonArray::fromStringList(l.sources)}});
    return out;
}

} // namespace crossroads
