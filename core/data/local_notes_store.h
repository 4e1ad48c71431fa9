// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/notes_store.h"

#include <QHash>
#include <QString>

namespace crossroads {

// The analyst's own notes, one text per country, in a JSON file. Saved
// atomically; a file that cannot be read is moved aside as
// notes.json.damaged-YYYYMMDD-HHMMSS (never deleted or overwritten) and
// reported, and the store starts empty. If it cannot be moved, it is left
// alone and notes are saved to notes.json.new-YYYYMMDD-HHMMSS instead.
class LocalNotesStore : public NotesStore
{
public:
    explicit LocalNotesStore(QString path);

    // Loads the file. On a damaged file, returns the problem, naming where
    // the old file was kept and where new notes go.
    std::optional<Error> load() override;
    std::optional<Error> save() override;

    QString note(const QString &iso3) const override { return m_notes.value(iso3); }
    void setNote(const QString &iso3, const QString &text) override;
    const QString &path() const { return m_path; }

private:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    // `path` + ".WHAT-YYYYMMDD-HHMMSS", made unique.
    static QString asideName(const QString &path, const QString &what);

    QString m_path;
    QHash<QString, QString> m_notes;
};

} // namespace crossroads
