// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"

#include <QJsonObject>

namespace crossroads {

// The briefing on one country as of one date: what an analyst gets on a
// click. Content only; the panel, the clipboard (Markdown) and `crossroads
// brief` (md, html, json) all format this same value.
struct Briefing
{
    // A cited source as the reader sees it: by title, with its address when
    // public. `id` is what scripts get (JSON).
    struct Citation
    {
        QString id;
        QString text;
        QString url;
    };
    using Citations = std::vector<Citation>;

    struct StandingLine
    {
        QString group;
        QString groupName;
        Standing standing = Standing::None;
        Date since;
        Certainty certainty = Certainty::Confirmed;
        QString summary;
        Citations sources;
    };
    struct CorridorLine
    {
        QString id;
        QString name;
        CorridorStatus status = CorridorStatus::None;
        Date since;
        double kilometresInside = 0;  // geodesic length of the route inside the country
        QStringList modes;
        QString summary;
        Citations sources;
    };
    struct RelationLine
    {
        QStringList others;  // display names of the other parties
        QString kind;
        Date since;
        Certainty certainty = Certainty::Confirmed;
        QString summary;
        Citations sources;
    };
    struct EventLine
    {
        QString id;
        Date date;
        QString title;
        QString summary;
        Certainty certainty = Certainty::Confirmed;
        Citations sources;
    };

    QString iso3;
    QString name;
    Date date;
    // The record's last day, and (after it) a sentence saying so.
    Date recordLastDay;
    QString recordEnd;
    bool inFocus = false;
    std::vector<StandingLine> standings;
    std::vector<CorridorLine> corridors;
    std::vector<RelationLine> relations;
    std::vector<EventLine> events;  // newest first
    QString notes;                  // the analyst's own, supplied by the app

    static Briefing build(const Atlas &atlas, const QString &iso3, const Date &date);

    QString toMarkdown() const;
    // Self-contained HTML; every text from data is escaped, nothing remote.
    QString toHtml() const;
    QJsonObject toJson() const;
};

} // namespace crossroads
