// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads {

struct Atlas;

// Finds countries by name or code, ignoring case and accents ("turkiye"
// finds Türkiye, "aze" finds Azerbaijan). Best matches first: exact code,
// exact name, name prefix, word prefix, anywhere in the name.
class CountrySearch
{
public:
    explicit CountrySearch(const Atlas &atlas);

    QStringList find(const QString &query, int limit = 10) const;  // ISO3 codes

    // Lower case, accents stripped (NFD, combining marks dropped).
    static QString fold(const QString &text);

private:
    struct Entry
    {
        QString iso3;
        QString name;    // folded display name
        QString source;  // folded source name, when it differs
    };
    std::vector<Entry> m_entries;
};

} // namespace crossroads
