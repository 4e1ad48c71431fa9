// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/db_snapshot.h"

#include "data/json_locator.h"
#include "db/folder_exporter.h"
#include "db/pg_connection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace crossroads {
namespace {

struct Snapshots
{
    QMutex mutex;
    std::vector<std::unique_ptr<QTemporaryDir>> dirs;
};

Snapshots &snapshots()
{
    static Snapshots s;
    return s;
}

QString tableOf(const QString &relative)
{
    if (relative.endsWith(QLatin1String(".gpkg")))
        return QStringLiteral("boundary_feature");
    if (relative.endsWith(QLatin1String(".geojson")))
        return QStringLiteral("feature");
    if (relative.startsWith(QLatin1String("timeline/")) && relative.endsWith(QLatin1String(".json")))
        return QStringLiteral("record");
    return QStringLiteral("data_file");
}

// "events 'id'" for the record of a timeline file that spans `line`.
QString recordAt(const QString &path, int line)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    const JsonLocator locator(text);
    QString best;
    int bestLine = 0;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int start = locator.line(QStringLiteral("%1/%2").arg(it.key()).arg(i));
            if (start > 0 && start <= line && start > bestLine) {
                bestLine = start;
                const QString id = array.at(i).toObject().value(QStringLiteral("id")).toString();
                best = id.isEmpty() ? QStringLiteral("%1 #%2").arg(it.key()).arg(i + 1) : QStringLiteral("%1 '%2'").arg(it.key(), id);
            }
        }
    }
    return best;
}

} // namespace

Result<QString> DbSnapshot::materialise(const QString &conninfo)
{
    Result<PgConnection> connection = PgConnection::open(conninfo);
    if (!connection)
        return connection.error();
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error{QStringLiteral("database"), {}, QStringLiteral("cannot make a temporary folder: %1").arg(dir->errorString())};
    if (auto error = FolderExporter::writeInto(connection.value(), dir->path()))
        return *error;
    const QString path = dir->path();
    QMutexLocker lock(&snapshots().mutex);
    snapshots().dirs.push_back(std::move(dir));
    return path;
}

Error DbSnapshot::relabel(const Error &error)
{
    QString root;
    {
        QMutexLocker lock(&snapshots().mutex);
        for (const auto &dir : snapshots().dirs)
            if (error.file.startsWith(dir->path() + u'/'))
                root = dir->path();
    }
    if (root.isEmpty())
        return error;
    Error out = error;
    const QString relative = QDir(root).relativeFilePath(error.file);
    out.file = QStringLiteral("table %1 (%2)").arg(tableOf(relative), relative);
    static const QRegularExpression lineNumber(QStringLiteral("^line (\\d+)"));
    const QRegularExpressionMatch m = lineNumber.match(error.place);
    if (m.hasMatch()) {
        const QString record = recordAt(error.file, m.captured(1).toInt());
        out.place = record.isEmpty() ? QString() : record;
    }
    out.message.replace(root + u'/', QString());
    return out;
}

ErrorList DbSnapshot::relabel(const ErrorList &errors)
{
    ErrorList out;
    out.reserve(errors.size());
    for (const Error &e : errors)
        out.push_back(relabel(e));
    return out;
}

} // namespace crossroads
