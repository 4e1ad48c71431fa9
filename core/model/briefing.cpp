// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/briefing.h"

#include "model/record_notes.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace crossroads {
namespace {

QString certaintyNote(Certainty c)
{
    return RecordNotes::certaintySuffix(c);
}

// A standing or phase dated only to the month or year began at some point in
// that period: say so, so the uncertainty stays visible.
QString precisionNote(const Date &since)
{
    return since.isExactDay() ? QString() : QStringLiteral(" (day not recorded)");
}

QString routeNote(const Briefing::CorridorLine &c)
{
    if (c.modes.isEmpty())
        return QStringLiteral("no route drawn");
    return QStringLiteral("%1 km of route inside (%2)").arg(std::lround(c.kilometresInside)).arg(c.modes.join(QStringLiteral(", ")));
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Briefing::Citations citationsOf(const Timeline &t, const QStringList &ids)
{
    Briefing::Citations out;
    for (const QString &id : ids) {
        const Source *s = t.source(id);
        out.push_back({id, s ? s->citation() : id, s ? s->url : QString()});
    }
    return out;
}

QJsonArray idsOf(const Briefing::Citations &citations)
{
    QJsonArray out;
    for (const Briefing::Citation &c : citations)
        out.append(c.id);
    return out;
}

QString sourcesText(const Briefing::Citations &citations)
{
    QStringList parts;
    for (const Briefing::Citation &c : citations)
        parts << (c.url.isEmpty() ? c.text : QStringLiteral("%1 <%2>").arg(c.text, c.url));
    return parts.join(QStringLiteral("; "));
}

// A citation with an address is shown with a link that opens only when
// clicked; free text in a folder without a registry may still end with
// "<https://...>". Everything else is escaped text.
QString sourceHtml(const Briefing::Citation &c)
{
    QString text = c.text;
    QString url = c.url;
    static const QRegularExpression link(QStringLiteral("^(.*?)\\s*<(https?://[^\\s>]+)>\\s*$"));
    if (url.isEmpty())
        if (const QRegularExpressionMatch m = link.match(text); m.hasMatch()) {
            text = m.captured(1);
            url = m.captured(2);
        }
    if (url.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("%1 <a href=\"%2\">link</a>").arg(text.toHtmlEscaped(), url.toHtmlEscaped());
}

QString sourcesHtml(const Briefing::Citations &sources)
{
    QStringList parts;
    for (const Briefing::Citation &s : sources)
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
    b.recordLastDay = t.lastDate();
    b.recordEnd = RecordNotes::recordEnd(t, date);
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
                    earlier.interval.until->effectiveDay() == since.effectiveDay())
                    since = earlier.interval.from;
            }
            b.standings.push_back({t.groups()[size_t(g)].id, t.groups()[size_t(g)].name, cell.standing, since, r.certainty,
                                   r.summary, citationsOf(t, r.sources)});
        }
    }

    if (const Country *country = atlas.country(iso3)) {
        const std::vector<CorridorLengths::Entry> &lengths = atlas.corridorLengths->of(*country, t.corridors());
        for (size_t k = 0; k < t.corridors().size(); ++k) {
            const Corridor &corridor = t.corridors()[k];
            const WorldState::CorridorCell &cell = state.corridors[k];
            if (cell.status == CorridorStatus::None)
                continue;
            // A link agreed but never routed names its countries instead.
            if (!lengths[k].touches && !(corridor.legs.empty() && corridor.countries.contains(iso3)))
                continue;
            const CorridorPhase &phase = corridor.phases[size_t(cell.phase)];
            b.corridors.push_back({corridor.id, corridor.name, cell.status, phase.interval.from, lengths[k].metresInside / 1000.0,
                                   lengths[k].modes, phase.summary, citationsOf(t, phase.sources)});
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
        line.sources = citationsOf(t, r->sources);
        b.relations.push_back(std::move(line));
    }

    for (const Event *e : t.eventsOf(iso3, date))
        b.events.push_back({e->id, e->date, e->title, e->summary, e->certainty, citationsOf(t, e->sources)});
    b.territory = TerritorySection::build(atlas, iso3, date);
    return b;
}

