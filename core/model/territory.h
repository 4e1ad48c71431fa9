// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"
#include "model/timeline_data.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace crossroads {

// One dated, sourced fact about who controls or claims a piece of territory
// (geodata/timeline/territories.json). A change of control is a new record;
// records of one territory follow each other.
struct TerritoryRecord
{
    QString id;
    QString name;         // "Nagorno-Karabakh"
    QString outline;      // id of an Outline in the boundary data; empty: not drawn
    int outlineIndex = -1;
    QString country;      // the state it belongs to in international law (ISO3)
    QString status;       // one of Territories::statusWords()
    QString controlledBy; // ISO3 or an authority code (XNK, ...); empty: nobody holds it firmly
    QStringList claimedBy;
    Interval interval;
    Certainty certainty = Certainty::Confirmed;
    QString summary;
    QStringList sources;
};

// All territory records and the outlines they draw, with the questions the
// map, the briefing and `identify` ask. A value, immutable once loaded.
class Territories
{
public:
    Territories() = default;
    Territories(std::vector<TerritoryRecord> records, std::vector<Outline> outlines, QHash<QString, QString> authorities,
                QHash<QString, QString> sourceTitles = {});

    const std::vector<TerritoryRecord> &records() const { return m_records; }
    const std::vector<Outline> &outlines() const { return m_outlines; }
    bool empty() const { return m_records.empty(); }

    // The name of a controller or claimant that is not a state in the
    // boundary data (XNK -> "Nagorno-Karabakh Republic"); empty if unknown.
    QString authorityName(const QString &code) const { return m_authorities.value(code); }
    const QHash<QString, QString> &authorities() const { return m_authorities; }
    // The title users read for a source id (the registry's), else the id.
    QString sourceTitle(const QString &id) const { return m_sourceTitles.value(id, id); }

    // Indices of the records that hold on `date`.
    std::vector<int> at(const Date &date) const;
    // Indices of the records holding on `date` that `code` controls or
    // claims, or that lie in its internationally recognised territory.
    std::vector<int> concerning(const QString &code, const Date &date) const;
    // The record holding on `date` whose outline contains the point, or -1.
    int recordAt(LonLat point, const Date &date) const;

    // Vocabulary of `status`, with the words users read.
    static QStringList statusWords();
    static QString statusLabel(const QString &status);

private:
    std::vector<TerritoryRecord> m_records;
    std::vector<Outline> m_outlines;
    QHash<QString, QString> m_authorities;
    QHash<QString, QString> m_sourceTitles;
};

// Odd-even containment of a lon/lat point in a multipolygon (holes and parts
// alike), with a bounding-box test first.
bool containsPoint(const MultiPolygon &geometry, LonLat point);

} // namespace crossroads
