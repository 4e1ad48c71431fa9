// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/pg_notes_store.h"

#include "db/pg_connection.h"

namespace crossroads {

PgNotesStore::PgNotesStore(QString conninfo, QString author) : m_conninfo(std::move(conninfo)), m_author(std::move(author)) {}

QString PgNotesStore::localAuthor()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

std::optional<Error> PgNotesStore::load()
{
    Result<PgConnection> connection = PgConnection::open(m_conninfo);
    if (!connection)
        return connection.error();
    Result<PgResult> rows = connection.value().exec(QStringLiteral(
        "SELECT DISTINCT ON (iso3) iso3, body, author, to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM note ORDER BY iso3, written_at DESC, id DESC"));
    if (!rows)
        return rows.error();
    QHash<QString, Entry> notes;
    for (int i = 0; i < rows.value().rows(); ++i) {
        Entry entry{rows.value().text(i, 1), {rows.value().text(i, 2), QDateTime::fromString(rows.value().text(i, 3), Qt::ISODate)}};
        notes.insert(rows.value().text(i, 0), std::move(entry));
    }
    // What this user typed and has not saved yet stays on screen.
    for (const QString &iso3 : std::as_const(m_unsaved))
        notes.insert(iso3, m_notes.value(iso3));
    m_notes = std::move(notes);
    return std::nullopt;
}

void PgNotesStore::setNote(const QString &iso3, const QString &text)
{
    m_notes.insert(iso3, Entry{text, {m_author, QDateTime::currentDateTimeUtc()}});
    m_unsaved.insert(iso3);
}

std::optional<Error> PgNotesStore::save()
{
    if (m_unsaved.isEmpty())
        return std::nullopt;
    Result<PgConnection> connection = PgConnection::open(m_conninfo);
    if (!connection)
        return Error{connection.error().file, connection.error().place,
                     connection.error().message + QStringLiteral(" (your note is kept here and saved when the store answers again)")};
    PgConnection &db = connection.value();
    if (auto problem = db.run(QStringLiteral("BEGIN")))
        return problem;
    for (const QString &iso3 : std::as_const(m_unsaved)) {
        const Entry &entry = m_notes[iso3];
        const QByteArray id = m_ownRows.contains(iso3) ? QByteArray::number(m_ownRows.value(iso3)) : QByteArray();
        // This user's row of this run, while no one has written after it;
        // otherwise a new row, the latest.
        Result<PgResult> updated = db.exec(QStringLiteral(
            "UPDATE note SET body = $1, written_at = now() WHERE id = $2 AND NOT EXISTS "
            "(SELECT 1 FROM note later WHERE later.iso3 = note.iso3 AND later.id > note.id) "
            "RETURNING id, to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"),
            {entry.text.toUtf8(), id});
        if (!updated) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return updated.error();
        }
        PgResult row = updated.value();
        if (row.rows() == 0) {
            Result<PgResult> inserted = db.exec(QStringLiteral(
                "INSERT INTO note (iso3, author, body) VALUES ($1, $2, $3) "
                "RETURNING id, to_char(written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"),
                {iso3.toUtf8(), m_author.toUtf8(), entry.text.toUtf8()});
            if (!inserted) {
                (void)db.run(QStringLiteral("ROLLBACK"));
                return inserted.error();
            }
            row = inserted.value();
        }
        m_ownRows.insert(iso3, row.text(0, 0).toLongLong());
        m_notes[iso3].by = {m_author, QDateTime::fromString(row.text(0, 1), Qt::ISODate)};
    }
    if (auto problem = db.run(QStringLiteral("COMMIT")))
        return problem;
    m_unsaved.clear();
    return std::nullopt;
}

} // namespace crossroads
