// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/folder_importer.h"

#include "data/gdal_handles.h"
#include "data/json_file.h"
#include "db/db_schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ogr_spatialref.h>

namespace crossroads {
namespace {

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

bool isRecordArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject(); });
}

class Import
{
public:
    Import(PgConnection &connection, QString root) : m_db(connection), m_root(std::move(root)) {}

    std::optional<Error> file(const QString &relative)
    {
        const QString path = QDir(m_root).filePath(relative);
        if (relative.endsWith(QLatin1String(".gpkg")))
            return geoPackage(relative, path);
        if (relative.endsWith(QLatin1String(".json")) || relative.endsWith(QLatin1String(".geojson"))) {
            Result<JsonFile> json = JsonFile::read(path);
            if (!json)
                return json.error();
            const QJsonObject root = json.value().root();
            if (root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection"))
                return features(relative, root);
            if (relative.startsWith(QLatin1String("timeline/")))
                return records(relative, root);
            return addFile(relative, QStringLiteral("json"), compact(root), {});
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{path, {}, f.errorString()};
        return addFile(relative, QStringLiteral("verbatim"), {}, f.readAll());
    }

private:
    std::optional<Error> addFile(const QString &relative, const QString &kind, const QByteArray &document, const QByteArray &content)
    {
        Result<PgResult> r = m_db.exec(QStringLiteral("INSERT INTO data_file (path, kind, document, content) VALUES ($1, $2, $3::jsonb, decode($4, 'hex'))"),
                                       {relative.toUtf8(), kind.toUtf8(), document, content.isNull() ? QByteArray() : content.toHex()});
        return r ? std::nullopt : std::optional<Error>(r.error());
    }

    std::optional<Error> records(const QString &relative, QJsonObject root)
    {
        QJsonObject wrapper = root;
        for (auto it = root.begin(); it != root.end(); ++it)
            if (isRecordArray(it.value()))
                wrapper.insert(it.key(), QJsonArray());
        if (auto error = addFile(relative, QStringLiteral("records"), compact(wrapper), {}))
            return error;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!isRecordArray(it.value()))
                continue;
            // One statement per array: the server unpacks it, so loading
            // 100,000 events is one round trip.
            Result<PgResult> r = m_db.exec(QStringLiteral("INSERT INTO record (file, collection, ord, body) "
                                                          "SELECT $1, $2, n - 1, value FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(value, n)"),
                                           {relative.toUtf8(), it.key().toUtf8(), compact(it.value())});
            if (!r)
                return Error{QDir(m_root).filePath(relative), it.key(), r.error().message};
        }
        return std::nullopt;
    }

    std::optional<Error> features(const QString &relative, QJsonObject root)
    {
        const QJsonArray all = root.value(QStringLiteral("features")).toArray();
        root.insert(QStringLiteral("features"), QJsonArray());
        if (auto error = addFile(relative, QStringLiteral("features"), compact(root), {}))
            return error;
        // A geometry that is an object goes to the PostGIS column; anything
        // else (null) stays in the feature as it was.
        Result<PgResult> r = m_db.exec(
            QStringLiteral("INSERT INTO feature (file, ord, body, geom) "
                           "SELECT $1, n - 1, CASE WHEN jsonb_typeof(value -> 'geometry') = 'object' THEN value - 'geometry' ELSE value END, "
                           "CASE WHEN jsonb_typeof(value -> 'geometry') = 'object' THEN ST_SetSRID(ST_GeomFromGeoJSON(value -> 'geometry'), 4326) END "
                           "FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(value, n)"),
            {relative.toUtf8(), compact(all)});
        if (!r)
            return Error{QDir(m_root).filePath(relative), {}, r.error().message};
        return std::nullopt;
    }

