// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads {

class Timeline;

// What users read for a source a record cites: its citation by title from
// the registry (timeline/sources.json), never an id or a file name. Free
// text that is not in the registry (older data folders) is shown without
// its link.
class SourceTitles
{
public:
    explicit SourceTitles(const Timeline &timeline) : m_timeline(&timeline) {}

    QString title(const QString &source) const;
    QStringList titles(const QStringList &sources) const;

private:
    const Timeline *m_timeline;
};

} // namespace crossroads
