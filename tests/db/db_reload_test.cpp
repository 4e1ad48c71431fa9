// SPDX-License-Identifier: GPL-3.0-or-later
// The window opened on the shared store reloads when another user commits.
#include "app/gui_fixture.h"
#include "db/db_snapshot.h"
#include "pg_test_server.h"
#include "cli/cli_support.h"

#include <QStatusBar>

namespace crossroads::test {
namespace {

class DbReload : public GuiTest
{
};

QString eventTitle(const MainWindow &w, const QString &id)
{
    for (const Event &e : w.atlas()->timeline.events())
        if (e.id == id)
            return e.title;
    return {};
}

// Mutation tried: the watcher not sending LISTEN (the window never heard
// of the change: the wait timed out with the old title).
TEST_F(DbReload, AnotherUsersCommitShowsWithoutRestart)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = server->createDatabase(QStringLiteral("reload"), false);
    ASSERT_EQ(runCrossroads({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), conninfo}).code, 0);
    ASSERT_EQ(runCrossroads({QStringLiteral("db"), QStringLiteral("import"), QStringLiteral("--db"), conninfo, QStringLiteral("--data"), geodata()}).code, 0);
    Result<QString> snapshot = DbSnapshot::materialise(conninfo);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    auto w = openWindow(snapshot.value());
    w->watchDatabase(conninfo);
    const QString id = QStringLiteral("1991-12-26-soviet-union-dissolved");
    ASSERT_FALSE(eventTitle(*w, id).isEmpty());

    // Another user, another connection.
    ASSERT_EQ(server->sql(QStringLiteral("reload"), QStringLiteral("UPDATE record SET body = jsonb_set(body, '{title}', '\"Soviet Union ends\"') WHERE collection = 'events' AND id = '%1'").arg(id)), QString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return w->isReady() && eventTitle(*w, id) == QLatin1String("Soviet Union ends"); }, 30000));
    EXPECT_TRUE(w->statusBar()->currentMessage().startsWith(QLatin1String("Another user changed the shared record: reloaded")))
        << w->statusBar()->currentMessage().toStdString();
}

} // namespace
} // namespace crossroads::test
