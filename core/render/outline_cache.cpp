// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/outline_cache.h"

#include "util/atomic_file.h"
#include "util/bounded_read.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <gdal.h>
#include <proj.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <new>

namespace crossroads {
namespace {

// Bumped whenever the layout below or what an entry means changes.
constexpr quint32 kFormat = 1;
constexpr quint32 kMagic = 0x43525843;  // "CRXC"
constexpr int kKeySize = 32;            // SHA-256
constexpr int kSumSize = 20;            // SHA-1 of the payload: damage, not attack
constexpr qint64 kHeaderSize = 4 + 4 + kKeySize + kSumSize;
// region.json is a few hundred bytes; a bigger one is not worth a key.
constexpr qint64 kRegionLimit = 1 << 20;
// A real entry is a few megabytes.
constexpr qint64 kFileLimit = qint64(256) << 20;

// Points are kept as the machine holds them (the entry never leaves it):
// one copy per ring instead of a read per number.
static_assert(sizeof(LonLat) == 2 * sizeof(double));
static_assert(sizeof(QPointF) == 2 * sizeof(double) && std::is_same_v<qreal, double>);

QByteArray sumOf(const QByteArray &payload)
{
    return QCryptographicHash::hash(payload, QCryptographicHash::Sha1);
}

// ---- writing

void writeDate(QDataStream &out, const Date &date)
{
    out << (date.isValid() ? date.toIsoString() : QString());
}

template <typename Points>
void writePoints(QDataStream &out, const Points &points)
{
    out << quint32(points.size());
    out.writeRawData(reinterpret_cast<const char *>(points.data()), int(size_t(points.size()) * sizeof(points[0])));
}

void writeGeometry(QDataStream &out, const MultiPolygon &geometry)
{
    out << quint32(geometry.size());
    for (const Polygon &polygon : geometry) {
        out << quint32(polygon.size());
        for (const Ring &ring : polygon)
            writePoints(out, ring);
    }
}

// ---- reading: every count is checked against the bytes left before
// anything is allocated for it, so no input asks for more memory than its
// own size.

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_in(bytes) { m_in.setVersion(QDataStream::Qt_6_0); }

    bool ok() const { return m_in.status() == QDataStream::Ok; }
    bool atEnd() const { return m_in.atEnd(); }

