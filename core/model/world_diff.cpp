// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/world_diff.h"

#include <QJsonArray>

#include <algorithm>

namespace crossroads {
namespace {

// A standing or phase known only to the month takes effect at the end of
// it (Date::effectiveDay), as the map shows it; events count from their
// first day, as the timeline counts them.
bool inRange(qint64 day, const Date &from, const Date &to)
{
    return day > from.julianDay() && day <= to.julianDay();
}

QString kindName(WorldDiff::Change::Kind kind)
{
    switch (kind) {
    case WorldDiff::Change::Kind::Standing:
        return QStringLiteral("standing");
    case WorldDiff::Change::Kind::Corridor:
        return QStringLiteral("corridor");
    case WorldDiff::Change::Kind::Territory:
        return QStringLiteral("territory");
    case WorldDiff::Change::Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

QString certaintyWord(Certainty c)
{
    return toString(c);
}

} // namespace

Result<WorldDiff> WorldDiff::build(const Atlas &atlas, const Date &from, const Date &to, const QString &country)
{
    if (!(from.julianDay() < to.julianDay()))
        return Error{{}, {}, QStringLiteral("--to (%1) must be after --from (%2)").arg(to.toIsoString(), from.toIsoString())};
    const Timeline &t = atlas.timeline;
    WorldDiff diff;
    diff.m_from = from;
    diff.m_to = to;
    diff.m_country = country;

    // Standings: each record that begins in (from, to], and each that ends
    // there without a successor on the same day.
    for (const StandingRecord &r : t.data().standings) {
        if (!country.isEmpty() && r.country != country)
            continue;
        const Group *group = t.group(r.group);
        const QString groupName = group ? group->name : r.group;
        const auto history = t.history(r.country, r.group);
        auto before = [&](const Date &day) {
            const Date eve = day.addDays(-1);
            for (const StandingRecord *h : history)
                if (h->interval.contains(eve))
                    return h->standing;
            return Standing::None;
        };
        if (inRange(r.interval.from.effectiveDay(), from, to)) {
            Change c;
            c.kind = Change::Kind::Standing;
            c.date = r.interval.from;
            c.subject = r.country;
            c.group = r.group;
            c.before = before(r.interval.from) == Standing::None ? QString() : toString(before(r.interval.from));
            c.after = toString(r.standing);
            c.title = QStringLiteral("%1: %2, %3").arg(atlas.displayName(r.country), groupName, displayName(r.standing));
            c.summary = r.summary;
            c.certainty = r.certainty;
            c.sources = r.sources;
            diff.m_changes.push_back(c);
        }
        if (r.interval.until && inRange(r.interval.until->effectiveDay(), from, to)) {
            const bool succeeded = std::any_of(history.begin(), history.end(), [&](const StandingRecord *h) {
                return h->interval.from.effectiveDay() == r.interval.until->effectiveDay();
            });
            if (!succeeded) {
                Change c;
                c.kind = Change::Kind::Standing;
                c.date = *r.interval.until;
                c.subject = r.country;
                c.group = r.group;
                c.before = toString(r.standing);
                c.title = QStringLiteral("%1: %2, no longer %3").arg(atlas.displayName(r.country), groupName, displayName(r.standing));
                c.summary = r.summary;
                c.certainty = r.certainty;
                c.sources = r.sources;
                diff.m_changes.push_back(c);
            }
        }
    }

    // Corridor phases, for a country only the corridors with a stop in it.
    for (const Corridor &corridor : t.corridors()) {
        if (!country.isEmpty()) {
            const bool crosses = std::any_of(corridor.legs.begin(), corridor.legs.end(), [&](const CorridorLeg &leg) {
                const Place *a = t.place(leg.from), *b = t.place(leg.to);
                return (a && a->country == country) || (b && b->country == country);
            });
            if (!crosses)
                continue;
        }
        for (size_t k = 0; k < corridor.phases.size(); ++k) {
            const CorridorPhase &p = corridor.phases[k];
            if (!inRange(p.interval.from.effectiveDay(), from, to))
                continue;
            Change c;
            c.kind = Change::Kind::Corridor;
            c.date = p.interval.from;
            c.subject = corridor.id;
            c.before = k > 0 ? toString(corridor.phases[k - 1].status) : QString();
            c.after = toString(p.status);
            c.title = QStringLiteral("%1: %2").arg(corridor.name, displayName(p.status));
            c.summary = p.summary;
            c.certainty = p.certainty;
            c.sources = p.sources;
            diff.m_changes.push_back(c);
        }
    }

    diff.addTerritory(atlas);

    for (const Event &e : t.events()) {
        if (!inRange(e.date.julianDay(), from, to) || (!country.isEmpty() && !e.countries.contains(country)))
            continue;
        Change c;
        c.kind = Change::Kind::Event;
        c.date = e.date;
        c.subject = e.id;
        c.title = e.title;
        c.summary = e.summary;
        c.certainty = e.certainty;
        c.sources = e.sources;
        diff.m_changes.push_back(c);
    }
    std::stable_sort(diff.m_changes.begin(), diff.m_changes.end(), [](const Change &a, const Change &b) {
        if (a.date.julianDay() != b.date.julianDay())
            return a.date.julianDay() < b.date.julianDay();
        return int(a.kind) < int(b.kind);
    });

    const WorldState a = t.stateAt(from), b = t.stateAt(to);
    for (int c = 0; c < int(t.countries().size()); ++c) {
        if (!country.isEmpty() && t.countries()[c] != country)
            continue;
        for (int g = 0; g < a.groupCount; ++g)
            if (a.cell(c, g).standing != b.cell(c, g).standing) {
                diff.m_countriesChanged << t.countries()[c];
                break;
            }
    }
    return diff;
}

// Territory records of one area follow each other under one name: a record
// beginning in the range is a change from its predecessor's status and
// holder; one ending there with no successor is the area leaving the record.
void WorldDiff::addTerritory(const Atlas &atlas)
{
    const std::vector<TerritoryRecord> &records = atlas.territories.records();
    auto concerns = [&](const TerritoryRecord &r) {
        return m_country.isEmpty() || r.country == m_country || r.controlledBy == m_country || r.claimedBy.contains(m_country);
    };
    auto holderName = [&](const QString &code) {
        return code.isEmpty() ? QStringLiteral("no one firmly") : atlas.displayName(code);
    };
    auto neighbour = [&](const TerritoryRecord &r, bool predecessor) -> const TerritoryRecord * {
        for (const TerritoryRecord &o : records) {
            if (o.name != r.name)
                continue;
            if (predecessor && o.interval.until && o.interval.until->julianDay() == r.interval.from.julianDay())
                return &o;
            if (!predecessor && r.interval.until && o.interval.from.julianDay() == r.interval.until->julianDay())
                return &o;
        }
        return nullptr;
    };
    for (const TerritoryRecord &r : records) {
        if (!concerns(r))
            continue;
        Change c;
        c.kind = Change::Kind::Territory;
        c.subject = r.id;
        c.summary = r.summary;
        c.certainty = r.certainty;
        c.sources = r.sources;
        if (inRange(r.interval.from.julianDay(), m_from, m_to)) {
            const TerritoryRecord *previous = neighbour(r, true);
            c.date = r.interval.from;
            c.before = previous ? previous->status : QString();
            c.after = r.status;
            c.controlledBy = r.controlledBy;
            c.claimedBy = r.claimedBy;
            QStringList claimants;
            for (const QString &code : r.claimedBy)
                claimants << atlas.displayName(code);
            c.title = QStringLiteral("%1: %2; controlled by %3, claimed by %4")
                          .arg(r.name, Territories::statusLabel(r.status), holderName(r.controlledBy), claimants.join(QStringLiteral(", ")));
            m_changes.push_back(c);
        }
        if (r.interval.until && inRange(r.interval.until->julianDay(), m_from, m_to) && !neighbour(r, false)) {
            c.date = *r.interval.until;
            c.before = r.status;
            c.after.clear();
            c.controlledBy.clear();
            c.claimedBy.clear();
            c.title = QStringLiteral("%1: no longer %2").arg(r.name, Territories::statusLabel(r.status));
            m_changes.push_back(c);
        }
    }
}

QJsonObject WorldDiff::toJson() const
{
    QJsonArray changes;
    for (const Change &c : m_changes) {
        QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)},
                      {QStringLiteral("date"), c.date.toIsoString()},
                      {QStringLiteral("id"), c.subject},
                      {QStringLiteral("title"), c.title},
                      {QStringLiteral("summary"), c.summary},
                      {QStringLiteral("certainty"), certaintyWord(c.certainty)},
                      {QStringLiteral("sources"), QJsonArray::fromStringList(c.sources)}};
        if (c.kind == Change::Kind::Standing) {
            o.insert(QStringLiteral("country"), c.subject);
            o.insert(QStringLiteral("group"), c.group);
        }
        if (c.kind == Change::Kind::Territory) {
            o.insert(QStringLiteral("controlled_by"), c.controlledBy.isEmpty() ? QJsonValue() : QJsonValue(c.controlledBy));
            o.insert(QStringLiteral("claimed_by"), QJsonArray::fromStringList(c.claimedBy));
        }
        if (c.kind != Change::Kind::Event) {
            o.insert(QStringLiteral("before"), c.before.isEmpty() ? QJsonValue() : QJsonValue(c.before));
            o.insert(QStringLiteral("after"), c.after.isEmpty() ? QJsonValue() : QJsonValue(c.after));
        }
        changes.append(o);
    }
    QJsonObject root{{QStringLiteral("from"), m_from.toIsoString()},
                     {QStringLiteral("to"), m_to.toIsoString()},
                     {QStringLiteral("countries_changed"), QJsonArray::fromStringList(m_countriesChanged)},
                     {QStringLiteral("changes"), changes}};
    if (!m_country.isEmpty())
        root.insert(QStringLiteral("country"), m_country);
    return root;
}

