// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/timeline_data.h"
#include "model/world_state.h"

#include <QHash>

namespace crossroads {

// Answers "what held on date D?" over validated timeline data. Built once;
// stateAt() is a pure function of the date and cheap enough for a slider to
// call on every frame. Never reads the clock.
class Timeline
{
public:
    Timeline() = default;
    explicit Timeline(TimelineData data);

    WorldState stateAt(const Date &date) const;

    const TimelineData &data() const { return m_data; }
    const std::vector<Group> &groups() const { return m_data.groups; }
    const std::vector<Corridor> &corridors() const { return m_data.corridors; }
    const std::vector<Event> &events() const { return m_data.events; }  // in date order
    const std::vector<Relation> &relations() const { return m_data.relations; }

    // Countries that have a standing record, in a stable order; WorldState
    // cells are indexed by position in this list.
    const QStringList &countries() const { return m_countries; }
    int countryIndex(const QString &iso3) const { return m_countryIndex.value(iso3, -1); }
    int groupIndex(const QString &id) const;
    const Group *group(const QString &id) const;
    const Corridor *corridor(const QString &id) const;
    const Place *place(const QString &id) const;
    const Event *event(const QString &id) const;
    // The registry entry for a cited id; null for an unknown id (or free
    // text in a folder without a registry).
    const Source *source(const QString &id) const;
    // What a reader sees for a cited id: the citation by title, or the text
    // itself when it is not in the registry.
    QString citation(const QString &id) const;
    QStringList citations(const QStringList &ids) const;

    // Earliest and latest dates anywhere in the data (starts, ends, events).
    // The latest is where the record ends: nothing after it is recorded.
    Date firstDate() const { return m_first; }
    Date lastDate() const { return m_last; }
    bool isBeyondRecord(const Date &date) const { return m_last.isValid() && date.julianDay() > m_last.julianDay(); }

    // Every event of the latest day with events on or before `date` (several
    // things can happen on one day); empty before the first event.
    std::vector<const Event *> latestEvents(const Date &date) const;

    // The standing records of one country in one group, in date order.
    std::vector<const StandingRecord *> history(const QString &iso3, const QString &group) const;
    // Events involving `iso3` whose date is not after `date`, newest first.
    std::vector<const Event *> eventsOf(const QString &iso3, const Date &date) const;
    // Relations of `iso3` that hold on `date`.
    std::vector<const Relation *> relationsOf(const QString &iso3, const Date &date) const;
    // Event dates in order without repeats: the stops of "previous/next event".
    const std::vector<Date> &eventDates() const { return m_eventDates; }

private:
    TimelineData m_data;
    QStringList m_countries;
    QHash<QString, int> m_countryIndex;
    QHash<QString, int> m_sourceIndex;
    // For each cell (country * groups + group): indices into standings, by date.
    std::vector<std::vector<int>> m_cells;
    std::vector<qint64> m_eventDays;  // first day of each event, sorted
    std::vector<Date> m_eventDates;
    Date m_first;
    Date m_last;
};

} // namespace crossroads
