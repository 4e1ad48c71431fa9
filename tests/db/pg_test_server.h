// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace crossroads::test {

// A real PostgreSQL 15 + PostGIS 3 server on a temporary cluster, private
// to this test process: initdb in a temporary folder, a free port on
// 127.0.0.1 only, its socket in the same folder; stopped and removed when
// the process's tests end, passed or failed. The server refuses to run as
// root, so as root (CI) it runs as the `postgres` user the Debian package
// creates. Local connections (the socket) are trusted; TCP connections need
// a password, so password errors can be tested.
class PgTestServer
{
public:
    ~PgTestServer();

    // The one server of this process, started on first use. Null, with the
    // reason in skipReason(), when PostgreSQL or PostGIS is not installed,
    // or when it is but the server failed to start (startFailed(): a test
    // failure, not a skip).
    static PgTestServer *instance();
    static QString skipReason();
    static bool startFailed();
    // Stops the server (called by the test environment at the end).
    static void shutdown();

    int port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }
    // A new, empty database; with PostGIS created in it unless told not to.
    QString createDatabase(const QString &name, bool withPostgis = true);
    // conninfo for a database over the trusted socket, as superuser.
    QString conninfo(const QString &database) const;
    // Runs SQL as superuser in `database`; the server's message on error.
    QString sql(const QString &database, const QString &statement);

private:
    PgTestServer() = default;
    bool start(QString &problem);
    void stop();
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};

// Skips the test (loudly) when PostgreSQL is not installed; fails it when
// it is but will not start.
#define CROSSROADS_REQUIRE_PG(server)                                                                    \
    crossroads::test::PgTestServer *server = crossroads::test::PgTestServer::instance();                 \
    if (!server && crossroads::test::PgTestServer::startFailed())                                        \
        FAIL() << crossroads::test::PgTestServer::skipReason().toStdString();                            \
    if (!server)                                                                                         \
        GTEST_SKIP() << "SKIPPED, NO POSTGRESQL: " << crossroads::test::PgTestServer::skipReason().toStdString()

} // namespace crossroads::test
