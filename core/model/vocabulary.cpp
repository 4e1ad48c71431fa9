// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vocabulary.h"

#include <array>
#include <utility>

namespace crossroads {
namespace {

template <typename E, size_t N>
using WordTable = std::array<std::pair<E, const char *>, N>;

constexpr WordTable<Standing, 4> standings{{{Standing::Member, "member"},
                                            {Standing::Announced, "announced"},
                                            {Standing::Reported, "reported"},
                                            {Standing::Prospective, "prospective"}}};
constexpr WordTable<CorridorStatus, 5> statuses{{{CorridorStatus::Proposed, "proposed"},
                                                 {CorridorStatus::Announced, "announced"},
                                                 {CorridorStatus::Agreed, "agreed"},
                                                 {CorridorStatus::UnderConstruction, "under_construction"},
                                                 {CorridorStatus::Operational, "operational"}}};
constexpr WordTable<Certainty, 4> certainties{{{Certainty::Confirmed, "confirmed"},
                                               {Certainty::Reported, "reported"},
                                               {Certainty::Denied, "denied"},
                                               {Certainty::Expected, "expected"}}};
constexpr WordTable<LegMode, 4> modes{
    {{LegMode::Rail, "rail"}, {LegMode::Road, "road"}, {LegMode::Sea, "sea"}, {LegMode::Pipeline, "pipeline"}}};
constexpr WordTable<GroupChannel, 3> channels{
    {{GroupChannel::Fill, "fill"}, {GroupChannel::Hatch, "hatch"}, {GroupChannel::Badge, "badge"}}};

template <typename E, size_t N>
QString wordOf(const WordTable<E, N> &table, E value)
{
    for (const auto &[v, word] : table)
        if (v == value)
            return QString::fromLatin1(word);
    return QStringLiteral("none");
}

template <typename E, size_t N>
std::optional<E> valueOf(const WordTable<E, N> &table, const QString &word)
{
    for (const auto &[v, w] : table)
        if (word == QLatin1String(w))
            return v;
    return std::nullopt;
}

template <typename E, size_t N>
QStringList wordsOf(const WordTable<E, N> &table)
{
    QStringList words;
    for (const auto &entry : table)
        words << QString::fromLatin1(entry.second);
    return words;
}

} // namespace

QString toString(Standing v) { return wordOf(standings, v); }
QString toString(CorridorStatus v) { return wordOf(statuses, v); }
QString toString(Certainty v) { return wordOf(certainties, v); }
QString toString(LegMode v) { return wordOf(modes, v); }
QString toString(GroupChannel v) { return wordOf(channels, v); }

std::optional<Standing> standingFromString(const QString &w) { return valueOf(standings, w); }
std::optional<CorridorStatus> corridorStatusFromString(const QString &w) { return valueOf(statuses, w); }
std::optional<Certainty> certaintyFromString(const QString &w) { return valueOf(certainties, w); }
std::optional<LegMode> legModeFromString(const QString &w) { return valueOf(modes, w); }
std::optional<GroupChannel> groupChannelFromString(const QString &w) { return valueOf(channels, w); }

QStringList standingWords() { return wordsOf(standings); }
QStringList corridorStatusWords() { return wordsOf(statuses); }
QStringList certaintyWords() { return wordsOf(certainties); }
QStringList legModeWords() { return wordsOf(modes); }
QStringList groupChannelWords() { return wordsOf(channels); }

QString displayName(Standing v) { return toString(v); }
QString displayName(CorridorStatus v) { return toString(v).replace(u'_', u' '); }

} // namespace crossroads
