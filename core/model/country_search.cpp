// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/country_search.h"

#include "model/atlas.h"

#include <algorithm>

namespace crossroads {

QString CountrySearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue;
        out.append(c.toCaseFolded());
    }
    // Letters NFD does not decompose.
    out.replace(u'ı', u'i');
    out.replace(u'ø', u'o');
    out.replace(u'ß', QStringLiteral("ss"));
    return out.simplified();
}

CountrySearch::CountrySearch(const Atlas &atlas)
{
    for (const Country &c : atlas.countries) {
        if (c.iso3.isEmpty())
            continue;
        const QString display = fold(atlas.displayName(c.iso3));
        const QString source = fold(c.name);
        m_entries.push_back({c.iso3, display, source == display ? QString() : source});
    }
}

QStringList CountrySearch::find(const QString &query, int limit) const
{
    const QString q = fold(query);
    if (q.isEmpty())
        return {};
    auto rank = [&](const Entry &e) -> int {
        if (e.iso3.compare(q, Qt::CaseInsensitive) == 0)
            return 0;
        int best = 99;
        for (const QString &name : {e.name, e.source}) {
            if (name.isEmpty())
                continue;
            if (name == q)
                best = std::min(best, 1);
            else if (name.startsWith(q))
                best = std::min(best, 2);
            else if (name.contains(u' ' + q) || name.contains(u'-' + q))
                best = std::min(best, 3);
            else if (name.contains(q))
                best = std::min(best, 4);
        }
        return best;
    };
    std::vector<std::pair<int, const Entry *>> hits;
    for (const Entry &e : m_entries)
        if (const int r = rank(e); r < 99)
            hits.push_back({r, &e});
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->name < b.second->name;
    });
    QStringList out;
    for (const auto &hit : hits) {
        if (out.size() >= limit)
            break;
        out << hit.second->iso3;
    }
    return out;
}

} // namespace crossroads
