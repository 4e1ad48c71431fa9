// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/source_titles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace crossroads {

SourceTitles SourceTitles::load(const QString &dataDir)
{
    SourceTitles titles;
    QFile file(QDir(dataDir).filePath(QStringLiteral("timeline/sources.json")));
    if (!file.open(QIODevice::ReadOnly))
        return titles;
    // Checked by the loader and `validate`; here only what can be shown.
    const QJsonArray sources = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &value : sources) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        QString title = o.value(QStringLiteral("title")).toString();
        if (id.isEmpty() || title.isEmpty())
            continue;
        const QString by = o.value(QStringLiteral("publisher")).toString(o.value(QStringLiteral("author")).toString());
        if (!by.isEmpty())
            title = QStringLiteral("%1, \u201c%2\u201d").arg(by, title);
        const QString date = o.value(QStringLiteral("date")).toString();
        if (!date.isEmpty())
            title += QStringLiteral(", ") + date;
        titles.m_registry.insert(id, title);
    }
    return titles;
}

QString SourceTitles::title(const QString &source) const
{
    if (auto it = m_registry.constFind(source); it != m_registry.cend())
        return *it;
    if (source == QLatin1String("000_8dc81030165d37e0.txt"))
        return QStringLiteral("\u201cCentral Asia and the South Caucasus Become Stakeholders in the Middle East\u201d (analysis, early 2026)");
    if (source == QLatin1String("001_ec104fb3ee3e7adf.txt"))
        return QStringLiteral("Irina Tsukerman, analysis of Iran's campaign in the South Caucasus and an "
                              "Azerbaijan\u2013Israel\u2013US triad (early 2025)");
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
