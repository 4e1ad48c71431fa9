// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/boundary_source.h"

#include "data/json_file.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace crossroads {

QString BoundarySource::displayName() const
{
    if (!isConnection())
        return dataset;
    // A connection string can carry a password; messages are shown and
    // logged, so it never appears in them.
    static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('[^']*'|\\S*)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString shown = dataset;
    shown.replace(password, QStringLiteral("password=…"));
    return shown;
}

Result<BoundarySource> BoundarySource::fromRegionFile(const QString &regionPath)
{
    if (!QFileInfo::exists(regionPath))
        return BoundarySource{};
    Result<JsonFile> file = JsonFile::read(regionPath);
    if (!file)
        return file.error();
    const QJsonValue section = file.value().root().value(QStringLiteral("boundaries"));
    if (section.isUndefined())
        return BoundarySource{};
    const QString key = QStringLiteral("boundaries");
    if (!section.isObject())
        return file.value().errorAt(key, QStringLiteral("'boundaries' must be an object with 'source' and optionally 'layer', 'iso_field', 'name_field'"));
    const QJsonObject object = section.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known = {QStringLiteral("source"), QStringLiteral("layer"), QStringLiteral("iso_field"),
                                          QStringLiteral("name_field")};
        if (!known.contains(it.key()))
            return file.value().errorAt(key + u'/' + it.key(), QStringLiteral("unknown key '%1' (expected source, layer, iso_field, name_field)").arg(it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return file.value().errorAt(key + u'/' + it.key(), QStringLiteral("'%1' must be a non-empty string").arg(it.key()));
    }
    BoundarySource source;
    source.dataset = object.value(QStringLiteral("source")).toString().trimmed();
    if (source.dataset.isEmpty())
        return file.value().errorAt(key, QStringLiteral("'boundaries' needs a 'source': a file GDAL reads or a PG: connection"));
    source.layer = object.value(QStringLiteral("layer")).toString();
    source.isoField = object.value(QStringLiteral("iso_field")).toString();
    source.nameField = object.value(QStringLiteral("name_field")).toString();
    if (!source.isConnection() && QFileInfo(source.dataset).isRelative())
        source.dataset = QFileInfo(regionPath).absoluteDir().filePath(source.dataset);
    return source;
}

} // namespace crossroads
