// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QHash>
#include <QString>

#include <optional>

namespace crossroads {

// The analyst's own notes, one text per country, in a JSON file. Saved
// atomically; a file that cannot be read is moved aside (never deleted or
// overwritten) and reported, and the store starts empty.
class NotesStore
{
public:
    explicit NotesStore(QString path);

    // Loads the file. On a corrupt file, returns the problem, naming where
    // the old file was kept.
    std::optional<Error> load();
    std::optional<Error> save() const;

    QString note(const QString &iso3) const { return m_notes.value(iso3); }
    void setNote(const QString &iso3, const QString &text);
    const QString &path() const { return m_path; }

    // <user data dir>/notes.json
    static QString defaultPath();

private:
    QString m_path;
    QHash<QString, QString> m_notes;
    bool m_readOnly = false;  // a damaged file could not be moved aside
};

} // namespace crossroads
