// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace crossroads {

// The shared vocabulary of the design: the words used in data files, on the
// command line, in briefings and in tests. Enumerators are ordered from
// weakest to strongest so that comparisons read naturally.

enum class Standing { None, Prospective, Reported, Announced, Member };
enum class CorridorStatus { None, Proposed, Announced, Agreed, UnderConstruction, Operational };
enum class Certainty { Confirmed, Reported, Denied, Expected };
enum class LegMode { Rail, Road, Sea, Pipeline };
// How a group is drawn: one visual channel per group keeps overlaps legible.
enum class GroupChannel { Fill, Hatch, Badge };

QString toString(Standing);
QString toString(CorridorStatus);
QString toString(Certainty);
QString toString(LegMode);
QString toString(GroupChannel);

std::optional<Standing> standingFromString(const QString &);   // None is not a data word
std::optional<CorridorStatus> corridorStatusFromString(const QString &);
std::optional<Certainty> certaintyFromString(const QString &);
std::optional<LegMode> legModeFromString(const QString &);
std::optional<GroupChannel> groupChannelFromString(const QString &);

// The data words, for messages such as "expected one of ...".
QStringList standingWords();
QStringList corridorStatusWords();
QStringList certaintyWords();
QStringList legModeWords();
QStringList groupChannelWords();

// Human wording ("under construction").
QString displayName(Standing);
QString displayName(CorridorStatus);

} // namespace crossroads