QString WorldDiff::heading() const
{
    return QStringLiteral("Changes after %1 up to %2%3")
        .arg(m_from.toDisplayString(), m_to.toDisplayString(), m_country.isEmpty() ? QString() : QStringLiteral(" (") + m_country + u')');
}

QString WorldDiff::toText(const SourceTitles &titles) const
{
    QString text = heading() + u'\n';
    if (m_changes.empty())
        return text + QStringLiteral("\nNothing changed.\n");
    for (const Change &c : m_changes) {
        text += QStringLiteral("\n%1  [%2, %3] %4\n").arg(c.date.toDisplayString(), kindName(c.kind), certaintyWord(c.certainty), c.title);
        if (!c.summary.isEmpty())
            text += QStringLiteral("    %1\n").arg(c.summary);
        if (!c.sources.isEmpty())
            text += QStringLiteral("    Sources: %1\n").arg(titles.titles(c.sources).join(QStringLiteral("; ")));
    }
    return text;
}

QString WorldDiff::toMarkdown(const SourceTitles &titles) const
{
    QString md = QStringLiteral("# ") + heading() + u'\n';
    if (m_changes.empty())
        return md + QStringLiteral("\nNothing changed.\n");
    const std::pair<Change::Kind, QString> sections[] = {{Change::Kind::Standing, QStringLiteral("Standings")},
                                                         {Change::Kind::Corridor, QStringLiteral("Corridors")},
                                                         {Change::Kind::Territory, QStringLiteral("Territory")},
                                                         {Change::Kind::Event, QStringLiteral("Events")}};
    for (const auto &[kind, heading] : sections) {
        QString body;
        for (const Change &c : m_changes) {
            if (c.kind != kind)
                continue;
            body += QStringLiteral("- **%1**: %2 (%3)").arg(c.date.toDisplayString(), c.title, certaintyWord(c.certainty));
            if (!c.summary.isEmpty())
                body += QStringLiteral(". %1").arg(c.summary);
            if (!c.sources.isEmpty())
                body += QStringLiteral(" Sources: %1.").arg(titles.titles(c.sources).join(QStringLiteral("; ")));
            body += u'\n';
        }
        if (!body.isEmpty())
            md += QStringLiteral("\n## %1\n\n").arg(heading) + body;
    }
    return md;
}

} // namespace crossroads
