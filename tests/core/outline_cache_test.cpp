// SPDX-License-Identifier: GPL-3.0-or-later
// The outlines a load keeps for the next start: read back exactly as
// written, refused whenever damaged, foreign or made from other files.
#include "render/outline_cache.h"

#include "support/test_data.h"
#include "support/test_paths.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

OutlineCache::Entry shippedEntry()
{
    const auto geo = test::shippedGeo();
    return {geo->atlas().countries, geo->atlas().territories.outlines(), geo->countries()};
}

QByteArray shippedKey()
{
    return OutlineCache::key(DataFolder{QDir(test::geodata())}, defaultProjectionPreset().definition).value();
}

void expectSameCountry(const Country &x, const Country &y)
{
    EXPECT_EQ(x.iso3, y.iso3);
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.validFrom, y.validFrom) << x.iso3.toStdString();
    EXPECT_EQ(x.validUntil, y.validUntil) << x.iso3.toStdString();
    EXPECT_EQ(x.sources, y.sources);
    EXPECT_EQ(x.labelPoint, y.labelPoint);
    EXPECT_EQ(x.geometry, y.geometry) << x.iso3.toStdString();
}

void expectSameOutline(const Outline &x, const Outline &y)
{
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.approximate, y.approximate) << x.id.toStdString();
    EXPECT_EQ(x.method, y.method);
    EXPECT_EQ(x.geometry, y.geometry) << x.id.toStdString();
}

void expectSameShape(const ProjectedAtlas::CountryShape &x, const ProjectedAtlas::CountryShape &y)
{
    EXPECT_EQ(x.rings, y.rings);
    EXPECT_EQ(x.ringBounds, y.ringBounds);
    EXPECT_EQ(x.bounds, y.bounds);
    EXPECT_EQ(x.labelPoint, y.labelPoint);
    EXPECT_EQ(x.area, y.area);
    EXPECT_EQ(x.path.elementCount(), y.path.elementCount());
    EXPECT_EQ(x.path.fillRule(), y.path.fillRule());
}

// `same` for each pair of `a` and `b`, which must be as long.
template <typename T, typename Same>
void expectEach(const std::vector<T> &a, const std::vector<T> &b, Same same)
{
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i)
        same(a[i], b[i]);
}

void expectSame(const OutlineCache::Entry &a, const OutlineCache::Entry &b)
{
    expectEach(a.countries, b.countries, expectSameCountry);
    expectEach(a.territoryOutlines, b.territoryOutlines, expectSameOutline);
    expectEach(a.shapes, b.shapes, expectSameShape);
}

} // namespace

// Mutation tried: territory outlines written without their "approximate"
// flag (read back false) -> the approximate outlines differ.
TEST(OutlineCache, AnEntryReadsBackAsItWasWritten)
{
    const OutlineCache::Entry entry = shippedEntry();
    ASSERT_FALSE(entry.countries.empty());
    ASSERT_FALSE(entry.territoryOutlines.empty());
    const QByteArray key = shippedKey();
    const std::optional<OutlineCache::Entry> decoded = OutlineCache::decode(OutlineCache::encode(key, entry), key);
    ASSERT_TRUE(decoded);
    expectSame(entry, *decoded);

    QTemporaryDir dir;
    const QString file = OutlineCache::fileFor(dir.path(), key);
    ASSERT_FALSE(OutlineCache::write(file, key, entry));
    const std::optional<OutlineCache::Entry> read = OutlineCache::read(file, key);
    ASSERT_TRUE(read);
    expectSame(entry, *read);
}

