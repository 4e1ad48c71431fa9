// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/atlas_loader.h"
#include "model/date.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace crossroads::cli {

// Exit codes of the command-line contract (DESIGN.md).
enum ExitCode { Ok = 0, RuntimeFailure = 1, BadInput = 2 };

QTextStream &out();
QTextStream &err();

// Options every subcommand takes: --data DIR, --help.
void addCommonOptions(QCommandLineParser &parser);

// Parses `arguments` (the subcommand's name first); prints the problem and
// returns BadInput on unknown options or stray arguments, Ok after printing
// help for --help, or nullopt to go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);

// The data folder from --data or next to the executable; an error message
// naming what was tried when there is none.
Result<QString> resolveDataDir(const QCommandLineParser &parser);
// The same, the default looked for beside a program in `executableDir`
// (for use before the application object exists).
Result<QString> resolveDataDir(const QCommandLineParser &parser, const QString &executableDir);

// The boundaries from --boundaries (with --boundaries-layer, --iso-field,
// --name-field), unset without it; an error when only the others are given.
Result<BoundarySource> boundarySourceOption(const QCommandLineParser &parser);

// Loads the atlas; prints every problem with its file and place. Returns
// null (and sets `exitCode`) when the data cannot be used.
std::shared_ptr<const Atlas> loadAtlas(const QCommandLineParser &parser, int &exitCode, bool tolerateTimelineErrors = false);

// The value of `option` if it is one of `allowed`; prints the problem and
// returns nullopt otherwise.
std::optional<QString> choiceOption(const QCommandLineParser &parser, const QString &option, const QStringList &allowed);

// `code` upper-cased if the atlas knows it; prints the problem otherwise.
std::optional<QString> knownCountry(const Atlas &atlas, const QString &code);

// --date D (YYYY-MM-DD, YYYY-MM or YYYY).
std::optional<Date> parseDateOption(const QCommandLineParser &parser, const QString &name, bool required);

// The options the reading commands (query, brief, diff, identify) share:
// required dates, an optional or required --country ISO3, and --format.
struct ReadingOptions
{
    QStringList dates;        // names of required date options, as --from, --to
    bool country = false;     // --country ISO3 is offered
    bool countryRequired = false;
    QStringList formats;      // allowed --format values
    QString defaultFormat;    // empty: the first of `formats`
};

// What a reading command works on once its options are checked.
struct Reading
{
    std::vector<Date> dates;  // in the order of ReadingOptions::dates
    QString format;
    std::shared_ptr<const Atlas> atlas;
    QString country;          // upper-cased and known; empty when not given
};

void addReadingOptions(QCommandLineParser &parser, const ReadingOptions &options);

// Checks the options after parseOrExit, loads the atlas and checks the
// country against it; prints each problem. Null (with `exitCode` set) when
// the command cannot go on.
std::optional<Reading> readOptions(const QCommandLineParser &parser, const ReadingOptions &options, int &exitCode);

} // namespace crossroads::cli
