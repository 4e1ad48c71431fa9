// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_data.h"

#include "support/test_paths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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
