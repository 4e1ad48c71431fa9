// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/folder_exporter.h"

#include "data/gdal_handles.h"
#include "db/db_schema.h"
#include "util/atomic_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <ogr_spatialref.h>

namespace crossroads {
namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString sqlLiteral(QString text)
{
    return QStringLiteral("'%1'").arg(text.replace(u'\'', QStringLiteral("''")));
}

QString sqlIdentifier(QString text)
{
    return QStringLiteral("\"%1\"").arg(text.replace(u'"', QStringLiteral("\"\"")));
}

class Export
{
public:
    Export(PgConnection &connection, QString root) : m_db(connection), m_root(std::move(root)) {}

    std::optional<Error> run()
    {
        Result<PgResult> files = m_db.exec(QStringLiteral("SELECT path, kind, document::text, encode(content, 'hex') FROM data_file ORDER BY path"));
        if (!files)
            return files.error();
        const PgResult &f = files.value();
        for (int row = 0; row < f.rows(); ++row) {
            const QString relative = f.text(row, 0);
            if (relative.contains(QLatin1String("..")) || QDir::isAbsolutePath(relative))
                return Error{QStringLiteral("database"), relative, QStringLiteral("a file path must stay inside the data folder")};
            const QString path = QDir(m_root).filePath(relative);
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return Error{path, {}, QStringLiteral("cannot create the folder")};
            const QString kind = f.text(row, 1);
            std::optional<Error> error;
            if (kind == QLatin1String("records"))
                error = records(relative, path, parseObject(f.text(row, 2)));
            else if (kind == QLatin1String("features"))
                error = features(relative, path, parseObject(f.text(row, 2)));
            else if (kind == QLatin1String("json"))
                error = writeFileAtomically(path, FolderExporter::canonicalJson(QJsonDocument::fromJson(f.text(row, 2).toUtf8())));
            else if (kind == QLatin1String("gpkg"))
                error = geoPackage(relative, path, parseObject(f.text(row, 2)));
            else
                error = writeFileAtomically(path, QByteArray::fromHex(f.bytes(row, 3)));
            if (error)
                return error;
        }
        return std::nullopt;
    }

private:
    std::optional<Error> records(const QString &relative, const QString &path, QJsonObject document)
    {
        Result<PgResult> rows = m_db.exec(QStringLiteral("SELECT collection, body::text FROM record WHERE file = $1 ORDER BY collection, ord"),
                                          {relative.toUtf8()});
        if (!rows)
            return rows.error();
        QHash<QString, QJsonArray> arrays;
        for (int i = 0; i < rows.value().rows(); ++i)
            arrays[rows.value().text(i, 0)].append(parseObject(rows.value().text(i, 1)));
        for (auto it = arrays.begin(); it != arrays.end(); ++it)
            document.insert(it.key(), it.value());
        return writeFileAtomically(path, FolderExporter::canonicalJson(QJsonDocument(document)));
    }

    std::optional<Error> features(const QString &relative, const QString &path, QJsonObject document)
    {
        // 15 decimals: PostGIS's most, and more than any coordinate in the
        // record carries (it writes the shortest form that reads back).
        Result<PgResult> rows = m_db.exec(QStringLiteral("SELECT body::text, ST_AsGeoJSON(geom, 15) FROM feature WHERE file = $1 ORDER BY ord"),
                                          {relative.toUtf8()});
        if (!rows)
            return rows.error();
        QJsonArray all;
        for (int i = 0; i < rows.value().rows(); ++i) {
            QJsonObject feature = parseObject(rows.value().text(i, 0));
            if (!rows.value().isNull(i, 1))
                feature.insert(QStringLiteral("geometry"), parseObject(rows.value().text(i, 1)));
            all.append(feature);
        }
        document.insert(QStringLiteral("features"), all);
        return writeFileAtomically(path, FolderExporter::canonicalJson(QJsonDocument(document)));
    }

