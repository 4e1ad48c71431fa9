// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/db_command.h"

#include "cli/common.h"
#include "db/db_schema.h"
#include "db/folder_exporter.h"
#include "db/folder_importer.h"
#include "db/pg_connection.h"

namespace crossroads::cli {

QString dbUsage()
{
    return QStringLiteral(
        "crossroads db init|import|export --db CONNINFO [--data DIR | --output-dir DIR]\n"
        "  The team's shared store in PostgreSQL + PostGIS. init creates PostGIS\n"
        "  and the schema (or upgrades it); import loads a data folder (--data,\n"
        "  default the embedded data), replacing what the store held, all or\n"
        "  nothing; export writes the store out as a data folder (--output-dir),\n"
        "  complete or not at all. CONNINFO is a libpq connection string, e.g.\n"
        "  \"host=db.example port=5432 dbname=crossroads user=analyst\".\n"
        "  Example: crossroads db import --db \"dbname=crossroads\" --data ./geodata\n");
}

int runDb(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("output-dir"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, import or export"));
    // The action is the one positional argument parseOrExit would call
    // stray: take it out first.
    QStringList rest = arguments;
    QString action;
    for (int i = int(rest.indexOf(QStringLiteral("db"), 1)) + 1; i > 0 && i < rest.size(); ++i) {
        if (rest[i] == QLatin1String("--db") || rest[i] == QLatin1String("--data") || rest[i] == QLatin1String("--output-dir")) {
            ++i;
            continue;
        }
        if (!rest[i].startsWith(u'-')) {
            action = rest.takeAt(i);
            break;
        }
    }
    if (auto exit = parseOrExit(parser, rest, dbUsage()))
        return *exit;
    const QStringList actions{QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("export")};
    if (!actions.contains(action)) {
        err() << "crossroads: db needs one of init, import, export" << (action.isEmpty() ? QString() : QStringLiteral(", not '%1'").arg(action))
              << "\n" << dbUsage() << Qt::endl;
        return BadInput;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        err() << "crossroads: db " << action << " needs --db CONNINFO" << Qt::endl;
        return BadInput;
    }
    if (action == QLatin1String("export") && !parser.isSet(QStringLiteral("output-dir"))) {
        err() << "crossroads: db export needs --output-dir DIR" << Qt::endl;
        return BadInput;
    }
    Result<PgConnection> connection = PgConnection::open(parser.value(QStringLiteral("db")));
    if (!connection) {
        err() << "crossroads: " << connection.error().toString() << Qt::endl;
        return BadInput;
    }
    std::optional<Error> error;
    if (action == QLatin1String("init")) {
        error = DbSchema::init(connection.value());
        if (!error)
            out() << "schema version " << DbSchema::latestVersion() << " ready in the " << connection.value().describe() << Qt::endl;
    } else if (action == QLatin1String("import")) {
        QString dir;
        if (parser.isSet(QStringLiteral("data"))) {
            dir = parser.value(QStringLiteral("data"));
        } else {
            Result<QString> found = resolveDataDir(parser);
            if (!found) {
                err() << "crossroads: " << found.error().toString() << Qt::endl;
                return BadInput;
            }
            dir = found.value();
        }
        error = FolderImporter::import(connection.value(), dir);
        if (!error)
            out() << "imported " << dir << " into the " << connection.value().describe() << Qt::endl;
    } else {
        error = FolderExporter::exportTo(connection.value(), parser.value(QStringLiteral("output-dir")));
        if (!error)
            out() << "exported the " << connection.value().describe() << " to " << parser.value(QStringLiteral("output-dir")) << Qt::endl;
    }
    if (error) {
        err() << "crossroads: " << error->toString() << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace crossroads::cli
