// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/notes_store.h"

#include "util/atomic_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace crossroads {

NotesStore::NotesStore(QString path) : m_path(std::move(path)) {}

QString NotesStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("notes.json"));
}

std::optional<Error> NotesStore::load()
{
    m_notes.clear();
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return Error{m_path, {}, QStringLiteral("cannot read the notes: %1").arg(file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    QString problem;
    if (parseError.error != QJsonParseError::NoError)
        problem = parseError.errorString();
    else if (!document.isObject() || !document.object().value(QStringLiteral("notes")).isObject())
        problem = QStringLiteral("not a notes file (expected {\"notes\": {ISO3: text}})");
    if (!problem.isEmpty()) {
        // Keep the unreadable file for the user to recover by hand.
        const QString aside = m_path + QStringLiteral(".corrupt-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        const bool moved = QFile::rename(m_path, aside);
        m_readOnly = !moved;
        return Error{m_path, {}, QStringLiteral("the notes file is damaged (%1); %2").arg(problem, moved
                                     ? QStringLiteral("it was kept as %1 and new notes start empty").arg(aside)
                                     : QStringLiteral("it could not be moved aside, so notes will not be saved over it"))};
    }
    const QJsonObject notes = document.object().value(QStringLiteral("notes")).toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it)
        m_notes.insert(it.key(), it.value().toString());
    return std::nullopt;
}

std::optional<Error> NotesStore::save() const
{
    if (m_readOnly)
        return Error{m_path, {}, QStringLiteral("the damaged notes file could not be moved aside, so it is not overwritten")};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject notes;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        if (!it.value().isEmpty())
            notes.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("notes"), notes}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void NotesStore::setNote(const QString &iso3, const QString &text)
{
    m_notes.insert(iso3, text);
}

} // namespace crossroads
