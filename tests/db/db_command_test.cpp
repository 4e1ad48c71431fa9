// SPDX-License-Identifier: GPL-3.0-or-later
// crossroads db init|import|export and --db for the other subcommands,
// against a real PostgreSQL + PostGIS server (PgTestServer).
#include "cli/cli_support.h"
#include "db/pg_connection.h"
#include "folder_diff.h"
#include "pg_test_server.h"
#include "support/test_data.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace crossroads::test {
namespace {

QString scalar(const QString &conninfo, const QString &sql)
{
    Result<PgConnection> c = PgConnection::open(conninfo);
    if (!c)
        return QStringLiteral("(no connection: %1)").arg(c.error().toString());
    Result<PgResult> r = c.value().exec(sql);
    if (!r)
        return QStringLiteral("(error: %1)").arg(r.error().toString());
    return r.value().rows() ? r.value().text(0, 0) : QString();
}

CommandRun db(const QString &action, const QString &conninfo, const QStringList &more = {})
{
    return runCrossroads(QStringList{QStringLiteral("db"), action, QStringLiteral("--db"), conninfo} + more);
}

// A database with our schema, loaded from `dataDir`.
QString loadedDatabase(PgTestServer *server, const QString &name, const QString &dataDir)
{
    const QString conninfo = server->createDatabase(name, false);
    const CommandRun init = db(QStringLiteral("init"), conninfo);
    EXPECT_EQ(init.code, 0) << init.err.toStdString();
    const CommandRun import = db(QStringLiteral("import"), conninfo, {QStringLiteral("--data"), dataDir});
    EXPECT_EQ(import.code, 0) << import.err.toStdString();
    return conninfo;
}

TEST(DbCommand, InitCreatesPostgisAndRecordsEveryMigration)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("init_test"), false);
    const CommandRun run = db(QStringLiteral("init"), conninfo);
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(scalar(conninfo, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'")), QStringLiteral("1"));
    EXPECT_EQ(scalar(conninfo, QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version")), QStringLiteral("1,2"));
    // Again: nothing to do, still fine.
    const CommandRun again = db(QStringLiteral("init"), conninfo);
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(scalar(conninfo, QStringLiteral("SELECT count(*) FROM schema_version")), QStringLiteral("2"));
}

// Mutations tried: exporting records ordered by id instead of ord (the
// events came back in another order: "the JSON values differ"), and the
// importer skipping files it does not know (only in the first:
// timeline/sources.json, notes.txt).
TEST(DbCommand, FolderToDatabaseToFolderIsLossless)
{
    CROSSROADS_REQUIRE_PG(server);
    DataFolderCopy folder;
    // Fields and files the loaders do not know yet must survive too.
    folder.write(QStringLiteral("timeline/sources.json"),
                 R"({"sources": [{"id": "a-source", "title": "A title", "date": "2020-09", "extra": {"nested": [1, 2.5, null, true]}}], "note": "kept"})");
    folder.write(QStringLiteral("notes.txt"), "plain bytes\r\n\x01\x02");
    const QString conninfo = loadedDatabase(server, QStringLiteral("roundtrip"), folder.path());
    EXPECT_EQ(scalar(conninfo, QStringLiteral("SELECT body -> 'extra' ->> 'nested' FROM record WHERE collection = 'sources'")),
              QStringLiteral("[1, 2.5, null, true]"));
    EXPECT_NE(scalar(conninfo, QStringLiteral("SELECT count(*) FROM boundary_feature WHERE geom IS NOT NULL")), QStringLiteral("0"));

    QTemporaryDir out;
    const QString first = out.filePath(QStringLiteral("first"));
    const CommandRun exported = db(QStringLiteral("export"), conninfo, {QStringLiteral("--output-dir"), first});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_EQ(diffFolders(folder.path(), first).join(u'\n').toStdString(), "");

    // The export's form is canonical: through the store again, byte for byte.
    const QString again = loadedDatabase(server, QStringLiteral("roundtrip2"), first);
    const QString second = out.filePath(QStringLiteral("second"));
    ASSERT_EQ(db(QStringLiteral("export"), again, {QStringLiteral("--output-dir"), second}).code, 0);
    EXPECT_EQ(diffFolders(first, second, true).join(u'\n').toStdString(), "");

    // Exporting over an existing folder replaces it whole.
    ASSERT_EQ(db(QStringLiteral("export"), again, {QStringLiteral("--output-dir"), first}).code, 0);
    EXPECT_EQ(diffFolders(first, second, true).join(u'\n').toStdString(), "");
    EXPECT_EQ(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
}

// Mutation tried: committing after each file instead of once (the broken
// file left the store half replaced: the event count changed).
TEST(DbCommand, ImportIsAllOrNothing)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = loadedDatabase(server, QStringLiteral("atomic_import"), geodata());
    const QString before = scalar(conninfo, QStringLiteral("SELECT count(*) FROM record WHERE collection = 'events'"));
    // Files go in by name: events.json is in before relations.json breaks.
    DataFolderCopy broken;
    broken.write(QStringLiteral("timeline/events.json"), R"({"events": [{"id": "only-one"}]})");
    broken.write(QStringLiteral("timeline/relations.json"), "{\"relations\": [\n  {\"id\": \"x\",,}\n]}");
    const CommandRun run = db(QStringLiteral("import"), conninfo, {QStringLiteral("--data"), broken.path()});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("line"))) << run.err.toStdString();
    EXPECT_EQ(scalar(conninfo, QStringLiteral("SELECT count(*) FROM record WHERE collection = 'events'")), before);
}

TEST(DbCommand, QueryAndBriefFromTheDatabaseMatchTheFolder)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = loadedDatabase(server, QStringLiteral("query"), geodata());
    for (const char *date : {"2020-09-15", "2025-11-06"}) {
        const QJsonObject fromFolder = queryJson(date, {QStringLiteral("--data"), geodata()});
        const QJsonObject fromDb = queryJson(date, {QStringLiteral("--db"), conninfo});
        EXPECT_FALSE(fromFolder.isEmpty());
        EXPECT_EQ(fromDb, fromFolder) << date;
    }
    const QStringList brief{QStringLiteral("brief"), QStringLiteral("--country"), QStringLiteral("AZE"), QStringLiteral("--date"),
                            QStringLiteral("2026-02-01"), QStringLiteral("--format"), QStringLiteral("md")};
    const CommandRun a = runCrossroads(brief + QStringList{QStringLiteral("--data"), geodata()});
    const CommandRun b = runCrossroads(brief + QStringList{QStringLiteral("--db"), conninfo});
    EXPECT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_EQ(b.out, a.out);
}