QString Briefing::toMarkdown() const
{
    QString md = QStringLiteral("# %1 (%2)\n\n_As of %3_\n\n").arg(name, iso3, date.toDisplayString());
    if (!recordEnd.isEmpty())
        md += QStringLiteral("_%1_\n\n").arg(recordEnd);
    md += QStringLiteral("## Memberships\n\n");
    if (standings.empty())
        md += QStringLiteral("No standing in any group on this date.\n");
    for (const StandingLine &s : standings)
        md += QStringLiteral("- **%1**: %2 since %3%4%5. %6 _Sources: %7_\n")
                  .arg(s.groupName, displayName(s.standing), s.since.toDisplayString(), precisionNote(s.since),
                       certaintyNote(s.certainty), s.summary, sourcesText(s.sources));
    md += QStringLiteral("\n## Corridors\n\n");
    if (corridors.empty())
        md += QStringLiteral("No corridor crosses or ends here on this date.\n");
    for (const CorridorLine &c : corridors)
        md += QStringLiteral("- **%1**: %2 since %3%4; %5. %6 _Sources: %7_\n")
                  .arg(c.name, displayName(c.status), c.since.toDisplayString(), precisionNote(c.since), routeNote(c),
                       c.summary, sourcesText(c.sources));
    if (!relations.empty()) {
        md += QStringLiteral("\n## Relations\n\n");
        for (const RelationLine &r : relations)
            md += QStringLiteral("- **%1** with %2 since %3%4%5. %6 _Sources: %7_\n")
                      .arg(r.kind, r.others.join(QStringLiteral(", ")), r.since.toDisplayString(), precisionNote(r.since),
                           certaintyNote(r.certainty), r.summary, sourcesText(r.sources));
    }
    md += territory.toMarkdown();
    md += QStringLiteral("\n## Events (newest first)\n\n");
    if (events.empty())
        md += QStringLiteral("No recorded events up to this date.\n");
    for (const EventLine &e : events)
        md += QStringLiteral("- %1 — **%2**%3. %4 _Sources: %5_\n")
                  .arg(e.date.toEventString(), e.title, certaintyNote(e.certainty), e.summary, sourcesText(e.sources));
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
    if (!recordEnd.isEmpty())
        html += QStringLiteral("<p class=\"cert\">%1</p>").arg(esc(recordEnd));
    html += QStringLiteral("<h2>Memberships</h2>");
    if (standings.empty())
        html += QStringLiteral("<p>No standing in any group on this date.</p>");
    for (const StandingLine &s : standings)
        html += QStringLiteral("<p><b>%1</b>: %2 since %3<span class=\"cert\">%4</span><br>%5%6</p>")
                    .arg(esc(s.groupName), esc(displayName(s.standing)), esc(s.since.toDisplayString()),
                         esc(precisionNote(s.since) + certaintyNote(s.certainty)), esc(s.summary), sourcesHtml(s.sources));
    html += QStringLiteral("<h2>Corridors</h2>");
    if (corridors.empty())
        html += QStringLiteral("<p>No corridor crosses or ends here on this date.</p>");
    for (const CorridorLine &c : corridors)
        html += QStringLiteral("<p><b>%1</b>: %2 since %3<span class=\"cert\">%4</span>; %5<br>%6%7</p>")
                    .arg(esc(c.name), esc(displayName(c.status)), esc(c.since.toDisplayString()), esc(precisionNote(c.since)),
                         esc(routeNote(c)), esc(c.summary), sourcesHtml(c.sources));
    if (!relations.empty()) {
        html += QStringLiteral("<h2>Relations</h2>");
        for (const RelationLine &r : relations)
            html += QStringLiteral("<p><b>%1</b> with %2 since %3<span class=\"cert\">%4</span><br>%5%6</p>")
                        .arg(esc(r.kind), esc(r.others.join(QStringLiteral(", "))), esc(r.since.toDisplayString()),
                             esc(precisionNote(r.since) + certaintyNote(r.certainty)), esc(r.summary), sourcesHtml(r.sources));
    }
    html += territory.toHtml();
    html += QStringLiteral("<h2>Events, newest first</h2>");
    if (events.empty())
        html += QStringLiteral("<p>No recorded events up to this date.</p>");
    for (const EventLine &e : events)
        html += QStringLiteral("<p><b>%1</b> — %2<span class=\"cert\">%3</span><br>%4%5</p>")
                    .arg(esc(e.date.toEventString()), esc(e.title),
                         esc((e.date.isExactDay() ? QString() : QStringLiteral(" (day not recorded)")) + certaintyNote(e.certainty)),
                         esc(e.summary),
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
                             {QStringLiteral("sources"), idsOf(l.sources)}});
    QJsonArray c;
    for (const CorridorLine &l : corridors)
        c.append(QJsonObject{{QStringLiteral("corridor"), l.id},
                             {QStringLiteral("status"), toString(l.status)},
                             {QStringLiteral("since"), l.since.toIsoString()},
                             {QStringLiteral("km_inside"), std::round(l.kilometresInside * 10) / 10},
                             {QStringLiteral("modes"), toJsonArray(l.modes)},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("sources"), idsOf(l.sources)}});
    QJsonArray r;
    for (const RelationLine &l : relations)
        r.append(QJsonObject{{QStringLiteral("with"), toJsonArray(l.others)},
                             {QStringLiteral("kind"), l.kind},
                             {QStringLiteral("since"), l.since.toIsoString()},
                             {QStringLiteral("certainty"), toString(l.certainty)},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("sources"), idsOf(l.sources)}});
    QJsonArray e;
    for (const EventLine &l : events)
        e.append(QJsonObject{{QStringLiteral("id"), l.id},
                             {QStringLiteral("date"), l.date.toIsoString()},
                             {QStringLiteral("title"), l.title},
                             {QStringLiteral("summary"), l.summary},
                             {QStringLiteral("certainty"), toString(l.certainty)},
                             {QStringLiteral("sources"), idsOf(l.sources)}});
    QJsonObject o{{QStringLiteral("country"), iso3},   {QStringLiteral("name"), name},
                  {QStringLiteral("date"), date.toIsoString()}, {QStringLiteral("standings"), s},
                  {QStringLiteral("record_ends"), recordLastDay.toIsoString()},
                  {QStringLiteral("beyond_record"), !recordEnd.isEmpty()},
                  {QStringLiteral("corridors"), c},      {QStringLiteral("relations"), r},
                  {QStringLiteral("events"), e}};
    o.insert(QStringLiteral("territory"), territory.toJson());
    return o;
}

} // namespace crossroads
