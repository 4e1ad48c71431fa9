// SPDX-License-Identifier: GPL-3.0-or-later
// The team's notes in the shared store: two users write, each reads the
// other's with author and time; a failed save keeps the text; in the
// window, another user's note arrives through LISTEN/NOTIFY.
#include "app/gui_fixture.h"
#include "cli/cli_support.h"
#include "db/db_snapshot.h"
#include "db/pg_notes_store.h"
#include "pg_test_server.h"
#include "ui/briefing_panel.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace crossroads::test {
namespace {

QString initStore(PgTestServer *server, const QString &name)
{
    const QString conninfo = server->createDatabase(name, false);
    EXPECT_EQ(runCrossroads({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), conninfo}).code, 0);
    return conninfo;
}

// Mutation tried: save() writing every note under the author "unknown"
// (alice's note read back as unknown's).
TEST(TeamNotes, TwoUsersReadEachOthersNotesWithAuthorAndTime)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = initStore(server, QStringLiteral("notes_two"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);

    PgNotesStore alice(conninfo, QStringLiteral("alice"));
    ASSERT_FALSE(alice.load());
    alice.setNote(QStringLiteral("AZE"), QStringLiteral("Watch the Araks border."));
    ASSERT_FALSE(alice.save());
    // Alice goes on typing: still her one row.
    alice.setNote(QStringLiteral("AZE"), QStringLiteral("Watch the Araks border and Zangezur."));
    ASSERT_FALSE(alice.save());

    PgNotesStore bob(conninfo, QStringLiteral("bob"));
    ASSERT_FALSE(bob.load());
    EXPECT_EQ(bob.note(QStringLiteral("AZE")), QStringLiteral("Watch the Araks border and Zangezur."));
    EXPECT_EQ(bob.authorship(QStringLiteral("AZE")).author, QStringLiteral("alice"));
    const QDateTime written = bob.authorship(QStringLiteral("AZE")).writtenAt;
    EXPECT_TRUE(written.isValid());
    EXPECT_GE(written, before);
    EXPECT_LE(written, QDateTime::currentDateTimeUtc().addSecs(2));
    EXPECT_EQ(server->sql(QStringLiteral("notes_two"), QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM note) <> 1 THEN RAISE EXCEPTION 'rows'; END IF; END $$")), QString());

    bob.setNote(QStringLiteral("AZE"), QStringLiteral("Talks moved to Abu Dhabi."));
    ASSERT_FALSE(bob.save());
    ASSERT_FALSE(alice.load());
    EXPECT_EQ(alice.note(QStringLiteral("AZE")), QStringLiteral("Talks moved to Abu Dhabi."));
    EXPECT_EQ(alice.authorship(QStringLiteral("AZE")).author, QStringLiteral("bob"));
    // Alice's note stays as history beneath Bob's.
    const QString history = server->sql(QStringLiteral("notes_two"), QStringLiteral("DO $$ BEGIN IF (SELECT string_agg(author, ',' ORDER BY id) FROM note) <> 'alice,bob' THEN RAISE EXCEPTION 'history'; END IF; END $$"));
    EXPECT_EQ(history, QString());
}

// Mutation tried: save() clearing the unsaved notes before writing (the
// note was gone after the failure, and nothing was written afterwards).
TEST(TeamNotes, AFailedSaveKeepsTheText)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = initStore(server, QStringLiteral("notes_fail"));
    PgNotesStore carol(conninfo + QStringLiteral(" dbname=notes_gone"), QStringLiteral("carol"));
    carol.setNote(QStringLiteral("KAZ"), QStringLiteral("Astana pledge"));
    const std::optional<Error> problem = carol.save();
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->message.contains(QLatin1String("your note is kept"))) << problem->toString().toStdString();
    EXPECT_EQ(carol.note(QStringLiteral("KAZ")), QStringLiteral("Astana pledge"));
    // A load from a store that answers keeps what was typed over it.
    PgNotesStore again(conninfo, QStringLiteral("carol"));
    again.setNote(QStringLiteral("KAZ"), QStringLiteral("typed, not saved"));
    ASSERT_FALSE(again.load());
    EXPECT_EQ(again.note(QStringLiteral("KAZ")), QStringLiteral("typed, not saved"));
    ASSERT_FALSE(again.save());
    PgNotesStore reader(conninfo, QStringLiteral("dave"));
    ASSERT_FALSE(reader.load());
    EXPECT_EQ(reader.note(QStringLiteral("KAZ")), QStringLiteral("typed, not saved"));
}

class TeamNotesWindow : public GuiTest
{
};

// Mutation tried: the window not reloading the notes on a notification
// (the editor kept the empty note until the wait ran out).
TEST_F(TeamNotesWindow, AnotherUsersNoteArrivesWithAuthorAndTime)
{
    CROSSROADS_REQUIRE_PG(server);
    const QString conninfo = initStore(server, QStringLiteral("notes_window"));
    ASSERT_EQ(runCrossroads({QStringLiteral("db"), QStringLiteral("import"), QStringLiteral("--db"), conninfo, QStringLiteral("--data"), geodata()}).code, 0);
    Result<QString> snapshot = DbSnapshot::materialise(conninfo);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    auto w = openWindow(snapshot.value());
    w->watchDatabase(conninfo);
    w->selectCountry(QStringLiteral("ARM"));
    BriefingPanel *panel = w->briefingPanel();
    ASSERT_EQ(panel->country(), QStringLiteral("ARM"));
    EXPECT_TRUE(panel->notesEditor()->toPlainText().isEmpty());

    PgNotesStore erin(conninfo, QStringLiteral("erin"));
    erin.setNote(QStringLiteral("ARM"), QStringLiteral("TRIPP route signed."));
    ASSERT_FALSE(erin.save());
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel->notesEditor()->toPlainText() == QLatin1String("TRIPP route signed."); }, 30000));
    EXPECT_TRUE(panel->authorshipText().startsWith(QLatin1String("Written by erin on "))) << panel->authorshipText().toStdString();
    auto *label = panel->findChild<QLabel *>(QStringLiteral("notesAuthorship"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->isVisible());

    // What this user types goes to the store under this user's name.
    panel->notesEditor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(panel->notesEditor(), QStringLiteral(" Mine."));
    panel->flushNotes();
    PgNotesStore reader(conninfo, QStringLiteral("reader"));
    ASSERT_FALSE(reader.load());
    EXPECT_EQ(reader.note(QStringLiteral("ARM")), QStringLiteral("TRIPP route signed. Mine."));
    EXPECT_EQ(reader.authorship(QStringLiteral("ARM")).author, PgNotesStore::localAuthor());
}

} // namespace
} // namespace crossroads::test
