// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "model/date.h"
#include "model/vocabulary.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace crossroads {

// The records of the timeline files, as loaded and validated. Field meanings
// are documented in geodata/README.md.

struct Group
{
    QString id;
    QString name;
    QColor colour;
    GroupChannel channel = GroupChannel::Fill;
    QString description;
};

// A span of dates: from `from` (inclusive) until `until` (exclusive; none:
// still holds). A bound known only to the month or year takes effect at the
// end of that period (Date::effectiveDay): a standing "from 2025-06" holds
// from 1 July 2025, so it is never shown before it can have happened.
struct Interval
{
    Date from;
    std::optional<Date> until;
    qint64 startDay() const { return from.effectiveDay(); }
    bool contains(const Date &d) const
    {
        return startDay() <= d.julianDay() && (!until || d.julianDay() < until->effectiveDay());
    }
};

// One entry of the source registry (timeline/sources.json). Records cite
// sources by id; users read the citation, scripts get the id.
struct Source
{
    QString id;
    QString title;
    QString publisher;
    QString author;
    Date date;  // of publication; may be invalid when unknown
    QString url;
    QString kind;
    QString note;  // what the source settled, for maintainers

    // "Title", Publisher or author, 15 Sep 2020.
    QString citation() const;
};

struct StandingRecord
{
    QString id;
    QString country;
    QString group;
    Standing standing = Standing::None;
    Interval interval;
    Certainty certainty = Certainty::Confirmed;
    QString summary;
    // The text names a later date as a plan or forecast made on its own date.
    bool forwardLooking = false;
    QStringList sources;
};

struct CorridorPhase
{
    QString id;
    CorridorStatus status = CorridorStatus::None;
    Interval interval;
    Certainty certainty = Certainty::Confirmed;
    QString summary;
    // The text names a later date as a plan or forecast made on its own date.
    bool forwardLooking = false;
    QStringList sources;
};

struct CorridorLeg
{
    int seq = 0;
    LegMode mode = LegMode::Rail;
    QString from;
    QString to;
    std::vector<LonLat> points;
};

struct Corridor
{
    QString id;
    // Countries a corridor without a drawn route concerns (a link agreed
    // but never routed); with legs, the route decides.
    QStringList countries;
    QString name;
    QString shortName;
    QColor colour;
    QString summary;
    QStringList sources;
    std::vector<CorridorPhase> phases;  // in date order
    std::vector<CorridorLeg> legs;      // in travel order
};

struct Place
{
    QString id;
    QString name;
    QString country;
    QString kind;
    LonLat position;
};

struct Event
{
    QString id;
    Date date;
    QString title;
    QString summary;
    // The text names a later date as a plan or forecast made on its own date.
    bool forwardLooking = false;
    QStringList countries;
    QString place;  // id in places; may be empty
    Certainty certainty = Certainty::Confirmed;
    QStringList sources;
    QStringList tags;
};

struct Relation
{
    QString id;
    QStringList countries;
    QString kind;
    Interval interval;
    Certainty certainty = Certainty::Confirmed;
    QString summary;
    // The text names a later date as a plan or forecast made on its own date.
    bool forwardLooking = false;
    QStringList sources;
};

struct TimelineData
{
    std::vector<Source> sources;
    std::vector<Group> groups;
    std::vector<StandingRecord> standings;
    std::vector<Corridor> corridors;
    std::vector<Place> places;
    std::vector<Event> events;
    std::vector<Relation> relations;
};

} // namespace crossroads
