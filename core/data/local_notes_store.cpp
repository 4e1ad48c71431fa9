// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/local_notes_store.h"

#include "util/atomic_file.h"
#include "util/bounded_read.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace crossroads {

LocalNotesStore::LocalNotesStore(QString path) : m_path(std::move(path)) {}

QString NotesStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("notes.json"));
}

QString LocalNotesStore::asideName(const QString &path, const QString &what)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = QStringLiteral("%1.%2-%3").arg(path, what, stamp);
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = QStringLiteral("%1.%2-%3-%4").arg(path, what, stamp).arg(n);
    return name;
}

std::optional<Error> LocalNotesStore::load()
{
    m_notes.clear();
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    QString problem;
    QJsonDocument document;
    QFile file(m_path);
    if (!info.isFile())
        problem = QStringLiteral("it is not a regular file");
    else if (info.size() > kMaxBytes)
        problem = QStringLiteral("it is larger than %1 MB").arg(kMaxBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        problem = QStringLiteral("it cannot be read: %1").arg(file.errorString());
    if (problem.isEmpty()) {
        QJsonParseError parseError;
        const QByteArray text = readAtMost(file, kMaxBytes);
        file.close();
        if (text.size() <= kMaxBytes)
            document = QJsonDocument::fromJson(text, &parseError);
        if (text.size() > kMaxBytes)  // it grew since its size was checked
            problem = QStringLiteral("it is larger than %1 MB").arg(kMaxBytes / (1024 * 1024));
        else if (parseError.error != QJsonParseError::NoError)
            problem = parseError.errorString();
        else if (!document.isObject() || !document.object().value(QStringLiteral("notes")).isObject())
            problem = QStringLiteral("not a notes file (expected {\"notes\": {ISO3: text}})");
        else
            for (const QJsonValue &value : document.object().value(QStringLiteral("notes")).toObject())
                if (!value.isString())
                    problem = QStringLiteral("a note is not text");
    }
    if (!problem.isEmpty()) {
        // Keep the damaged file for the user to recover by hand; never
        // save over it. If it cannot be moved, new notes go to a new file
        // beside it, so nothing typed is lost either way.
        const QString aside = asideName(m_path, QStringLiteral("damaged"));
        const QString damaged = m_path;
        if (QFile::rename(m_path, aside))
            return Error{damaged, {}, QStringLiteral("the notes file is damaged (%1); it was kept as %2 and new notes start empty")
                                          .arg(problem, aside)};
        m_path = asideName(damaged, QStringLiteral("new"));
        return Error{damaged, {}, QStringLiteral("the notes file is damaged (%1) and could not be moved aside; it is left as it is, "
                                                 "and new notes are saved to %2")
                                      .arg(problem, m_path)};
    }
    const QJsonObject notes = document.object().value(QStringLiteral("notes")).toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it)
        m_notes.insert(it.key(), it.value().toString());
    return std::nullopt;
}

std::optional<Error> LocalNotesStore::save()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject notes;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        if (!it.value().isEmpty())
            notes.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("notes"), notes}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void LocalNotesStore::setNote(const QString &iso3, const QString &text)
{
    m_notes.insert(iso3, text);
}

} // namespace crossroads