    // A count of items of at least `each` bytes that the rest can hold.
    std::optional<quint32> count(qint64 each)
    {
        quint32 n = 0;
        m_in >> n;
        if (!ok() || qint64(n) * each > m_in.device()->bytesAvailable())
            return std::nullopt;
        return n;
    }
    std::optional<QString> text()
    {
        QString s;
        m_in >> s;  // Qt reads strings in bounded steps
        return ok() ? std::optional(s) : std::nullopt;
    }
    std::optional<Date> date()
    {
        const std::optional<QString> iso = text();
        if (!iso)
            return std::nullopt;
        if (iso->isEmpty())
            return Date();
        Result<Date> parsed = Date::parse(*iso);
        return parsed ? std::optional(parsed.value()) : std::nullopt;
    }
    std::optional<double> number()
    {
        double d = 0;
        m_in >> d;
        return ok() ? std::optional(d) : std::nullopt;
    }
    std::optional<bool> flag()
    {
        bool b = false;
        m_in >> b;
        return ok() ? std::optional(b) : std::nullopt;
    }
    template <typename Points>
    bool points(Points &out)
    {
        constexpr qint64 each = sizeof(typename Points::value_type);
        const std::optional<quint32> n = count(each);
        if (!n)
            return false;
        out.resize(*n);
        const qint64 bytes = qint64(*n) * each;
        return m_in.readRawData(reinterpret_cast<char *>(out.data()), int(bytes)) == bytes;
    }
    bool geometry(MultiPolygon &out)
    {
        const std::optional<quint32> polygons = count(4);
        if (!polygons)
            return false;
        out.resize(*polygons);
        for (Polygon &polygon : out) {
            const std::optional<quint32> rings = count(4);
            if (!rings)
                return false;
            polygon.resize(*rings);
            for (Ring &ring : polygon)
                if (!points(ring))
                    return false;
        }
        return true;
    }

private:
    QDataStream m_in;
};

std::optional<Country> readCountry(Reader &in)
{
    Country c;
    const std::optional<QString> iso3 = in.text(), name = in.text();
    const std::optional<Date> from = in.date(), until = in.date();
    if (!iso3 || !name || !from || !until)
        return std::nullopt;
    c.iso3 = *iso3;
    c.name = *name;
    c.validFrom = *from;
    c.validUntil = *until;
    const std::optional<quint32> sources = in.count(4);
    if (!sources)
        return std::nullopt;
    for (quint32 k = 0; k < *sources; ++k) {
        const std::optional<QString> id = in.text();
        if (!id)
            return std::nullopt;
        c.sources << *id;
    }
    const std::optional<double> lon = in.number(), lat = in.number();
    if (!lon || !lat || !in.geometry(c.geometry))
        return std::nullopt;
    c.labelPoint = LonLat{*lon, *lat};
    return c;
}

std::optional<Outline> readOutline(Reader &in)
{
    Outline o;
    const std::optional<QString> id = in.text();
    const std::optional<bool> approximate = in.flag();
    const std::optional<QString> method = in.text();
    if (!id || !approximate || !method || !in.geometry(o.geometry))
        return std::nullopt;
    o.id = *id;
    o.approximate = *approximate;
    o.method = *method;
    return o;
}

std::optional<ProjectedAtlas::CountryShape> readShape(Reader &in)
{
    const std::optional<quint32> count = in.count(4);
    if (!count)
        return std::nullopt;
    std::vector<QPolygonF> rings(*count);
    for (QPolygonF &ring : rings) {
        // As projectCountries keeps them: three points or more, all finite.
        if (!in.points(ring) || ring.size() < 3)
            return std::nullopt;
        if (!std::all_of(ring.begin(), ring.end(), [](QPointF p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }))
            return std::nullopt;
    }
    const std::optional<double> x = in.number(), y = in.number(), area = in.number();
    if (!x || !y || !area)
        return std::nullopt;
    return ProjectedAtlas::shapeOf(std::move(rings), QPointF(*x, *y), *area);
}

// A count, then that many items of at least `each` bytes, each read by
// `item`, into `out`; false at the first that is not whole.
template <typename T, typename ReadItem>
bool readList(Reader &in, qint64 each, ReadItem item, std::vector<T> &out)
{
    const std::optional<quint32> count = in.count(each);
    if (!count)
        return false;
    for (quint32 k = 0; k < *count; ++k) {
        std::optional<T> next = item(in);
        if (!next)
            return false;
        out.push_back(std::move(*next));
    }
    return true;
}

// The size, times, and identity of `path` as the key sees them; "absent"
// for a file that is not there.
std::optional<QByteArray> fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? std::optional(QByteArray("absent")) : std::nullopt;
    return QByteArray::number(qulonglong(st.st_dev)) + ' ' + QByteArray::number(qulonglong(st.st_ino)) + ' ' +
           QByteArray::number(qlonglong(st.st_size)) + ' ' + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' +
           QByteArray::number(qlonglong(st.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qlonglong(st.st_ctim.tv_sec)) + '.' +
           QByteArray::number(qlonglong(st.st_ctim.tv_nsec));
}

} // namespace

std::optional<QByteArray> OutlineCache::key(const DataFolder &folder, const QString &definition)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QByteArray &part) {
        hash.addData(QByteArray::number(part.size()) + ':');
        hash.addData(part);
    };
    add("crossroads outline cache " + QByteArray::number(kFormat));
    add(GDALVersionInfo("RELEASE_NAME"));
    add(proj_info().version);
    add(definition.toUtf8());
    const QString boundaries = QFileInfo(folder.boundaries()).canonicalFilePath();
    if (boundaries.isEmpty())
        return std::nullopt;
    add(boundaries.toUtf8());
    // SQLite may hold committed changes in its log until a checkpoint
    // writes them into the file itself.
    for (const QString &path : {boundaries, boundaries + QStringLiteral("-wal"), boundaries + QStringLiteral("-journal")}) {
        const std::optional<QByteArray> identity = fileIdentity(path);
        if (!identity)
            return std::nullopt;
        add(*identity);
    }
    QFile region(folder.region());
    if (!region.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray regionBytes = readAtMost(region, kRegionLimit);
    if (regionBytes.size() > kRegionLimit)
        return std::nullopt;
    add(regionBytes);
    // Territory outlines are read only for a folder with territory records.
    add(QFileInfo::exists(folder.root.filePath(QStringLiteral("timeline/territories.json"))) ? "territories" : "none");
    return hash.result();
}

