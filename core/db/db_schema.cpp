// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/db_schema.h"

#include <QDir>
#include <QFile>

// The migrations live in a static library: register them explicitly.
static void initMigrations() { Q_INIT_RESOURCE(migrations); }

namespace crossroads {
namespace {

struct Migration
{
    int version;
    QString name;
    QString sql;
};

std::vector<Migration> migrations()
{
    initMigrations();
    std::vector<Migration> out;
    const QDir dir(QStringLiteral(":/crossroads/db"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.push_back({name.section(u'_', 0, 0).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    return out;
}

Error schemaError(const QString &message)
{
    return Error{QStringLiteral("database"), {}, message};
}

// 0 when the database has no schema of ours yet.
Result<int> appliedVersion(PgConnection &connection)
{
    Result<PgResult> table = connection.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!table)
        return table.error();
    if (table.value().text(0, 0) != QLatin1String("t"))
        return 0;
    Result<PgResult> version = connection.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().text(0, 0).toInt();
}

} // namespace

int DbSchema::latestVersion()
{
    const std::vector<Migration> all = migrations();
    return all.empty() ? 0 : all.back().version;
}

std::optional<Error> DbSchema::init(PgConnection &connection)
{
    if (auto error = connection.run(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(7262917)")))
        return error;
    auto fail = [&](const Error &error) {
        connection.run(QStringLiteral("ROLLBACK"));
        return error;
    };
    Result<PgResult> available = connection.exec(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'"));
    if (!available)
        return fail(available.error());
    if (available.value().text(0, 0) == QLatin1String("0"))
        return fail(schemaError(QStringLiteral("PostGIS is not installed on the server at %1; install it (Debian: postgresql-15-postgis-3) and try again")
                                    .arg(connection.describe())));
    if (auto error = connection.run(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis")))
        return fail(*error);
    Result<int> applied = appliedVersion(connection);
    if (!applied)
        return fail(applied.error());
    if (applied.value() > latestVersion())
        return fail(schemaError(QStringLiteral("the %1 has schema version %2, newer than this program's %3: use a newer Crossroads")
                                    .arg(connection.describe()).arg(applied.value()).arg(latestVersion())));
    for (const Migration &m : migrations()) {
        if (m.version <= applied.value())
            continue;
        if (auto error = connection.run(m.sql))
            return fail(Error{QStringLiteral("database"), m.name, error->message});
        Result<PgResult> recorded = connection.exec(QStringLiteral("INSERT INTO schema_version (version, description) VALUES ($1, $2)"),
                                                    {QByteArray::number(m.version), m.name.toUtf8()});
        if (!recorded)
            return fail(recorded.error());
    }
    return connection.run(QStringLiteral("COMMIT"));
}

std::optional<Error> DbSchema::check(PgConnection &connection)
{
    Result<PgResult> postgis = connection.exec(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"));
    if (!postgis)
        return postgis.error();
    if (postgis.value().text(0, 0) == QLatin1String("0"))
        return schemaError(QStringLiteral("the %1 has no PostGIS extension: run crossroads db init --db CONNINFO (as a user allowed to create extensions)")
                               .arg(connection.describe()));
    Result<int> applied = appliedVersion(connection);
    if (!applied)
        return applied.error();
    if (applied.value() == 0)
        return schemaError(QStringLiteral("the %1 holds no Crossroads schema: run crossroads db init --db CONNINFO").arg(connection.describe()));
    if (applied.value() != latestVersion())
        return schemaError(QStringLiteral("the %1 has schema version %2, but this program reads version %3: %4")
                               .arg(connection.describe())
                               .arg(applied.value())
                               .arg(latestVersion())
                               .arg(applied.value() < latestVersion() ? QStringLiteral("run crossroads db init --db CONNINFO to upgrade it")
                                                                      : QStringLiteral("use a newer Crossroads")));
    return std::nullopt;
}

} // namespace crossroads
