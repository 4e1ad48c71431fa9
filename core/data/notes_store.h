// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace crossroads {

// Who wrote a note and when: known for the team's shared notes, empty for
// notes kept only on this computer.
struct NoteAuthorship
{
    QString author;
    QDateTime writtenAt;
};

// The analyst's notes, one text per country. Two homes: a file on this
// computer (LocalNotesStore, the default) or the team's shared store
// (PgNotesStore, with --db). Edits are held until save(); a failed save
// keeps them, so nothing typed is lost.
class NotesStore
{
public:
    virtual ~NotesStore() = default;

    // Reads the notes; edits not yet saved are kept over what is read.
    virtual std::optional<Error> load() = 0;
    virtual std::optional<Error> save() = 0;

    virtual QString note(const QString &iso3) const = 0;
    virtual NoteAuthorship authorship(const QString &) const { return {}; }
    virtual void setNote(const QString &iso3, const QString &text) = 0;

    // Where the local notes live: <user data dir>/notes.json
    static QString defaultPath();
};

} // namespace crossroads
