// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace crossroads {

// What users read for a source a record cites: its title, never a file
// name. Records cite ids of the registry timeline/sources.json where the
// data folder has one; older data cites the two analyses by their ids and
// public records by their full citation, whose link is left out here.
class SourceTitles
{
public:
    SourceTitles() = default;
    // Reads DATA/timeline/sources.json if there is one (it is optional).
    static SourceTitles load(const QString &dataDir);

    QString title(const QString &source) const;
    QStringList titles(const QStringList &sources) const;

private:
    QHash<QString, QString> m_registry;  // id -> title as shown
};

} // namespace crossroads
