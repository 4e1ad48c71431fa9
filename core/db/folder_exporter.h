// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/pg_connection.h"

#include <QJsonDocument>

#include <optional>

namespace crossroads {

// Writes the shared store back out as a data folder. JSON files come out in
// one canonical form (Qt's indented JSON: four spaces, keys sorted), which
// is what the store's round trip preserves: the same values, arrays in the
// same order; a folder already in that form comes back byte for byte. The
// GeoPackage is rebuilt with GDAL from the store's PostGIS tables, read
// through GDAL's PostgreSQL driver.
class FolderExporter
{
public:
    // Writes into a new folder beside `outputDir` and renames it into place
    // only when complete; an existing folder is replaced only then.
    static std::optional<Error> exportTo(PgConnection &connection, const QString &outputDir);

    // Writes into `dir`, which must exist and be empty (no renaming).
    static std::optional<Error> writeInto(PgConnection &connection, const QString &dir);

    // The canonical form of a JSON document, as written by the export.
    static QByteArray canonicalJson(const QJsonDocument &document);
};

} // namespace crossroads
