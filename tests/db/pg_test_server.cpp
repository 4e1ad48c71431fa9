// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg_test_server.h"

#include "db/pg_connection.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace crossroads::test {
namespace {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString postgisControl = QStringLiteral("/usr/share/postgresql/15/extension/postgis.control");

std::unique_ptr<PgTestServer> &theServer()
{
    static std::unique_ptr<PgTestServer> server;
    return server;
}

QString &theSkipReason()
{
    static QString reason;
    return reason;
}

bool asRoot() { return geteuid() == 0; }

// Runs a server program, as `postgres` when we are root.
bool runTool(const QString &tool, const QStringList &arguments, QString &output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), binDir + u'/' + tool} + arguments);
    else
        process.start(binDir + u'/' + tool, arguments);
    const bool finished = process.waitForFinished(120000);
    output = QString::fromUtf8(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

int freePort()
{
    // The kernel picks a free port for a socket bound to port 0.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

bool &theStartFailed()
{
    static bool failed = false;
    return failed;
}

} // namespace

PgTestServer *PgTestServer::instance()
{
    if (theServer())
        return theServer().get();
    if (!theSkipReason().isEmpty())
        return nullptr;
    if (!QFileInfo::exists(binDir + QStringLiteral("/initdb")) || !QFileInfo::exists(postgisControl)) {
        theSkipReason() = QStringLiteral("%1/initdb or PostGIS is missing; run packaging/install-deps.sh").arg(binDir);
        std::fprintf(stderr, "\n*** DATABASE TESTS SKIPPED: %s ***\n\n", qPrintable(theSkipReason()));
        return nullptr;
    }
    if (asRoot() && !getpwnam("postgres")) {
        theSkipReason() = QStringLiteral("running as root and there is no 'postgres' user to run the server as");
        std::fprintf(stderr, "\n*** DATABASE TESTS SKIPPED: %s ***\n\n", qPrintable(theSkipReason()));
        return nullptr;
    }
    std::unique_ptr<PgTestServer> server(new PgTestServer);
    QString problem;
    if (!server->start(problem)) {
        theSkipReason() = QStringLiteral("the test PostgreSQL server did not start: ") + problem;
        theStartFailed() = true;
        return nullptr;
    }
    theServer() = std::move(server);
    return theServer().get();
}

QString PgTestServer::skipReason() { return theSkipReason(); }

bool PgTestServer::startFailed() { return theStartFailed(); }

void PgTestServer::shutdown() { theServer().reset(); }

PgTestServer::~PgTestServer() { stop(); }

bool PgTestServer::start(QString &problem)
{
    if (!m_dir.isValid()) {
        problem = m_dir.errorString();
        return false;
    }
    if (asRoot()) {
        const passwd *pg = getpwnam("postgres");
        if (chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            problem = QStringLiteral("cannot hand the temporary folder to postgres");
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString output;
    if (!runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                                            QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                                            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
                 output)) {
        problem = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    // Another process may take the free port between probe and start; try
    // a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                                               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                               QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                                               QStringLiteral("start")},
                    output)) {
            m_running = true;
            return true;
        }
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    problem = QStringLiteral("pg_ctl start failed: ") + output + QString::fromUtf8(log.readAll());
    return false;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    QString output;
    runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                                       QStringLiteral("-w"), QStringLiteral("stop")},
            output);
    m_running = false;
}

QString PgTestServer::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(socketDir()).arg(m_port).arg(database);
}

QString PgTestServer::sql(const QString &database, const QString &statement)
{
    Result<PgConnection> connection = PgConnection::open(conninfo(database));
    if (!connection)
        return connection.error().toString();
    const std::optional<Error> error = connection.value().run(statement);
    return error ? error->toString() + u'\n' + statement : QString();
}

QString PgTestServer::createDatabase(const QString &name, bool withPostgis)
{
    QString problem = sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    if (problem.isEmpty() && withPostgis)
        problem = sql(name, QStringLiteral("CREATE EXTENSION postgis"));
    if (!problem.isEmpty())
        std::fprintf(stderr, "createDatabase %s: %s\n", qPrintable(name), qPrintable(problem));
    return conninfo(name);
}

} // namespace crossroads::test
