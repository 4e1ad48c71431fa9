// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/state_report.h"

#include "model/record_notes.h"

#include <QJsonArray>

namespace crossroads {

StateReport::StateReport(const Atlas &atlas, const Date &date, const QString &country)
    : m_atlas(atlas), m_date(date), m_country(country), m_state(atlas.timeline.stateAt(date))
{
}

QJsonObject StateReport::toJson() const
{
    const Timeline &t = m_atlas.timeline;
    QJsonObject countries;
    for (int c = 0; c < int(t.countries().size()); ++c) {
        const QString &code = t.countries()[c];
        if (!m_country.isEmpty() && code != m_country)
            continue;
        QJsonObject groups;
        for (int g = 0; g < m_state.groupCount; ++g) {
            const Standing s = m_state.cell(c, g).standing;
            if (s != Standing::None)
                groups.insert(t.groups()[size_t(g)].id, toString(s));
        }
        if (!groups.isEmpty())
            countries.insert(code, groups);
    }
    QJsonObject corridors;
    for (size_t k = 0; k < t.corridors().size(); ++k)
        if (m_state.corridors[k].status != CorridorStatus::None)
            corridors.insert(t.corridors()[k].id, toString(m_state.corridors[k].status));
    QJsonArray events;
    for (int i = 0; i < m_state.eventCount; ++i) {
        const Event &e = t.events()[size_t(i)];
        if (m_country.isEmpty() || e.countries.contains(m_country))
            events.append(e.id);
    }
    return QJsonObject{{QStringLiteral("date"), m_date.toIsoString()},
                       {QStringLiteral("record_ends"), t.lastDate().toIsoString()},
                       {QStringLiteral("beyond_record"), t.isBeyondRecord(m_date)},
                       {QStringLiteral("countries"), countries},
                       {QStringLiteral("corridors"), corridors},
                       {QStringLiteral("events"), events}};
}

QString StateReport::toText() const
{
    const Timeline &t = m_atlas.timeline;
    QString text = QStringLiteral("As of %1\n").arg(m_date.toDisplayString());
    if (const QString end = RecordNotes::recordEnd(t, m_date); !end.isEmpty())
        text += end + u'\n';
    text += QStringLiteral("\nStandings\n");
    bool any = false;
    for (int c = 0; c < int(t.countries().size()); ++c) {
        const QString &code = t.countries()[c];
        if (!m_country.isEmpty() && code != m_country)
            continue;
        for (int g = 0; g < m_state.groupCount; ++g) {
            const WorldState::Cell &cell = m_state.cell(c, g);
            if (cell.standing == Standing::None)
                continue;
            const StandingRecord &r = t.data().standings[size_t(cell.record)];
            text += QStringLiteral("  %1 %2: %3 in %4 since %5%6\n")
                        .arg(code, m_atlas.displayName(code), displayName(cell.standing), t.groups()[size_t(g)].name,
                             r.interval.from.toDisplayString(), RecordNotes::certaintySuffix(r.certainty));
            any = true;
        }
    }
    if (!any)
        text += QStringLiteral("  none\n");
    // Only corridors that existed on the date: naming one before it was
    // proposed would speak of the future.
    text += QStringLiteral("\nCorridors\n");
    bool anyCorridor = false;
    for (size_t k = 0; k < t.corridors().size(); ++k) {
        if (m_state.corridors[k].status == CorridorStatus::None)
            continue;
        text += QStringLiteral("  %1: %2\n").arg(t.corridors()[k].name, displayName(m_state.corridors[k].status));
        anyCorridor = true;
    }
    if (!anyCorridor)
        text += QStringLiteral("  none\n");
    text += QStringLiteral("\nEvents up to this date\n");
    for (int i = 0; i < m_state.eventCount; ++i) {
        const Event &e = t.events()[size_t(i)];
        if (m_country.isEmpty() || e.countries.contains(m_country))
            text += QStringLiteral("  %1  %2 [%3]\n").arg(e.date.toEventString(), -13).arg(e.title, toString(e.certainty));
    }
    return text;
}

} // namespace crossroads