    std::optional<Error> geoPackage(const QString &relative, const QString &path, const QJsonObject &document)
    {
        gdal::ensureInitialised();
        CPLErrorReset();
        GDALDatasetUniquePtr source(GDALDataset::Open(("PG:" + m_db.conninfo()).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                      nullptr, nullptr, nullptr));
        if (!source)
            return Error{QStringLiteral("database"), {}, QStringLiteral("GDAL cannot open the database: %1").arg(gdal::lastErrorMessage())};
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        GDALDatasetUniquePtr target(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!target)
            return Error{path, {}, QStringLiteral("cannot create: %1").arg(gdal::lastErrorMessage())};
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        for (const QJsonValue &value : document.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject layerDef = value.toObject();
            const QString name = layerDef.value(QStringLiteral("name")).toString();
            QByteArrayList options;
            options << "GEOMETRY_NAME=" + layerDef.value(QStringLiteral("geometry_column")).toString().toUtf8()
                    << "FID=" + layerDef.value(QStringLiteral("fid_column")).toString().toUtf8() << "SPATIAL_INDEX=YES";
            std::vector<const char *> optionPointers;
            for (const QByteArray &o : options)
                optionPointers.push_back(o.constData());
            optionPointers.push_back(nullptr);
            OGRLayer *layer = target->CreateLayer(name.toUtf8().constData(), &wgs84,
                                                  OGRwkbGeometryType(layerDef.value(QStringLiteral("geometry_type")).toInt()),
                                                  const_cast<char **>(optionPointers.data()));
            if (!layer)
                return Error{path, name, QStringLiteral("cannot create the layer: %1").arg(gdal::lastErrorMessage())};
            QStringList columns{QStringLiteral("fid AS crossroads_fid"), QStringLiteral("geom")};
            const QJsonArray fields = layerDef.value(QStringLiteral("fields")).toArray();
            for (const QJsonValue &fv : fields) {
                const QJsonObject fd = fv.toObject();
                const QString fieldName = fd.value(QStringLiteral("name")).toString();
                OGRFieldDefn field(fieldName.toUtf8().constData(), OGRFieldType(fd.value(QStringLiteral("type")).toInt()));
                field.SetSubType(OGRFieldSubType(fd.value(QStringLiteral("subtype")).toInt()));
                field.SetWidth(fd.value(QStringLiteral("width")).toInt());
                field.SetPrecision(fd.value(QStringLiteral("precision")).toInt());
                field.SetNullable(fd.value(QStringLiteral("nullable")).toBool(true));
                if (layer->CreateField(&field) != OGRERR_NONE)
                    return Error{path, name, QStringLiteral("cannot create field '%1'").arg(fieldName)};
                columns << QStringLiteral("attributes ->> %1 AS %2").arg(sqlLiteral(fieldName), sqlIdentifier(fieldName));
            }
            const QString sql = QStringLiteral("SELECT %1 FROM boundary_feature WHERE file = %2 AND layer = %3 ORDER BY fid")
                                    .arg(columns.join(QStringLiteral(", ")), sqlLiteral(relative), sqlLiteral(name));
            OGRLayer *rows = source->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
            if (!rows)
                return Error{QStringLiteral("database"), name, QStringLiteral("cannot read the boundaries: %1").arg(gdal::lastErrorMessage())};
            if (target->StartTransaction() != OGRERR_NONE)
                return Error{path, name, gdal::lastErrorMessage()};
            std::optional<Error> error;
            for (OGRFeatureUniquePtr in(rows->GetNextFeature()); in && !error; in.reset(rows->GetNextFeature())) {
                OGRFeatureUniquePtr out(OGRFeature::CreateFeature(layer->GetLayerDefn()));
                const int fid = in->GetFieldIndex("crossroads_fid");
                out->SetFID(fid >= 0 ? in->GetFieldAsInteger64(fid) : in->GetFID());
                for (int i = 0; i < out->GetFieldCount(); ++i) {
                    const int at = in->GetFieldIndex(out->GetFieldDefnRef(i)->GetNameRef());
                    if (at >= 0 && in->IsFieldSetAndNotNull(at))
                        out->SetField(i, in->GetFieldAsString(at));
                    else
                        out->SetFieldNull(i);
                }
                if (OGRGeometry *g = in->StealGeometry())
                    out->SetGeometryDirectly(g);
                if (layer->CreateFeature(out.get()) != OGRERR_NONE)
                    error = Error{path, QStringLiteral("feature %1").arg(in->GetFID()), gdal::lastErrorMessage()};
            }
            source->ReleaseResultSet(rows);
            if (error)
                return error;
            if (target->CommitTransaction() != OGRERR_NONE)
                return Error{path, name, gdal::lastErrorMessage()};
        }
        target.reset();  // closes the file: complete before the folder is renamed
        return std::nullopt;
    }

    PgConnection &m_db;
    QString m_root;
};

} // namespace

QByteArray FolderExporter::canonicalJson(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Indented);
}

std::optional<Error> FolderExporter::writeInto(PgConnection &connection, const QString &dir)
{
    if (auto error = DbSchema::check(connection))
        return error;
    // One snapshot: another user's commit halfway through must not mix two
    // versions of the record in one folder.
    if (auto error = connection.run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return error;
    std::optional<Error> error = Export(connection, dir).run();
    connection.run(QStringLiteral("COMMIT"));
    return error;
}

std::optional<Error> FolderExporter::exportTo(PgConnection &connection, const QString &outputDir)
{
    const QFileInfo target(outputDir);
    if (target.exists() && !target.isDir())
        return Error{outputDir, {}, QStringLiteral("exists and is not a folder")};
    const QDir parent = target.absoluteDir();
    if (!parent.exists())
        return Error{outputDir, {}, QStringLiteral("the folder it would go in does not exist")};
    QTemporaryDir staging(parent.filePath(QStringLiteral(".%1-XXXXXX").arg(target.fileName())));
    if (!staging.isValid())
        return Error{outputDir, {}, QStringLiteral("cannot write beside it: %1").arg(staging.errorString())};
    if (auto error = writeInto(connection, staging.path()))
        return error;
    // A temporary folder is private to its owner; the data folder is not.
    QFile::setPermissions(staging.path(), QFile::permissions(parent.absolutePath()));
    // Swap: the old folder moves aside, the new one takes its name, then
    // the old one goes. If the second rename fails, the old one comes back.
    QString aside;
    if (target.exists()) {
        aside = parent.filePath(QStringLiteral(".%1-old-%2").arg(target.fileName()).arg(QDateTime::currentMSecsSinceEpoch()));
        if (!QDir().rename(target.absoluteFilePath(), aside))
            return Error{outputDir, {}, QStringLiteral("cannot replace the existing folder")};
    }
    if (!QDir().rename(staging.path(), target.absoluteFilePath())) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.absoluteFilePath());
        return Error{outputDir, {}, QStringLiteral("cannot move the new folder into place")};
    }
    staging.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return std::nullopt;
}

} // namespace crossroads
