// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/common.h"

#include "db/db_snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace crossroads::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data"), QStringLiteral("Use the data folder DIR instead of the embedded data."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Overlay your own events from a CSV or GeoJSON file."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Read the record from the shared PostGIS store."), QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("boundaries"), QStringLiteral("Read country boundaries from any OGR dataset."), QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("boundaries-layer"), QStringLiteral("The layer of --boundaries to read."), QStringLiteral("L")});
    parser.addOption({QStringLiteral("iso-field"), QStringLiteral("The field of --boundaries with the ISO 3166-1 alpha-3 code."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("name-field"), QStringLiteral("The field of --boundaries with the country's name."), QStringLiteral("F")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << "crossroads: " << parser.errorText() << "\n" << usage << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << usage << Qt::endl;
        return Ok;
    }
    const QStringList stray = parser.positionalArguments().mid(1);
    if (!stray.isEmpty()) {
        err() << "crossroads: unexpected argument '" << stray.first() << "'\n" << usage << Qt::endl;
        return BadInput;
    }
    return std::nullopt;
}

Result<QString> resolveDataDir(const QCommandLineParser &parser)
{
    return resolveDataDir(parser, QCoreApplication::applicationDirPath());
}

Result<QString> resolveDataDir(const QCommandLineParser &parser, const QString &executableDir)
{
    if (parser.isSet(QStringLiteral("db"))) {
        if (parser.isSet(QStringLiteral("data")))
            return Error{{}, {}, QStringLiteral("--data and --db both name the record: give one")};
        return DbSnapshot::materialise(parser.value(QStringLiteral("db")));
    }
    if (parser.isSet(QStringLiteral("data"))) {
        const QString dir = parser.value(QStringLiteral("data"));
        if (!QFileInfo(dir).isDir())
            return Error{dir, {}, QStringLiteral("no such data folder")};
        return QDir(dir).absolutePath();
    }
    const QString found = AtlasLoader::defaultDataDir(executableDir);
    if (found.isEmpty())
        return Error{{}, {}, QStringLiteral("no data folder found next to the program (looked in %1/../share/crossroads/geodata); pass --data DIR")
                                 .arg(executableDir)};
    return found;
}

Result<BoundarySource> boundarySourceOption(const QCommandLineParser &parser)
{
    BoundarySource source;
    source.dataset = parser.value(QStringLiteral("boundaries"));
    source.layer = parser.value(QStringLiteral("boundaries-layer"));
    source.isoField = parser.value(QStringLiteral("iso-field"));
    source.nameField = parser.value(QStringLiteral("name-field"));
    if (source.dataset.isEmpty()) {
        for (const char *option : {"boundaries-layer", "iso-field", "name-field"})
            if (parser.isSet(QString::fromLatin1(option)))
                return Error{{}, {}, QStringLiteral("--%1 says how to read --boundaries SOURCE: give that too").arg(QLatin1String(option))};
    }
    return source;
}

std::shared_ptr<const Atlas> loadAtlas(const QCommandLineParser &parser, int &exitCode, bool tolerateTimelineErrors)
{
    Result<QString> dir = resolveDataDir(parser);
    Result<BoundarySource> boundaries = boundarySourceOption(parser);
    if (const Error *problem = !dir ? &dir.error() : (!boundaries ? &boundaries.error() : nullptr)) {
        err() << "crossroads: " << problem->toString() << Qt::endl;
        exitCode = BadInput;
        return nullptr;
    }
    AtlasLoader::Report report = AtlasLoader::load(dir.value(), boundaries.value());
    report.errors = DbSnapshot::relabel(report.errors);
    for (const Error &error : report.errors)
        err() << error.toString() << "\n";
    err().flush();
    if (!report.atlas || (!report.errors.empty() && !tolerateTimelineErrors)) {
        exitCode = BadInput;
        return nullptr;
    }
    return report.atlas;
}

std::optional<QString> choiceOption(const QCommandLineParser &parser, const QString &option, const QStringList &allowed)
{
    const QString value = parser.value(option);
    if (allowed.contains(value))
        return value;
    err() << "crossroads: --" << option << " must be one of " << allowed.join(QStringLiteral(", ")) << ", not '" << value << "'" << Qt::endl;
    return std::nullopt;
}

std::optional<QString> knownCountry(const Atlas &atlas, const QString &code)
{
    const QString upper = code.toUpper();
    if (atlas.country(upper))
        return upper;
    err() << "crossroads: unknown country code '" << code << "' (expected an ISO 3166-1 alpha-3 code such as AZE)" << Qt::endl;
    return std::nullopt;
}

std::optional<Date> parseDateOption(const QCommandLineParser &parser, const QString &name, bool required)
{
    if (!parser.isSet(name)) {
        if (required)
            err() << "crossroads: --" << name << " is required (YYYY-MM-DD)" << Qt::endl;
        return std::nullopt;
    }
    Result<Date> date = Date::parse(parser.value(name));
    if (!date) {
        err() << "crossroads: --" << name << ": " << date.error().message << Qt::endl;
        return std::nullopt;
    }
    return date.value();
}

void addReadingOptions(QCommandLineParser &parser, const ReadingOptions &options)
{
    for (const QString &name : options.dates)
        parser.addOption({name, QStringLiteral("Date."), QStringLiteral("D")});
    if (options.country)
        parser.addOption({QStringLiteral("country"), QStringLiteral("Country."), QStringLiteral("ISO3")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Format."), QStringLiteral("FORMAT"),
                      options.defaultFormat.isEmpty() ? options.formats.value(0) : options.defaultFormat});
}

std::optional<Reading> readOptions(const QCommandLineParser &parser, const ReadingOptions &options, int &exitCode)
{
    exitCode = BadInput;
    if (options.countryRequired && !parser.isSet(QStringLiteral("country"))) {
        err() << "crossroads: --country is required (an ISO 3166-1 alpha-3 code)" << Qt::endl;
        return std::nullopt;
    }
    Reading reading;
    // Every date is checked (and every bad one reported) before giving up.
    bool datesOk = true;
    for (const QString &name : options.dates) {
        const std::optional<Date> date = parseDateOption(parser, name, true);
        datesOk = datesOk && date.has_value();
        reading.dates.push_back(date.value_or(Date{}));
    }
    if (!datesOk)
        return std::nullopt;
    const std::optional<QString> format = choiceOption(parser, QStringLiteral("format"), options.formats);
    if (!format)
        return std::nullopt;
    reading.format = *format;
    exitCode = Ok;
    reading.atlas = loadAtlas(parser, exitCode);
    if (!reading.atlas)
        return std::nullopt;
    if (options.country && parser.isSet(QStringLiteral("country"))) {
        const std::optional<QString> known = knownCountry(*reading.atlas, parser.value(QStringLiteral("country")));
        if (!known) {
            exitCode = BadInput;
            return std::nullopt;
        }
        reading.country = *known;
    }
    return reading;
}

} // namespace crossroads::cli