    std::optional<Error> geoPackage(const QString &relative, const QString &path)
    {
        GDALDatasetUniquePtr dataset = gdal::openVector(path);
        if (!dataset)
            return Error{path, {}, QStringLiteral("cannot open: %1").arg(gdal::lastErrorMessage())};
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        QJsonArray layers;
        for (OGRLayer *layer : dataset->GetLayers()) {
            const OGRSpatialReference *srs = layer->GetSpatialRef();
            const char *const sameAs[] = {"IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES", "CRITERION=EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS", nullptr};
            if (srs && !srs->IsSame(&wgs84, sameAs))
                return Error{path, QStringLiteral("layer '%1'").arg(QString::fromUtf8(layer->GetName())),
                             QStringLiteral("the store keeps boundaries in WGS 84 (EPSG:4326); reproject the layer first")};
            OGRFeatureDefn *definition = layer->GetLayerDefn();
            QJsonArray fields;
            for (int i = 0; i < definition->GetFieldCount(); ++i) {
                const OGRFieldDefn *f = definition->GetFieldDefn(i);
                fields.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(f->GetNameRef())},
                                          {QStringLiteral("type"), int(f->GetType())},
                                          {QStringLiteral("subtype"), int(f->GetSubType())},
                                          {QStringLiteral("width"), f->GetWidth()},
                                          {QStringLiteral("precision"), f->GetPrecision()},
                                          {QStringLiteral("nullable"), bool(f->IsNullable())}});
            }
            layers.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(layer->GetName())},
                                      {QStringLiteral("geometry_type"), int(layer->GetGeomType())},
                                      {QStringLiteral("geometry_column"), QString::fromUtf8(layer->GetGeometryColumn())},
                                      {QStringLiteral("fid_column"), QString::fromUtf8(layer->GetFIDColumn())},
                                      {QStringLiteral("fields"), fields}});
        }
        if (auto error = addFile(relative, QStringLiteral("gpkg"), compact(QJsonObject{{QStringLiteral("layers"), layers}}), {}))
            return error;
        for (OGRLayer *layer : dataset->GetLayers()) {
            layer->ResetReading();
            for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
                QJsonObject attributes;
                for (int i = 0; i < f->GetFieldCount(); ++i) {
                    const QString name = QString::fromUtf8(f->GetFieldDefnRef(i)->GetNameRef());
                    if (!f->IsFieldSetAndNotNull(i)) {
                        attributes.insert(name, QJsonValue::Null);
                        continue;
                    }
                    switch (f->GetFieldDefnRef(i)->GetType()) {
                    case OFTInteger:
                    case OFTInteger64:
                        attributes.insert(name, qint64(f->GetFieldAsInteger64(i)));
                        break;
                    case OFTReal:
                        attributes.insert(name, f->GetFieldAsDouble(i));
                        break;
                    default:
                        attributes.insert(name, QString::fromUtf8(f->GetFieldAsString(i)));
                    }
                }
                QByteArray wkb;
                if (const OGRGeometry *g = f->GetGeometryRef()) {
                    wkb.resize(qsizetype(g->WkbSize()));
                    g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
                }
                Result<PgResult> r = m_db.exec(QStringLiteral("INSERT INTO boundary_feature (file, layer, fid, attributes, geom) "
                                                              "VALUES ($1, $2, $3, $4::jsonb, ST_GeomFromWKB(decode($5, 'hex'), 4326))"),
                                               {relative.toUtf8(), QByteArray(layer->GetName()), QByteArray::number(qint64(f->GetFID())),
                                                compact(attributes), wkb.isEmpty() ? QByteArray() : wkb.toHex()});
                if (!r)
                    return Error{path, QStringLiteral("feature %1").arg(f->GetFID()), r.error().message};
            }
        }
        return std::nullopt;
    }

    PgConnection &m_db;
    QString m_root;
};

} // namespace

std::optional<Error> FolderImporter::import(PgConnection &connection, const QString &folder)
{
    const QString dataDir = QDir(folder).absolutePath();
    if (!QFileInfo(dataDir).isDir())
        return Error{dataDir, {}, QStringLiteral("no such data folder")};
    if (auto error = DbSchema::check(connection))
        return error;
    QStringList files;
    QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dataDir).relativeFilePath(it.next());
    files.sort();
    if (auto error = connection.run(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(7262918); DELETE FROM data_file")))
        return error;
    Import import(connection, dataDir);
    for (const QString &relative : files) {
        if (auto error = import.file(relative)) {
            connection.run(QStringLiteral("ROLLBACK"));
            return error;
        }
    }
    return connection.run(QStringLiteral("COMMIT"));
}

} // namespace crossroads