// Mutation tried: no checksum check -> the entry with one byte changed in
// a point reads as an entry.
TEST(OutlineCache, ADamagedOrForeignFileIsNoEntry)
{
    const QByteArray key = shippedKey();
    const QByteArray bytes = OutlineCache::encode(key, shippedEntry());
    for (qsizetype size : {qsizetype(0), qsizetype(7), qsizetype(59), qsizetype(60), bytes.size() / 2, bytes.size() - 1})
        EXPECT_FALSE(OutlineCache::decode(bytes.left(size), key)) << "cut at " << size;
    QByteArray flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    EXPECT_FALSE(OutlineCache::decode(flipped, key));
    QByteArray otherKey = key;
    otherKey[0] = char(otherKey[0] ^ 1);
    EXPECT_FALSE(OutlineCache::decode(bytes, otherKey));
    QByteArray otherFormat = bytes;
    otherFormat[7] = char(otherFormat[7] + 1);
    EXPECT_FALSE(OutlineCache::decode(otherFormat, key));
    EXPECT_FALSE(OutlineCache::decode(bytes + "x", key));
    EXPECT_TRUE(OutlineCache::decode(bytes, key));

    QTemporaryDir dir;
    EXPECT_FALSE(OutlineCache::read(dir.filePath(QStringLiteral("none.outlines")), key));
    EXPECT_FALSE(OutlineCache::read(dir.path(), key));  // a folder
}

// A count is checked against the bytes left before anything is allocated
// for it. Mutation tried: no such check -> std::bad_alloc for the points.
TEST(OutlineCache, CountsBeyondTheFileAreRefusedBeforeAllocating)
{
    QByteArray hugeCountries;
    {
        QDataStream out(&hugeCountries, QIODevice::WriteOnly);
        out << quint32(0xffffffff);
    }
    EXPECT_FALSE(OutlineCache::decodePayload(hugeCountries));

    QByteArray hugeRing;
    {
        QDataStream out(&hugeRing, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << quint32(1) << QStringLiteral("AZE") << QStringLiteral("Azerbaijan") << QString() << QString() << quint32(0)
            << 47.5 << 40.3 << quint32(1) << quint32(1) << quint32(0x7fffffff);
    }
    EXPECT_FALSE(OutlineCache::decodePayload(hugeRing));
}

// Mutations tried: the key without the GeoPackage's time -> a touched
// file keeps its key; without region.json -> a new label point keeps it.
TEST(OutlineCache, TheKeyFollowsTheFilesAndTheProjection)
{
    test::DataFolderCopy copy;
    const DataFolder folder{QDir(copy.path())};
    const QString definition = defaultProjectionPreset().definition;
    const std::optional<QByteArray> key = OutlineCache::key(folder, definition);
    ASSERT_TRUE(key);
    EXPECT_EQ(OutlineCache::key(folder, definition), key);
    EXPECT_NE(OutlineCache::key(folder, findProjectionPreset(QStringLiteral("web-mercator"))->definition), key);

    QFile gpkg(folder.boundaries());
    ASSERT_TRUE(gpkg.open(QIODevice::ReadWrite));
    ASSERT_TRUE(gpkg.setFileTime(QDateTime::currentDateTime().addSecs(3600), QFileDevice::FileModificationTime));
    gpkg.close();
    const std::optional<QByteArray> touched = OutlineCache::key(folder, definition);
    EXPECT_NE(touched, key);

    QFile region(folder.region());
    ASSERT_TRUE(region.open(QIODevice::ReadOnly));
    const QByteArray text = region.readAll();
    region.close();
    copy.write(QStringLiteral("region.json"), text + "\n");
    EXPECT_NE(OutlineCache::key(folder, definition), touched);

    const std::optional<QByteArray> beforeLog = OutlineCache::key(folder, definition);
    copy.write(QStringLiteral("boundaries/countries.gpkg-wal"), "log");
    EXPECT_NE(OutlineCache::key(folder, definition), beforeLog);

    ASSERT_TRUE(QFile::remove(folder.boundaries()));
    EXPECT_FALSE(OutlineCache::key(folder, definition));
}

// The fuzzer's seeds are whole entries, so it starts from inputs that
// reach every part of the reader. Fails when the layout changes and the
// seeds were not made again.
TEST(OutlineCache, TheFuzzSeedsAreEntries)
{
    const QDir seeds(test::testData(QStringLiteral("../fuzz/seeds/outline_cache")));
    const QStringList files = seeds.entryList(QDir::Files);
    ASSERT_EQ(files.size(), 2);
    for (const QString &name : files) {
        QFile f(seeds.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const std::optional<OutlineCache::Entry> entry = OutlineCache::decodePayload(f.readAll());
        ASSERT_TRUE(entry) << name.toStdString();
        EXPECT_EQ(entry->countries.size(), 1u);
        EXPECT_EQ(entry->territoryOutlines.size(), 1u);
    }
}
