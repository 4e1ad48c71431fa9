// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/notes_store.h"

#include <QHash>
#include <QSet>

namespace crossroads {

// The team's notes in the shared store (table note, migration 002): each
// country's latest note is shown, with its author and time; earlier ones
// stay as history. One user's edits of a country while the program runs
// update that user's one row; a note another user commits afterwards
// becomes the latest. The row's change reaches every other program through
// the store's LISTEN/NOTIFY channel, like a change to the record.
class PgNotesStore : public NotesStore
{
public:
    PgNotesStore(QString conninfo, QString author);

    std::optional<Error> load() override;
    std::optional<Error> save() override;

    QString note(const QString &iso3) const override { return m_notes.value(iso3).text; }
    NoteAuthorship authorship(const QString &iso3) const override { return m_notes.value(iso3).by; }
    void setNote(const QString &iso3, const QString &text) override;

    // The name notes are written under: the login name of this computer's user.
    static QString localAuthor();

private:
    struct Entry
    {
        QString text;
        NoteAuthorship by;
    };
    QString m_conninfo;
    QString m_author;
    QHash<QString, Entry> m_notes;
    QSet<QString> m_unsaved;
    QHash<QString, qint64> m_ownRows;  // the row this program writes, per country
};

} // namespace crossroads
