// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QHash>
#include <QString>

#include <optional>

namespace crossroads {

// The analyst's own notes, one text per country, in a JSON file. Saved
// atomically; a file that cannot be read is moved aside as
// notes.json.damaged-YYYYMMDD-HHMMSS (never deleted or overwritten) and
// reported, and the store starts empty. If it cannot be moved, it is left
// alone and notes are saved to notes.json.new-YYYYMMDD-HHMMSS instead.
class NotesStore
{
public:
    explicit NotesStore(QString path);

    // Loads the file. On a damaged file, returns the problem, naming where
    // the old file was kept and where new notes go.
    std::optional<Error> load();
    std::optional<Error> save() const;

    QString note(const QString &iso3) const { return m_notes.value(iso3); }
    void setNote(const QString &iso3, const QString &text);
    const QString &path() const { return m_path; }

    // <user data dir>/notes.json
    static QString defaultPath();

private:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    // `path` + ".WHAT-YYYYMMDD-HHMMSS", made unique.
    static QString asideName(const QString &path, const QString &what);

    QString m_path;
    QHash<QString, QString> m_notes;
};

} // namespace crossroads