QString OutlineCache::fileFor(const QString &dir, const QByteArray &key)
{
    return QDir(dir).filePath(QString::fromLatin1(key.toHex().left(32)) + QStringLiteral(".outlines"));
}

QString OutlineCache::defaultDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("crossroads"));
}

QByteArray OutlineCache::encode(const QByteArray &key, const Entry &entry)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << quint32(entry.countries.size());
        for (const Country &c : entry.countries) {
            out << c.iso3 << c.name;
            writeDate(out, c.validFrom);
            writeDate(out, c.validUntil);
            out << quint32(c.sources.size());
            for (const QString &id : c.sources)
                out << id;
            out << c.labelPoint.lon << c.labelPoint.lat;
            writeGeometry(out, c.geometry);
        }
        out << quint32(entry.territoryOutlines.size());
        for (const Outline &o : entry.territoryOutlines) {
            out << o.id << o.approximate << o.method;
            writeGeometry(out, o.geometry);
        }
        out << quint32(entry.shapes.size());
        for (const ProjectedAtlas::CountryShape &shape : entry.shapes) {
            out << quint32(shape.rings.size());
            for (const QPolygonF &ring : shape.rings)
                writePoints(out, ring);
            out << shape.labelPoint.x() << shape.labelPoint.y() << shape.area;
        }
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kMagic << kFormat;
    out.writeRawData(key.constData(), int(key.size()));
    const QByteArray sum = sumOf(payload);
    out.writeRawData(sum.constData(), int(sum.size()));
    out.writeRawData(payload.constData(), int(payload.size()));
    return bytes;
}

std::optional<OutlineCache::Entry> OutlineCache::decode(const QByteArray &bytes, const QByteArray &key)
{
    if (bytes.size() < kHeaderSize || key.size() != kKeySize)
        return std::nullopt;
    QDataStream in(bytes);
    quint32 magic = 0, format = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat)
        return std::nullopt;
    if (bytes.mid(8, kKeySize) != key)
        return std::nullopt;
    // The payload where it lies: a copy of megabytes costs more than reading it.
    const QByteArray payload = QByteArray::fromRawData(bytes.constData() + kHeaderSize, bytes.size() - kHeaderSize);
    if (sumOf(payload) != bytes.mid(8 + kKeySize, kSumSize))
        return std::nullopt;
    return decodePayload(payload);
}

std::optional<OutlineCache::Entry> OutlineCache::decodePayload(const QByteArray &payload)
{
    Reader in(payload);
    Entry entry;
    if (!readList(in, 16, readCountry, entry.countries) || !readList(in, 12, readOutline, entry.territoryOutlines) ||
        !readList(in, 28, readShape, entry.shapes))
        return std::nullopt;
    if (entry.shapes.size() != entry.countries.size() || !in.ok() || !in.atEnd())
        return std::nullopt;
    return entry;
}

std::optional<OutlineCache::Entry> OutlineCache::read(const QString &file, const QByteArray &key)
{
    // Regular files only: opening a FIFO put in its place would wait for a
    // writer.
    if (!QFileInfo(file).isFile())
        return std::nullopt;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.isSequential())
        return std::nullopt;
    // One read of the size the file has: a file that changes meanwhile
    // fails its checksum.
    const qint64 size = f.size();
    if (size < kHeaderSize || size > kFileLimit)
        return std::nullopt;
    // A cache never fails a load: a file too big for the memory there is
    // is no entry either.
    try {
        QByteArray bytes(size, Qt::Uninitialized);
        if (f.read(bytes.data(), size) != size)
            return std::nullopt;
        return decode(bytes, key);
    } catch (const std::bad_alloc &) {
        return std::nullopt;
    }
}

std::optional<Error> OutlineCache::write(const QString &file, const QByteArray &key, const Entry &entry)
{
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{info.absolutePath(), {}, QStringLiteral("cannot make the folder")};
    if (std::optional<Error> failed = writeFileAtomically(file, encode(key, entry)))
        return failed;
    // Entries of files since changed, or of projections no longer used:
    // the newest few stay.
    const QFileInfoList entries =
        QDir(info.absolutePath()).entryInfoList({QStringLiteral("*.outlines")}, QDir::Files, QDir::Time);
    for (qsizetype i = kKept; i < entries.size(); ++i)
        QFile::remove(entries[i].absoluteFilePath());
    return std::nullopt;
}

} // namespace crossroads
