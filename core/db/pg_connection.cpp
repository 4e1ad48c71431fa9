// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/pg_connection.h"

#include <libpq-fe.h>

#include <QHash>

#include <vector>

namespace crossroads {
namespace {

Error dbError(const QString &message)
{
    return Error{QStringLiteral("database"), {}, message};
}

// host, port, user and dbname as libpq will use them (its defaults filled
// in), so a message can say where it tried.
QHash<QString, QString> connectionOptions(PGconn *connection)
{
    QHash<QString, QString> options;
    if (PQconninfoOption *info = PQconninfo(connection)) {
        for (PQconninfoOption *o = info; o->keyword; ++o)
            if (o->val)
                options.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
        PQconninfoFree(info);
    }
    return options;
}

// libpq's message says a lot at once; users need the one thing to fix.
Error classify(PGconn *connection)
{
    const QString raw = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    const QHash<QString, QString> o = connectionOptions(connection);
    const QString host = o.value(QStringLiteral("host"), QStringLiteral("localhost"));
    const QString port = o.value(QStringLiteral("port"), QStringLiteral("5432"));
    const QString user = o.value(QStringLiteral("user"));
    const QString dbname = o.value(QStringLiteral("dbname"), user);
    if (raw.contains(QLatin1String("password authentication failed")) || raw.contains(QLatin1String("no password supplied"))
        || raw.contains(QLatin1String("authentication failed")))
        return dbError(QStringLiteral("the server at %1 port %2 refused user '%3': wrong user name or password").arg(host, port, user));
    if (raw.contains(QLatin1String("does not exist")) && raw.contains(QLatin1String("database")))
        return dbError(QStringLiteral("the server at %1 port %2 has no database '%3'").arg(host, port, dbname));
    if (raw.contains(QLatin1String("role")) && raw.contains(QLatin1String("does not exist")))
        return dbError(QStringLiteral("the server at %1 port %2 has no user '%3'").arg(host, port, user));
    return dbError(QStringLiteral("cannot reach the database server at %1 port %2: is it running and accepting connections? (%3)")
                       .arg(host, port, raw.section(u'\n', 0, 0)));
}

} // namespace

PgConnection::PgConnection(std::shared_ptr<pg_conn> connection, QString conninfo)
    : m_connection(std::move(connection)), m_conninfo(std::move(conninfo)) {}

Result<PgConnection> PgConnection::open(const QString &conninfo)
{
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(conninfo.toUtf8().constData(), &parseError);
    if (!parsed) {
        const QString why = parseError ? QString::fromUtf8(parseError).trimmed() : QString();
        PQfreemem(parseError);
        return dbError(QStringLiteral("'%1' is not a valid connection string (%2)").arg(conninfo, why));
    }
    PQconninfoFree(parsed);
    std::shared_ptr<pg_conn> connection(PQconnectdb(conninfo.toUtf8().constData()), PQfinish);
    if (!connection)
        return dbError(QStringLiteral("out of memory while connecting"));
    if (PQstatus(connection.get()) != CONNECTION_OK)
        return classify(connection.get());
    // Our messages are the ones users read; the server's notices are noise.
    PQsetNoticeProcessor(connection.get(), [](void *, const char *) {}, nullptr);
    PgConnection result(std::move(connection), conninfo);
    if (auto error = result.run(QStringLiteral("SET client_encoding TO 'UTF8'; SET client_min_messages TO warning")))
        return *error;
    return result;
}

Result<PgResult> PgConnection::exec(const QString &sql, const QByteArrayList &params)
{
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QByteArray &p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    PGresult *raw = PQexecParams(m_connection.get(), sql.toUtf8().constData(), int(values.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(raw);
    const QString message = QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_connection.get())).trimmed();
    PQclear(raw);
    return dbError(message);
}

std::optional<Error> PgConnection::run(const QString &sql)
{
    PGresult *raw = PQexec(m_connection.get(), sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(raw);
    const QString message = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
    PQclear(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return std::nullopt;
    return dbError(message.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_connection.get())).trimmed() : message);
}

bool PgConnection::isAlive() const { return PQstatus(m_connection.get()) == CONNECTION_OK; }

int PgConnection::socket() const { return PQsocket(m_connection.get()); }

QStringList PgConnection::takeNotifications()
{
    QStringList channels;
    PQconsumeInput(m_connection.get());
    while (PGnotify *n = PQnotifies(m_connection.get())) {
        channels << QString::fromUtf8(n->relname);
        PQfreemem(n);
    }
    return channels;
}

QString PgConnection::describe() const
{
    const QHash<QString, QString> o = connectionOptions(m_connection.get());
    return QStringLiteral("database '%1' at %2 port %3")
        .arg(o.value(QStringLiteral("dbname")), o.value(QStringLiteral("host")), o.value(QStringLiteral("port")));
}

} // namespace crossroads
