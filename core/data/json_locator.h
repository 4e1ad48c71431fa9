// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace crossroads {

// Finds the line on which a value of a JSON document starts, by its path
// ("events/3", "events/3/date", "corridors/0/phases/1"). Qt's JSON classes
// parse but keep no positions; this only scans for structure (strings,
// brackets, commas, colons), so it is built lazily, when an error needs a
// line. The text is assumed to have parsed already.
class JsonLocator
{
public:
    explicit JsonLocator(QByteArray text) : m_text(std::move(text)) {}

    // 1-based line, or 0 when the path is not in the document.
    int line(const QString &path) const;
    // 1-based line and column of a byte offset (for QJsonParseError).
    std::pair<int, int> lineAndColumn(qsizetype offset) const;

private:
    void scan() const;
    QByteArray m_text;
    mutable bool m_scanned = false;
    mutable QHash<QString, int> m_lines;
};

} // namespace crossroads
