// SPDX-License-Identifier: GPL-3.0-or-later
#include "folder_diff.h"

#include "data/gdal_handles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>

#include <set>

namespace crossroads::test {
namespace {

std::set<QString> files(const QString &root)
{
    std::set<QString> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.insert(QDir(root).relativeFilePath(it.next()));
    return out;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Everything GDAL reads from a GeoPackage, as text.
QString dumpGeoPackage(const QString &path)
{
    GDALDatasetUniquePtr ds = gdal::openVector(path);
    if (!ds)
        return QStringLiteral("cannot open");
    QString out;
    for (OGRLayer *layer : ds->GetLayers()) {
        OGRFeatureDefn *def = layer->GetLayerDefn();
        out += QStringLiteral("layer %1 %2 %3 srs=%4\n")
                   .arg(QString::fromUtf8(layer->GetName()), QString::fromUtf8(OGRGeometryTypeToName(layer->GetGeomType())),
                        QString::fromUtf8(layer->GetFIDColumn()),
                        layer->GetSpatialRef() ? QString::fromUtf8(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) : QString());
        for (int i = 0; i < def->GetFieldCount(); ++i) {
            const OGRFieldDefn *f = def->GetFieldDefn(i);
            out += QStringLiteral(" field %1 %2 %3 %4\n")
                       .arg(QString::fromUtf8(f->GetNameRef()), QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(f->GetType())))
                       .arg(f->GetWidth())
                       .arg(f->GetPrecision());
        }
        for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            out += QStringLiteral(" feature %1").arg(f->GetFID());
            for (int i = 0; i < f->GetFieldCount(); ++i)
                out += f->IsFieldSetAndNotNull(i) ? QStringLiteral(" [%1]").arg(QString::fromUtf8(f->GetFieldAsString(i))) : QStringLiteral(" null");
            if (const OGRGeometry *g = f->GetGeometryRef()) {
                char *wkt = nullptr;
                g->exportToWkt(&wkt, wkbVariantIso);
                out += u' ' + QString::fromUtf8(wkt);
                CPLFree(wkt);
            }
            out += u'\n';
        }
    }
    return out;
}

} // namespace

QStringList diffFolders(const QString &a, const QString &b, bool bytes)
{
    QStringList differences;
    const std::set<QString> left = files(a), right = files(b);
    for (const QString &f : left)
        if (!right.count(f))
            differences << QStringLiteral("only in the first: ") + f;
    for (const QString &f : right)
        if (!left.count(f))
            differences << QStringLiteral("only in the second: ") + f;
    for (const QString &f : left) {
        if (!right.count(f))
            continue;
        const QString pa = QDir(a).filePath(f), pb = QDir(b).filePath(f);
        if (f.endsWith(QLatin1String(".gpkg"))) {
            const QString da = dumpGeoPackage(pa), db = dumpGeoPackage(pb);
            if (da != db)
                differences << QStringLiteral("%1: the GeoPackages differ").arg(f);
            continue;
        }
        const QByteArray ba = read(pa), bb = read(pb);
        if (ba == bb)
            continue;
        if (!bytes && (f.endsWith(QLatin1String(".json")) || f.endsWith(QLatin1String(".geojson")))) {
            if (QJsonDocument::fromJson(ba) != QJsonDocument::fromJson(bb))
                differences << QStringLiteral("%1: the JSON values differ").arg(f);
            continue;
        }
        differences << QStringLiteral("%1: the bytes differ").arg(f);
    }
    return differences;
}

} // namespace crossroads::test
