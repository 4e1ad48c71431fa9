// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "model/source_titles.h"

#include <QJsonObject>

#include <vector>

namespace crossroads {

// What changed between two dates, each change on its own day with its
// certainty and sources: standings begun or ended, corridor phases, and
// territory changing hands or status, and the events in between. Built only
// from records dated on or before the later date. With a country, only its
// standings, the corridors crossing it, the territory it claims, controls
// or holds in law, and its events.
class WorldDiff
{
public:
    struct Change
    {
        enum class Kind { Standing, Corridor, Territory, Event };
        Kind kind = Kind::Event;
        Date date;
        QString subject;  // ISO3, corridor id, territory record id or event id
        QString group;    // standings: the group id
        QString before;   // standings, corridors, territory status: the old value ("" for none)
        QString after;
        QString title;    // what a reader sees: "Kazakhstan: Abraham Accords ..."
        QString summary;
        Certainty certainty = Certainty::Confirmed;
        QStringList sources;
        // Territory: who holds it and who claims it after the change.
        QString controlledBy;
        QStringList claimedBy;
    };

    // `from` must be before `to`.
    static Result<WorldDiff> build(const Atlas &atlas, const Date &from, const Date &to, const QString &country = {});

    const std::vector<Change> &changes() const { return m_changes; }
    // Countries whose standing in any group differs between the two dates.
    QStringList countriesChanged() const { return m_countriesChanged; }

    QJsonObject toJson() const;  // sources by id, for scripts
    QString toText(const SourceTitles &titles) const;
    QString toMarkdown(const SourceTitles &titles) const;

private:
    void addTerritory(const Atlas &atlas);
    // "Changes after 1 Jan 2020 up to 1 Jan 2024 (ARM)", for text and Markdown.
    QString heading() const;

    Date m_from, m_to;
    QString m_country;
    std::vector<Change> m_changes;  // by date, then standings, corridors, territory, events
    QStringList m_countriesChanged;
};

} // namespace crossroads
