// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/timeline.h"

#include <algorithm>

namespace crossroads {

Timeline::Timeline(TimelineData data) : m_data(std::move(data))
{
    std::stable_sort(m_data.events.begin(), m_data.events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    for (Corridor &corridor : m_data.corridors) {
        std::sort(corridor.phases.begin(), corridor.phases.end(),
                  [](const CorridorPhase &a, const CorridorPhase &b) { return a.interval.startDay() < b.interval.startDay(); });
        std::sort(corridor.legs.begin(), corridor.legs.end(),
                  [](const CorridorLeg &a, const CorridorLeg &b) { return a.seq < b.seq; });
    }

    for (const StandingRecord &record : m_data.standings) {
        if (!m_countryIndex.contains(record.country)) {
            m_countryIndex.insert(record.country, int(m_countries.size()));
            m_countries.append(record.country);
        }
    }
    const size_t groups = m_data.groups.size();
    m_cells.resize(size_t(m_countries.size()) * groups);
    for (size_t i = 0; i < m_data.standings.size(); ++i) {
        const StandingRecord &record = m_data.standings[i];
        const int group = groupIndex(record.group);
        if (group < 0)
            continue;  // the loader rejects these; a hand-built TimelineData may not
        m_cells[size_t(countryIndex(record.country)) * groups + size_t(group)].push_back(int(i));
    }
    for (std::vector<int> &cell : m_cells)
        std::sort(cell.begin(), cell.end(), [this](int a, int b) {
            return m_data.standings[size_t(a)].interval.startDay() < m_data.standings[size_t(b)].interval.startDay();
        });
    for (size_t i = 0; i < m_data.sources.size(); ++i)
        m_sourceIndex.insert(m_data.sources[i].id, int(i));

    auto widen = [this](const Date &d) {
        if (!d.isValid())
            return;
        if (!m_first.isValid() || d < m_first)
            m_first = Date::fromDay(d.firstDay());
        if (!m_last.isValid() || m_last < d)
            m_last = Date::fromDay(d.firstDay());
    };
    for (const Event &event : m_data.events) {
        m_eventDays.push_back(event.date.julianDay());
        widen(event.date);
        if (m_eventDates.empty() || m_eventDates.back().julianDay() != event.date.julianDay())
            m_eventDates.push_back(Date::fromDay(event.date.firstDay()));
    }
    for (const StandingRecord &record : m_data.standings) {
        widen(record.interval.from);
        if (record.interval.until)
            widen(*record.interval.until);
    }
    for (const Corridor &corridor : m_data.corridors)
        for (const CorridorPhase &phase : corridor.phases) {
            widen(phase.interval.from);
            if (phase.interval.until)
                widen(*phase.interval.until);
        }
}

WorldState Timeline::stateAt(const Date &date) const
{
    WorldState state;
    state.date = date;
    state.groupCount = int(m_data.groups.size());
    state.cells.resize(m_cells.size());
    for (size_t c = 0; c < m_cells.size(); ++c) {
        for (int record : m_cells[c]) {
            const StandingRecord &r = m_data.standings[size_t(record)];
            if (date.julianDay() < r.interval.startDay())
                break;  // sorted by start: nothing later can hold
            if (r.interval.contains(date))
                state.cells[c] = {r.standing, record};
        }
    }
    state.corridors.resize(m_data.corridors.size());
    for (size_t k = 0; k < m_data.corridors.size(); ++k) {
        const std::vector<CorridorPhase> &phases = m_data.corridors[k].phases;
        for (size_t p = 0; p < phases.size(); ++p) {
            if (date.julianDay() < phases[p].interval.startDay())
                break;
            if (phases[p].interval.contains(date))
                state.corridors[k] = {phases[p].status, int(p)};
        }
    }
    state.eventCount = int(std::upper_bound(m_eventDays.begin(), m_eventDays.end(), date.julianDay()) - m_eventDays.begin());
    return state;
}

int Timeline::groupIndex(const QString &id) const
{
    for (size_t i = 0; i < m_data.groups.size(); ++i)
        if (m_data.groups[i].id == id)
            return int(i);
    return -1;
}

const Group *Timeline::group(const QString &id) const
{
    const int i = groupIndex(id);
    return i < 0 ? nullptr : &m_data.groups[size_t(i)];
}

const Corridor *Timeline::corridor(const QString &id) const
{
    for (const Corridor &c : m_data.corridors)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Place *Timeline::place(const QString &id) const
{
    for (const Place &p : m_data.places)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Event *Timeline::event(const QString &id) const
{
    for (const Event &e : m_data.events)
        if (e.id == id)
            return &e;
    return nullptr;
}

const Source *Timeline::source(const QString &id) const
{
    const int i = m_sourceIndex.value(id, -1);
    return i < 0 ? nullptr : &m_data.sources[size_t(i)];
}

QString Timeline::citation(const QString &id) const
{
    const Source *s = source(id);
    return s ? s->citation() : id;
}

QStringList Timeline::citations(const QStringList &ids) const
{
    QStringList out;
    for (const QString &id : ids)
        out << citation(id);
    return out;
}

std::vector<const Event *> Timeline::latestEvents(const Date &date) const
{
    std::vector<const Event *> out;
    const auto end = std::upper_bound(m_eventDays.begin(), m_eventDays.end(), date.julianDay());
    if (end == m_eventDays.begin())
        return out;
    const qint64 day = *(end - 1);
    for (auto it = end; it != m_eventDays.begin() && *(it - 1) == day; --it)
        out.push_back(&m_data.events[size_t(it - 1 - m_eventDays.begin())]);
    std::reverse(out.begin(), out.end());  // in the record's order
    return out;
}

std::vector<const StandingRecord *> Timeline::history(const QString &iso3, const QString &group) const
{
    std::vector<const StandingRecord *> out;
    const int country = countryIndex(iso3);
    const int g = groupIndex(group);
    if (country < 0 || g < 0)
        return out;
    for (int record : m_cells[size_t(country) * m_data.groups.size() + size_t(g)])
        out.push_back(&m_data.standings[size_t(record)]);
    return out;
}

std::vector<const Event *> Timeline::eventsOf(const QString &iso3, const Date &date) const
{
    std::vector<const Event *> out;
    for (auto it = m_data.events.rbegin(); it != m_data.events.rend(); ++it)
        if (it->date.julianDay() <= date.julianDay() && it->countries.contains(iso3))
            out.push_back(&*it);
    return out;
}

std::vector<const Relation *> Timeline::relationsOf(const QString &iso3, const Date &date) const
{
    std::vector<const Relation *> out;
    for (const Relation &r : m_data.relations)
        if (r.countries.contains(iso3) && r.interval.contains(date))
            out.push_back(&r);
    return out;
}

} // namespace crossroads
