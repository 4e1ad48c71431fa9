// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/pg_result.h"
#include "util/error.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;

namespace crossroads {

// One libpq connection. Opening it classifies what went wrong (server not
// reachable, user or password refused, no such database) into one message a
// user can act on; statements report the server's own message.
class PgConnection
{
public:
    static Result<PgConnection> open(const QString &conninfo);

    // Runs one statement with text parameters ($1, $2, ...); a null
    // QByteArray is SQL NULL.
    Result<PgResult> exec(const QString &sql, const QByteArrayList &params = {});
    // Runs several statements separated by ';' (no parameters).
    std::optional<Error> run(const QString &sql);

    // For LISTEN: the socket to watch, and the channels notified since the
    // last call (reads what the server sent without blocking).
    int socket() const;
    QStringList takeNotifications();
    // False once the server closed the connection.
    bool isAlive() const;

    const QString &conninfo() const { return m_conninfo; }
    // The conninfo without password, for messages.
    QString describe() const;

private:
    PgConnection(std::shared_ptr<pg_conn> connection, QString conninfo);
    std::shared_ptr<pg_conn> m_connection;
    QString m_conninfo;
};

} // namespace crossroads
