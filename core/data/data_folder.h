// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

namespace crossroads {

// Where each file lives inside a data folder (the shipped one is geodata/).
// One place, so the loaders, the validator and the documentation agree.
struct DataFolder
{
    QDir root;

    QString boundaries() const { return root.filePath(QStringLiteral("boundaries/countries.gpkg")); }
    static QString boundaryLayer() { return QStringLiteral("countries"); }
    QString region() const { return root.filePath(QStringLiteral("region.json")); }
    QString sources() const { return root.filePath(QStringLiteral("timeline/sources.json")); }
    QString groups() const { return root.filePath(QStringLiteral("timeline/groups.json")); }
    QString memberships() const { return root.filePath(QStringLiteral("timeline/memberships.json")); }
    QString events() const { return root.filePath(QStringLiteral("timeline/events.json")); }
    QString relations() const { return root.filePath(QStringLiteral("timeline/relations.json")); }
    QString corridors() const { return root.filePath(QStringLiteral("timeline/corridors.json")); }
    QString corridorRoutes() const { return root.filePath(QStringLiteral("timeline/corridors.geojson")); }
    QString places() const { return root.filePath(QStringLiteral("timeline/places.geojson")); }
    QString stories() const { return root.filePath(QStringLiteral("stories")); }

    // A folder is a data folder when it has the boundary file.
    bool looksValid() const { return QFileInfo::exists(boundaries()); }
};

} // namespace crossroads
