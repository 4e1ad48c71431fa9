// SPDX-License-Identifier: GPL-3.0-or-later
// Each way the shared store can be unusable gives one clear message, exit
// code 2, and writes nothing.
#include "cli/cli_support.h"
#include "pg_test_server.h"
#include "support/test_paths.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace crossroads::test {
namespace {

struct Outcome
{
    CommandRun query;
    CommandRun exported;
    bool wroteSomething = false;
};

// query and db export against `conninfo`: both must fail the same way.
Outcome tryDatabase(const QString &conninfo)
{
    Outcome o;
    o.query = runCrossroads({QStringLiteral("query"), QStringLiteral("--date"), QStringLiteral("2025-01-01"), QStringLiteral("--db"), conninfo});
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out"));
    o.exported = runCrossroads({QStringLiteral("db"), QStringLiteral("export"), QStringLiteral("--db"), conninfo, QStringLiteral("--output-dir"), target});
    o.wroteSomething = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() > 0;
    return o;
}

void expectOneClearError(const Outcome &o, const char *phrase)
{
    for (const CommandRun *run : {&o.query, &o.exported}) {
        EXPECT_EQ(run->code, 2) << run->err.toStdString();
        EXPECT_TRUE(run->err.contains(QLatin1String(phrase))) << run->err.toStdString();
        EXPECT_EQ(run->err.trimmed().count(u'\n'), 0) << "one message: " << run->err.toStdString();
        EXPECT_EQ(run->out, QString());
    }
    EXPECT_FALSE(o.wroteSomething);
}

// Mutation tried: reporting libpq's raw text (several lines, no "cannot
// reach").
TEST(DbErrors, ServerDown)
{
    CROSSROADS_REQUIRE_PG(server);
    // Port 1: nothing listens there, and only root could make it.
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=1 user=postgres dbname=x connect_timeout=5");
    expectOneClearError(tryDatabase(conninfo), "cannot reach the database server at 127.0.0.1 port 1");
}

TEST(DbErrors, WrongPassword)
{
    CROSSROADS_REQUIRE_PG(server);
    server->createDatabase(QStringLiteral("password_test"));
    ASSERT_EQ(server->sql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE analyst LOGIN PASSWORD 'right'")), QString());
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=analyst password=wrong dbname=password_test").arg(server->port());
    expectOneClearError(tryDatabase(conninfo), "refused user 'analyst': wrong user name or password");
}

// Mutation tried: checking only schema_version (the missing extension then
// surfaced as "no Crossroads schema", the wrong thing to fix).
TEST(DbErrors, NoPostgis)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("no_postgis"), false);
    expectOneClearError(tryDatabase(conninfo), "has no PostGIS extension");
}

TEST(DbErrors, NoSchema)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("no_schema"));
    expectOneClearError(tryDatabase(conninfo), "holds no Crossroads schema: run crossroads db init");
}

// Mutation tried: accepting any version >= ours (the newer schema was read
// as if it were ours).
TEST(DbErrors, SchemaOfAnotherVersion)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("newer_schema"), false);
    ASSERT_EQ(runCrossroads({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), conninfo}).code, 0);
    ASSERT_EQ(server->sql(QStringLiteral("newer_schema"), QStringLiteral("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')")), QString());
    expectOneClearError(tryDatabase(conninfo), "has schema version 99, but this program reads version 2");
    // Nor will init touch it.
    const CommandRun init = runCrossroads({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), conninfo});
    EXPECT_EQ(init.code, 2);
    EXPECT_TRUE(init.err.contains(QLatin1String("newer than this program's 2"))) << init.err.toStdString();
}

TEST(DbErrors, ImportRefusesAStoreWithoutSchema)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("import_no_schema"), false);
    const CommandRun run = runCrossroads({QStringLiteral("db"), QStringLiteral("import"), QStringLiteral("--db"), conninfo, QStringLiteral("--data"), geodata()});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("has no PostGIS extension"))) << run.err.toStdString();
}

} // namespace
} // namespace crossroads::test
