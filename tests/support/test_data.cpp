// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_data.h"

#include "support/test_paths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPainter>

#include <gtest/gtest.h>

namespace crossroads::test {
namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        QFile::copy(file, target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

MapSettings probingSettings(const Date &date, const QRectF &extent, QSize size)
{
    MapSettings s;
    s.viewport.setSize(size);
    s.viewport.fitExtent(extent);
    s.date = date;
    s.layers = shippedRenderer()->defaultLayers();
    for (const QString &id : {layers::labels, layers::events, layers::corridors, layers::graticule})
        s.layers.remove(id);
    return s;
}

QImage renderShipped(const MapSettings &s, RenderCache *cache)
{
    QImage image(s.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    shippedRenderer()->render(painter, s, cache);
    return image;
}

std::shared_ptr<const Atlas> shippedAtlas()
{
    static const std::shared_ptr<const Atlas> atlas = [] {
        AtlasLoader::Report report = AtlasLoader::load(geodata());
        for (const Error &e : report.errors)
            ADD_FAILURE() << "shipped data: " << e.toString().toStdString();
        return report.atlas;
    }();
    return atlas;
}

std::shared_ptr<const ProjectedAtlas> shippedGeo()
{
    static const std::shared_ptr<const ProjectedAtlas> geo = ProjectedAtlas::build(shippedAtlas(), defaultProjectionPreset());
    return geo;
}

std::shared_ptr<const MapRenderer> shippedRenderer()
{
    static const std::shared_ptr<const MapRenderer> renderer = std::make_shared<const MapRenderer>(shippedGeo());
    return renderer;
}

DataFolderCopy::DataFolderCopy(const QString &overlay)
{
    copyTree(geodata(), m_dir.path());
    if (!overlay.isEmpty())
        copyTree(testData(overlay), m_dir.path());
}

void DataFolderCopy::write(const QString &relative, const QByteArray &text) const
{
    QFile file(QDir(m_dir.path()).filePath(relative));
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
}

Date day(const char *iso)
{
    Result<Date> d = Date::parse(QString::fromLatin1(iso));
    return d ? d.value() : Date();
}

} // namespace crossroads::test
