// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/source_titles.h"

#include "model/timeline.h"

#include <QRegularExpression>

namespace crossroads {

QString SourceTitles::title(const QString &source) const
{
    if (m_timeline->source(source))
        return m_timeline->citation(source);
    static const QRegularExpression link(QStringLiteral("\\s*<https?://[^>]*>\\s*$"));
    QString title = source;
    title.remove(link);
    return title;
}

QStringList SourceTitles::titles(const QStringList &sources) const
{
    QStringList out;
    for (const QString &s : sources)
        out << title(s);
    return out;
}

} // namespace crossroads
