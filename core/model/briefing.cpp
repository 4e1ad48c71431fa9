// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/briefing.h"

#include "geo/route_measure.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace crossroads {
namespace {

QString certaintyNote(Certainty c)
{
    return c == Certainty::Confirmed ? QString() : QStringLiteral(" (%1)").arg(toString(c));
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A source may end with "<https://...>": shown as a link that opens only
// when clicked. Everything else is escaped text.
QString sourceHtml(const QString &source)
{
    static const QRegularExpression link(QStringLiteral("^(.*?)\\s*<(https?://[^\\s>]+)>\\s*$"));
    const QRegularExpressionMatch m = link.match(source);
    if (!m.hasMatch())
        return source.toHtmlEscaped();
    const QString url = m.captured(2);
    return QStringLiteral("%1 <a href=\"%2\">link</a>").arg(m.captured(1).toHtmlEscaped(), url.toHtmlEscaped());
}

QString sourcesHtml(const QStringList &sources)
{
    QStringList parts;
    for (const QString &s : sources)
        parts << sourceHtml(s);
    return QStringLiteral("<div class=\"src\">Sources: %1</div>").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

Briefing Briefing::build(const Atlas &atlas, const QString &iso3, const Date &date)
{
    Briefing b;
    b.iso3 = iso3;
    b.name = atlas.displayName(iso3);
    b.date = date;
    b.inFocus = atlas.region.focus.contains(iso3);
    const Timeline &t = atlas.timeline;
    const WorldState state = t.stateAt(date);

    const int c = t.countryIndex(iso3);
    if (c >= 0) {
        for (int g = 0; g < state.groupCount; ++g) {
            const WorldState::Cell &cell = state.cell(c, g);
            if (cell.standing == Standing::None)
                continue;
            const StandingRecord &r = t.data().standings[size_t(cell.record)];
            // "Since" is when the present standing began, not the record's
            // start if an identical standing ran on from an earlier record
            // (Azerbaijan: prospective on reports, then prospective outright).
            Date since = r.interval.from;
            const auto history = t.history(iso3, t.groups()[size_t(g)].id);
            for (auto it = history.rbegin(); it != history.rend(); ++it) {
                const StandingRecord &earlier = **it;
                if (earlier.standing == cell.standing && earlier.interval.until &&
                    earlier.interval.until->julianDay() == since.julianDay())
                    since = earlier.interval.from;
            }
            b.standings.push_back({t.groups()[size_t(g)].id, t.groups()[size_t(g)].name, cell.standing, since, r.certainty,
                                   r.summary, r.sources});
        }
    }

    if (const Country *country = atlas.country(iso3)) {
        for (size_t k = 0; k < t.corridors().size(); ++k) {
            const Corridor &corridor = t.corridors()[k];
            const WorldState::CorridorCell &cell = state.corridors[k];
            if (cell.status == CorridorStatus::None)
                continue;
            double metres = 0;
            bool touches = false;
            QStringList modes;
            for (const CorridorLeg &leg : corridor.legs) {
                const RouteInside inside = measureRouteInside(leg.points, country->geometry);
                if (!inside.touches)
                    continue;
                touches = true;
                metres += inside.lengthMetres;
                if (!modes.contains(toString(leg.mode)))
                    modes << toString(leg.mode);
            }
            if (!touches)
                continue;
            const CorridorPhase &phase = corridor.phases[size_t(cell.phase)];
            b.corridors.push_back({corridor.id, corridor.name, cell.status, phase.interval.from, metres / 1000.0, modes,
                                   phase.summary, phase.sources});
        }
    }

    for (const Relation *r : t.relationsOf(iso3, date)) {
        RelationLine line;
        for (const QString &other : r->countries)
            if (other != iso3)
                line.others << atlas.displayName(other);
        line.kind = QString(r->kind).replace(u'_', u' ');  // data words ("diplomatic_relations") read as words
        line.since = r->interval.from;
        line.certainty = r->certainty;
        line.summary = r->summary;
        line.sources = r->sources;
        b.relations.push_back(std::move(line));
    }

    for (const Event *e : t.eventsOf(iso3, date))
        b.events.push_back({e->id, e->date, e->title, e->summary, e->certainty, e->sources});
    b.territory = TerritorySection::build(atlas, iso3, date);
    return b;
}

QString Briefing::toMarkdown() const
{
    QString md = QStringLiteral("# %1 (%2)\n\n_As of %3_\n\n").arg(name, iso3, date.toDisplayString());
    md += QStringLiteral("## Memberships\n\n");
    if (standings.empty())
        md += QStringLiteral("No standing in any group on this date.\n");
    for (const StandingLine &s : standings)
        md += QStringLiteral("- **%1**: %2 since %3%4. %5 _Sources: %6_\n")
                  .arg(s.groupName, displayName(s.standing), s.since.toDisplayString(), certaintyNote(s.certainty), s.summary,
                       s.sources.join(QStringLiteral("; ")));
    md += QStringLiteral("\n## Corridors\n\n");
    if (corridors.empty())
        md += QStringLiteral("No corridor crosses or ends here on this date.\n");
    for (const CorridorLine &c : corridors)
        md += QStringLiteral("- **%1**: %2 since %3; %4 km of route inside (%5). %6 _Sources: %7_\n")
                  .arg(c.name, displayName(c.status), c.since.toDisplayString())
                  .arg(std::lround(c.kilometresInside))
                  .arg(c.modes.join(QStringLiteral(", ")), c.summary, c.sources.join(QStringLiteral("; ")));
    if (!relations.empty()) {
        md += QStringLiteral("\n## Relations\n\n");
        for (const RelationLine &r : relations)
            md += QStringLiteral("- **%1** with %2 since %3%4. %5 _Sources: %6_\n")
                      .arg(r.kind, r.others.join(QStringLiteral(", ")), r.since.toDisplayString(), certaintyNote(r.certainty),
                           r.summary, r.sources.join(QStringLiteral("; ")));
    }
    md += territory.toMarkdown();
    md += QStringLiteral("\n## Events (newest first)\n\n");
    if (events.empty())
        md += QStringLiteral("No recorded events up to this date.\n");
    for (const EventLine &e : events)
        md += QStringLiteral("- %1 — **%2**%3. %4 _Sources: %5_\n")
                  .arg(e.date.toDisplayString(), e.title, certaintyNote(e.certainty), e.summary, e.sources.join(QStringLiteral("; ")));
    if (!notes.trimmed().isEmpty())
        md += QStringLiteral("\n## Analyst notes\n\n%1\n").arg(notes.trimmed());
    return md;
}

QString Briefing::toHtml() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"><style>"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;} h1{font-size:15pt;margin:0;} "
        "h2{font-size:11pt;margin:10px 0 4px 0;color:#333;} .asof{color:#555;} .src{color:#666;font-size:8.5pt;} "
        ".cert{color:#a04000;font-style:italic;} p{margin:2px 0 6px 0;}"
        "</style></head><body>");
    html += QStringLiteral("<h1>%1 <span class=\"asof\">(%2)</span></h1><div class=\"asof\">As of %3</div>")
                .arg(esc(name), esc(iso3), esc(date.toDisplayString()));
    html += QStringLiteral("<h2>Memberships</h2>");
    if (standings.empty())
        html += QStringLiteral("<p>No standing in any group on this date.</p>");
    for (const StandingLine &s : standings)
        html += QStringLiteral("<p><b>%1</b>: %2 since %3<span class=\"cert\">%4</span><br>%5%6</p>")
                    .arg(esc(s.groupName), esc(displayName(s.standing)), esc(s.since.toDisplayString()),
                         esc(certaintyNote(s.certainty)), esc(s.summary), sourcesHtml(s.sources));
    html += QStringLiteral("<h2>Corridors</h2>");
    if (corridors.empty())
        html += QStringLiteral("<p>No corridor crosses or ends here on this date.</p>");
    for (const CorridorLine &c : corridors)
        html += QStringLiteral("<p><b>%1</b>: %2 since %3; %4 km of route inside (%5)<br>%6%7</p>")
                    .arg(esc(c.name), esc(displayName(c.status)), esc(c.since.toDisplayString()))
                    .arg(std::lround(c.kilometresInside))
                    .arg(esc(c.modes.join(QStringLiteral(", "))), esc(c.summary), sourcesHtml(c.sources));
    if (!relations.empty()) {
        html += QStringLiteral("<h2>Relations</h2>");
        for (const RelationLine &r : relations)
            html += QStringLiteral("<p><b>%1</b> with %2 since %3<span class=\"cert\">%4</span><br>%5%6</p>")
                        .arg(esc(r.kind), esc(r.others.join(QStringLiteral(", "))), esc(r.since.toDisplayString()),
                             esc(certaintyNote(r.certainty)), esc(r.summary), sourcesHtml(r.sources));
    }
    html += territory.toHtml();
    html += QStringLiteral("<h2>Events, newest first</h2>");
    if (events.empty())
        html += QStringLiteral("<p>No recorded events up to this date.</p>");
    for (const EventLine &e : events)
        html += QStringLiteral("<p><b>%1</b> — %2<span class=\"cert\">%3</span><br>%4%5</p>")
                    .arg(esc(e.date.toDisplayString()), esc(e.title), esc(certaintyNote(e.certainty)), esc(e.summary),
                         sourcesHtml(e.sources));
    html += QStringLiteral("</body></html>");
    return html;
}