// Mutation tried: not relabelling (the message named a temporary file and
// line instead of the table and the record).
TEST(DbCommand, ValidateNamesTableAndRecord)
{
    CROSSROADS_REQUIRE_PG(server);
    DataFolderCopy folder(QStringLiteral("timeline/unknown_country"));
    const QString conninfo = loadedDatabase(server, QStringLiteral("validate"), folder.path());
    const CommandRun fromFolder = runCrossroads({QStringLiteral("validate"), QStringLiteral("--data"), folder.path()});
    const CommandRun fromDb = runCrossroads({QStringLiteral("validate"), QStringLiteral("--db"), conninfo});
    EXPECT_EQ(fromFolder.code, 2);
    EXPECT_EQ(fromDb.code, 2);
    EXPECT_TRUE(fromDb.err.contains(QLatin1String("table record (timeline/events.json):events 'b': "))) << fromDb.err.toStdString();
    EXPECT_TRUE(fromDb.err.contains(QLatin1String("unknown country code 'ZZZ'"))) << fromDb.err.toStdString();
    EXPECT_FALSE(fromDb.err.contains(QDir::tempPath())) << fromDb.err.toStdString();
    // The same messages, place aside.
    auto messages = [](const QString &err) {
        QStringList out;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
            out << line.section(QStringLiteral(": "), -1);
        return out;
    };
    EXPECT_EQ(messages(fromDb.err).mid(0, 1), messages(fromFolder.err).mid(0, 1));

    const QString good = loadedDatabase(server, QStringLiteral("validate_good"), geodata());
    const CommandRun ok = runCrossroads({QStringLiteral("validate"), QStringLiteral("--db"), good});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.startsWith(QLatin1String("ok: "))) << ok.out.toStdString();
}

} // namespace
} // namespace crossroads::test
