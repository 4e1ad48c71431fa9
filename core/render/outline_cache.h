// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/country.h"
#include "data/data_folder.h"
#include "render/projected_atlas.h"
#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace crossroads {

// What a data folder's boundary GeoPackage gives a load (the countries and
// the territory outlines, as GDAL read them) with the countries projected
// in one projection, kept in a file between runs. Opening the GeoPackage
// and PROJ's database and projecting every outline is most of what a start
// costs; reading this file back takes a few milliseconds.
//
// An entry belongs to the exact inputs it was made from (see key()): the
// GeoPackage as it is on disk (path, size, modification time, inode, and
// SQLite's write-ahead log beside it), region.json's bytes, the projection,
// and the GDAL and PROJ versions that read and projected them. Anything
// else — a damaged, truncated or foreign file — is not an entry, and the
// load reads the GeoPackage as if there were none.
class OutlineCache
{
public:
    struct Entry
    {
        std::vector<Country> countries;
        std::vector<Outline> territoryOutlines;
        std::vector<ProjectedAtlas::CountryShape> shapes;  // parallel to countries
    };

    // The identity of the inputs for the folder's own GeoPackage in the
    // projection `definition`; nullopt when a file cannot be looked at.
    static std::optional<QByteArray> key(const DataFolder &folder, const QString &definition);
    // The file of `key`'s entry in `dir`.
    static QString fileFor(const QString &dir, const QByteArray &key);
    // Where the atlas keeps its entries: the user's cache folder.
    static QString defaultDir();

    // The entry of `key` in `file`; nullopt when there is none or it is not
    // whole.
    static std::optional<Entry> read(const QString &file, const QByteArray &key);
    // Writes the entry all or nothing, then removes all but the newest
    // kKept entries of the folder.
    static std::optional<Error> write(const QString &file, const QByteArray &key, const Entry &entry);

    // The file's bytes and back (read() and write() without the file).
    static QByteArray encode(const QByteArray &key, const Entry &entry);
    static std::optional<Entry> decode(const QByteArray &bytes, const QByteArray &key);
    // The part after the header, without its checksum: what a fuzzer feeds.
    static std::optional<Entry> decodePayload(const QByteArray &payload);

    static constexpr int kKept = 8;
};

} // namespace crossroads