QJsonObject Briefing::toJson() const
{
    QJsonArray s;
    for (const StandingLine &l : standings)
        s.append(QJsonObject{{QStringLiteral("group"), l.group},
                             {QStringLiteral("standing"), toString(l.standing)},
                             {QStringLiteral("since"), l.since.toIsoString()},
                             {QStringLiteral("certainty"), toString(l.certainty)},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("sources"), toJsonArray(l.sources)}});
    QJsonArray c;
    for (const CorridorLine &l : corridors)
        c.append(QJsonObject{{QStringLiteral("corridor"), l.id},
                             {QStringLiteral("status"), toString(l.status)},
                             {QStringLiteral("since"), l.since.toIsoString()},
                             {QStringLiteral("km_inside"), std::round(l.kilometresInside * 10) / 10},
                             {QStringLiteral("modes"), toJsonArray(l.modes)},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("sources"), toJsonArray(l.sources)}});
    QJsonArray r;
    for (const RelationLine &l : relations)
        r.append(QJsonObject{{QStringLiteral("with"), toJsonArray(l.others)},
                             {QStringLiteral("kind"), l.kind},
                             {QStringLiteral("since"), l.since.toIsoString()},
                             {QStringLiteral("certainty"), toString(l.certainty)},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("sources"), toJsonArray(l.sources)}});
    QJsonArray e;
    for (const EventLine &l : events)
        e.append(QJsonObject{{QStringLiteral("id"), l.id},
                             {QStringLiteral("date"), l.date.toIsoString()},
                             {QStringLiteral("title"), l.title},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("certainty"), toString(l.certainty)},
                             {QStringLiteral("sources"), toJsonArray(l.sources)}});
    QJsonObject o{{QStringLiteral("country"), iso3},   {QStringLiteral("name"), name},
                  {QStringLiteral("date"), date.toIsoString()}, {QStringLiteral("standings"), s},
                  {QStringLiteral("corridors"), c},      {QStringLiteral("relations"), r},
                  {QStringLiteral("events"), e}};
    o.insert(QStringLiteral("territory"), territory.toJson());
    return o;
}

} // namespace crossroads
