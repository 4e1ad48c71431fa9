// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input battery: the real program run on bad dates, sizes, data
// folders, JSON/GeoJSON, absurd sizes, special files, existing outputs,
// injected write failures and markup in data. Each case is a command, the
// exit code it must end with, and the files of its work folder (and of the
// data folder it reads) before and after: byte-identical where nothing may
// change, and no temporary file left anywhere. A crash (signal or
// sanitizer report), a hang (no exit within the time limit) or an
// unexpected change of any file fails the case; the summary at the end
// counts each kind.
//
// CROSSROADS_BATTERY_EXECUTABLE runs the battery against another build of
// the program (e.g. an older one, to count what it got wrong).
//
// Proven able to fail: with OutputSet::checkTarget accepting every path,
// the output-device-* cases failed (exit 1 and the device replaced by a
// regular file); the injected write and rename failures are the same
// mutations output_set_test.cpp was proven against.
#include "support/test_paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <functional>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace crossroads::test;

namespace {

// What a case's run found wrong, for the summary.
struct Tally
{
    int cases = 0, crashed = 0, hung = 0, lostOrChanged = 0, wrongCode = 0;
};
Tally &tally()
{
    static Tally t;
    return t;
}

// The work folder of one case: W/out holds an earlier export (image with
// sidecars, PDF, SVG, an unrelated file), W/data a data folder when the
// case needs its own.
class Work
{
public:
    Work()
    {
        QDir(path()).mkpath(QStringLiteral("out"));
        file(QStringLiteral("out/map.png"), "old png");
        file(QStringLiteral("out/map.pgw"), "old pgw");
        file(QStringLiteral("out/map.png.aux.xml"), "old aux");
        file(QStringLiteral("out/map.pdf"), "old pdf");
        file(QStringLiteral("out/map.svg"), "old svg");
        file(QStringLiteral("out/notes.txt"), "unrelated");
    }
    QString path() const { return m_dir.path(); }
    QString at(const QString &relative) const { return QDir(path()).filePath(relative); }
    void file(const QString &relative, const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(at(relative)).absolutePath());
        QFile f(at(relative));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
    }
    void fifo(const QString &relative) const
    {
        QFile::remove(at(relative));
        ::mkfifo(QFile::encodeName(at(relative)).constData(), 0644);
    }
    void device(const QString &relative, int minor) const
    {
        const QByteArray path = QFile::encodeName(at(relative));
        if (::geteuid() != 0 || ::mknod(path.constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
            ::mkfifo(path.constData(), 0644);
    }
    void folder(const QString &relative) const
    {
        QFile::remove(at(relative));
        QDir().mkpath(at(relative));
    }
    // A copy of the shipped data folder at W/data, used by "@D".
    void copyData()
    {
        QDirIterator it(geodata(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = at(QStringLiteral("data/") + QDir(geodata()).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(source, target);
            QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        m_ownData = true;
    }
    QString data() const { return m_ownData ? at(QStringLiteral("data")) : geodata(); }

private:
    QTemporaryDir m_dir;
    bool m_ownData = false;
};

using Setup = std::function<void(Work &)>;
using Check = std::function<void(const Work &, const QString &err)>;

struct Case
{
    std::string name;
    QStringList args;  // "@W/" the work folder, "@D" the data folder
    int code;
    Setup setup = {};
    QStringList changes = {};  // files under W (wildcards allowed) the case may write
    QMap<QString, QString> env = {};
    const char *says = "";  // a piece of the message on stderr
    Check check = {};
};

// Type and content of every file under `root` (special files by type).
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString relative = QDir(root).relativeFilePath(path);
        struct stat st {};
        ::lstat(QFile::encodeName(path).constData(), &st);
        if (S_ISDIR(st.st_mode)) {
            files.insert(relative, "folder");
        } else if (S_ISREG(st.st_mode)) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            files.insert(relative, "file " + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex() +
                                       " mode " + QByteArray::number(st.st_mode & 07777, 8));
        } else {
            files.insert(relative, "special " + QByteArray::number(st.st_mode & S_IFMT, 8));
        }
    }
    return files;
}

QString executableUnderTest()
{
    const QString other = qEnvironmentVariable("CROSSROADS_BATTERY_EXECUTABLE");
    return other.isEmpty() ? executable() : other;
}

class Battery : public testing::TestWithParam<Case>
{
};

TEST_P(Battery, ExitCodeAndFiles)
{
    const Case &c = GetParam();
    Work work;
    if (c.setup)
        c.setup(work);
    QStringList args;
    for (QString a : c.args)
        args << a.replace(QStringLiteral("@W"), work.path()).replace(QStringLiteral("@D"), work.data());
    const QMap<QString, QByteArray> before = snapshot(work.path());
    const QMap<QString, QByteArray> dataBefore = snapshot(work.data());

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    // The notes and settings of this case, not the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), work.at(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.at(QStringLiteral("xdg-config")));
    // Under AddressSanitizer an absurd allocation must reach our handler
    // as std::bad_alloc, as it would in a normal build.
    env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":allocator_may_return_null=1"));
    for (auto it = c.env.begin(); it != c.env.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(executableUnderTest(), args);
    ++tally().cases;
    const bool finished = process.waitForFinished(120000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        ++tally().hung;
        FAIL() << "hung: crossroads " << args.join(u' ').toStdString();
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const bool crashed = process.exitStatus() != QProcess::NormalExit || err.contains(QLatin1String("AddressSanitizer")) ||
                         err.contains(QLatin1String("runtime error:")) || err.contains(QLatin1String("terminate called")) ||
                         err.contains(QLatin1String("LeakSanitizer"));
    if (crashed)
        ++tally().crashed;
    EXPECT_FALSE(crashed) << "crashed: " << err.toStdString();
    if (process.exitCode() != c.code && !crashed)
        ++tally().wrongCode;
    EXPECT_EQ(process.exitCode(), c.code) << err.toStdString();
    EXPECT_TRUE(err.contains(QString::fromUtf8(c.says).replace(QStringLiteral("@W"), work.path()))) << "stderr: " << err.toStdString();

    // Every file as it was, but those the case may write when it succeeds.
    const QMap<QString, QByteArray> after = snapshot(work.path());
    auto mayChange = [&c](const QString &file) {
        for (const QString &pattern : c.changes)
            if (QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)).match(file).hasMatch())
                return true;
        return file.startsWith(QLatin1String("xdg-"));
    };
    QStringList lost;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!mayChange(it.key()) && after.value(it.key()) != it.value())
            lost << it.key();
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()) && !mayChange(it.key()))
            lost << it.key() + QStringLiteral(" (appeared)");
    if (snapshot(work.data()) != dataBefore)
        lost << QStringLiteral("the data folder");
    if (!lost.isEmpty())
        ++tally().lostOrChanged;
    EXPECT_TRUE(lost.isEmpty()) << "changed: " << lost.join(QStringLiteral(", ")).toStdString() << "\n" << err.toStdString();
    if (c.code == 0)
        for (const QString &file : c.changes)
            if (!file.contains(u'*')) {
                EXPECT_TRUE(QFileInfo(work.at(file)).isFile()) << file.toStdString() << " not written";
            }
    if (c.check)
        c.check(work, err);
}

// The pieces cases are made of.
QStringList exportPng(const QStringList &more = {})
{
    return QStringList{QStringLiteral("export"), QStringLiteral("--data"), QStringLiteral("@D"), QStringLiteral("--date"),
                       QStringLiteral("2026-01-22"), QStringLiteral("--size"), QStringLiteral("480x270")} +
           more;
}
QStringList query(const QString &date)
{
    return {QStringLiteral("query"), QStringLiteral("--data"), QStringLiteral("@D"), QStringLiteral("--date"), date};
}
QStringList brief(const QString &country, const QString &date)
{
    return {QStringLiteral("brief"), QStringLiteral("--data"), QStringLiteral("@D"), QStringLiteral("--country"), country,
            QStringLiteral("--date"), date};
}
QStringList validate() { return {QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("@D")}; }
const QStringList pngSet{QStringLiteral("out/map.png"), QStringLiteral("out/map.pgw"), QStringLiteral("out/map.png.aux.xml")};

Setup dataFile(const QString &relative, const QByteArray &bytes)
{
    return [relative, bytes](Work &w) {
        w.copyData();
        w.file(QStringLiteral("data/") + relative, bytes);
    };
}
Setup dataFifo(const QString &relative)
{
    return [relative](Work &w) {
        w.copyData();
        w.fifo(QStringLiteral("data/") + relative);
    };
}
Setup dataFolderAt(const QString &relative)
{
    return [relative](Work &w) {
        w.copyData();
        w.folder(QStringLiteral("data/") + relative);
    };
}
Setup dataRemoved(const QString &relative)
{
    return [relative](Work &w) {
        w.copyData();
        QFile::remove(w.at(QStringLiteral("data/") + relative));
    };
}

QByteArray repeat(const char *piece, int times) { return QByteArray(piece).repeated(times); }

// A JSON data file with one record whose field holds `value`.
QByteArray eventsWith(const QByteArray &field, const QByteArray &value)
{
    return "{\"events\": [{\"id\": \"e\", \"date\": \"2020-01-01\", \"title\": \"T\", \"summary\": \"S\", \"countries\": [\"AZE\"], "
           "\"sources\": [\"000_8dc81030165d37e0\"], \"" + field + "\": " + value + "}]}";
}

// Markup a data file might carry into titles, names and captions.
const QByteArray markup = R"(<b>bold</b> <img src=\"x.png\"> & \"quoted\" 'single')";

Check wellFormedSvg(const QString &relative)
{
    return [relative](const Work &w, const QString &) {
        QFile f(w.at(relative));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    };
}

std::vector<Case> cases()
{
    std::vector<Case> all;
    auto add = [&all](Case c) { all.push_back(std::move(c)); };

    // Bad dates, through every subcommand that takes one.
    const char *badDates[] = {"2026-13-01", "2026-02-30", "2025-02-29", "abc", "", "2026-1-1", "0000-00-00", "-0001-01-01",
                              "99999-01-01", "2026-01-01T00:00", "１９９１", "2026-00-10"};
    int n = 0;
    for (const char *d : badDates) {
        const QString date = QString::fromUtf8(d);
        add({QStringLiteral("query-bad-date-%1").arg(n).toStdString(), query(date), 2});
        add({QStringLiteral("brief-bad-date-%1").arg(n).toStdString(), brief(QStringLiteral("AZE"), date), 2});
        add({QStringLiteral("export-bad-date-%1").arg(n).toStdString(),
             QStringList{QStringLiteral("export"), QStringLiteral("--date"), date, QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}, 2});
        ++n;
    }
    add({"query-huge-date", query(QString(100000, u'9')), 2});

    // Bad sizes and resolutions.
    n = 0;
    for (const char *s : {"0x0", "15x100", "20001x100", "99999999x1", "-5x5", "axb", "1920x", "x1080", "100000x100000",
                          "20000x20000", "8000x8000", "1920x1080x3", "1e4x1e4", " ", "16x16"}) {
        add({QStringLiteral("export-bad-size-%1").arg(n++).toStdString(),
             QStringList{QStringLiteral("export"), QStringLiteral("--date"), QStringLiteral("2026-01-22"), QStringLiteral("--output"),
                         QStringLiteral("@W/out/map.png"), QStringLiteral("--size"), QString::fromLatin1(s)}, 2});
    }
    n = 0;
    for (const char *d : {"0", "-1", "abc", "99999", "2401", "23", "1e3", "96.5", "", "999999999999"}) {
        add({QStringLiteral("export-bad-dpi-%1").arg(n++).toStdString(),
             exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--dpi"), QString::fromLatin1(d)}), 2});
    }
    add({"export-dpi-too-high-for-size", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--dpi"), QStringLiteral("600")}), 2, {}, {}, {}, "too small"});

    // Bad arguments.
    add({"unknown-subcommand", {QStringLiteral("frobnicate")}, 2, {}, {}, {}, "unknown subcommand"});
    add({"unknown-option", {QStringLiteral("query"), QStringLiteral("--colour"), QStringLiteral("red")}, 2});
    add({"stray-argument", {QStringLiteral("validate"), QStringLiteral("extra")}, 2, {}, {}, {}, "unexpected argument"});
    add({"query-bad-format", query(QStringLiteral("2026-01-01")) + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}, 2});
    add({"brief-unknown-country", brief(QStringLiteral("ZZZ"), QStringLiteral("2026-01-01")), 2, {}, {}, {}, "unknown country"});
    add({"brief-markup-country", brief(QString::fromUtf8(markup), QStringLiteral("2026-01-01")), 2});
    add({"export-no-output", exportPng(), 2, {}, {}, {}, "--output"});
    add({"export-each-event-no-dir", {QStringLiteral("export"), QStringLiteral("--each-event")}, 2, {}, {}, {}, "--output-dir"});
    add({"export-bad-extent", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--extent"), QStringLiteral("nan,1,2,3")}), 2});
    add({"export-extent-outside", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--extent"), QStringLiteral("-500,-100,500,100")}), 2});
    add({"export-unknown-layer", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--layers"), QString::fromUtf8(markup)}), 2});
    add({"export-unknown-projection", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png"), QStringLiteral("--projection"), QStringLiteral("<b>")}), 2});
    add({"data-option-without-value", {QStringLiteral("validate"), QStringLiteral("--data")}, 2});

    // Missing or damaged data folders.
    add({"data-missing", {QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("@W/nothing")}, 2, {}, {}, {}, "no such data folder"});
    add({"data-is-a-file", {QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("@W/out/notes.txt")}, 2});
    add({"data-empty-folder", {QStringLiteral("validate"), QStringLiteral("--data"), QStringLiteral("@W/out")}, 2});
    add({"data-no-boundaries", validate(), 2, dataRemoved(QStringLiteral("boundaries/countries.gpkg"))});
    add({"data-truncated-boundaries", validate(), 2, [](Work &w) {
             w.copyData();
             QFile f(w.at(QStringLiteral("data/boundaries/countries.gpkg")));
             f.open(QIODevice::ReadWrite);
             f.resize(50000);
         }});
    add({"data-boundaries-not-a-map", validate(), 2, dataFile(QStringLiteral("boundaries/countries.gpkg"), "just text\n")});
    add({"data-boundaries-folder", validate(), 2, dataFolderAt(QStringLiteral("boundaries/countries.gpkg"))});
    add({"data-no-region", validate(), 2, dataRemoved(QStringLiteral("region.json"))});
    add({"data-region-malformed", validate(), 2, dataFile(QStringLiteral("region.json"), "{\"focus\": [")});
    add({"data-region-bad-home", validate(), 2, dataFile(QStringLiteral("region.json"), "{\"focus\": [], \"home\": [10, 10, 0, 0]}")});
    add({"data-region-home-nan", validate(), 2, dataFile(QStringLiteral("region.json"), "{\"focus\": [], \"home\": [\"a\", null, {}, []]}")});
    add({"data-region-focus-not-codes", validate(), 2, dataFile(QStringLiteral("region.json"), "{\"focus\": [1, {}], \"home\": [24, 11, 90, 56]}")});
    add({"data-region-fifo", validate(), 2, dataFifo(QStringLiteral("region.json"))});
    add({"data-region-folder", validate(), 2, dataFolderAt(QStringLiteral("region.json"))});
    add({"data-events-fifo", validate(), 2, dataFifo(QStringLiteral("timeline/events.json"))});
    add({"data-events-folder", validate(), 2, dataFolderAt(QStringLiteral("timeline/events.json"))});
    add({"data-no-events", validate(), 2, dataRemoved(QStringLiteral("timeline/events.json"))});
    // Only regular files are stories: a pipe among them is passed over, not read.
    add({"data-story-fifo", validate(), 0, dataFifo(QStringLiteral("stories/03-pipe.json"))});

    // Malformed JSON and GeoJSON, file by file.
    for (const char *file : {"timeline/groups.json", "timeline/memberships.json", "timeline/events.json", "timeline/relations.json",
                             "timeline/corridors.json", "timeline/corridors.geojson", "timeline/places.geojson", "region.json",
                             "stories/01-stakeholders.json"}) {
        const QString f = QString::fromLatin1(file);
        const QString stem = QFileInfo(f).fileName();
        for (const auto &[what, bytes] : std::initializer_list<std::pair<const char *, QByteArray>>{
                 {"truncated", "{\"a\": [1, 2"}, {"empty", ""}, {"array", "[]"}, {"binary", QByteArray("\x00\xff\xfe\x01garbage", 11)},
                 {"wrong-types", "{\"events\": 5, \"groups\": \"x\", \"memberships\": null, \"relations\": {}, \"corridors\": true, "
                                 "\"features\": 7, \"type\": 3, \"steps\": \"no\", \"focus\": 1, \"home\": 2}"}}) {
            add({QStringLiteral("malformed-%1-%2").arg(stem, QString::fromLatin1(what)).toStdString(), validate(), 2,
                 dataFile(f, bytes)});
        }
    }
    add({"geojson-bad-geometry", validate(), 2, dataFile(QStringLiteral("timeline/places.geojson"),
         R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "x"}, "geometry": {"type": "Point", "coordinates": ["a", 1e999]}}]})")});
    add({"geojson-empty-collection", validate(), 0, dataFile(QStringLiteral("timeline/corridors.geojson"),
         R"({"type": "FeatureCollection", "features": []})")});

    // Absurd sizes: each ends in a clear message, never in an abort.
    add({"huge-nesting", validate(), 2, dataFile(QStringLiteral("timeline/events.json"), repeat("[", 200000))});
    add({"huge-nesting-objects", validate(), 2, dataFile(QStringLiteral("timeline/relations.json"), repeat("{\"a\":", 100000))});
    add({"huge-string", validate(), 2, dataFile(QStringLiteral("timeline/events.json"), eventsWith("title", "\"" + repeat("x", 2000000) + "\""))});
    add({"huge-list", validate(), 2, dataFile(QStringLiteral("timeline/events.json"),
         eventsWith("sources", "[" + repeat("\"000_8dc81030165d37e0\",", 20000) + "\"x\"]"))});
    add({"huge-record-count", validate(), 2, dataFile(QStringLiteral("timeline/relations.json"), "{\"relations\": [" + repeat("{},", 150000) + "{}]}")});
    add({"huge-file", validate(), 2, dataFile(QStringLiteral("timeline/events.json"), "{\"events\": []}" + repeat(" ", 40 * 1024 * 1024))});
    add({"huge-number", validate(), 2, dataFile(QStringLiteral("region.json"), "{\"focus\": [], \"home\": [1e308, -1e308, 1e999, 5]}")});
    add({"huge-story-steps", validate(), 2, dataFile(QStringLiteral("stories/01-stakeholders.json"),
         "{\"id\": \"s\", \"title\": \"t\", \"steps\": [" + repeat("{\"id\": \"x\"},", 120000) + "{}]}")});
    add({"huge-display-names", validate(), 2, dataFile(QStringLiteral("region.json"),
         "{\"focus\": [], \"home\": [24, 11, 90, 56], \"display_names\": {\"TUR\": \"" + repeat("T", 1000) + "\"}}")});

    // Special files and folders as outputs: refused, never replaced.
    // Devices of the case's own (as root: character devices like /dev/null
    // and /dev/full; otherwise pipes): a program that replaced them must
    // not take the machine's /dev/null with it.
    for (const auto &[name, minor] : std::initializer_list<std::pair<const char *, int>>{
             {"null.png", 3}, {"full.png", 7}, {"null.svg", 3}, {"full.pdf", 7}}) {
        const QString file = QStringLiteral("out/") + QString::fromLatin1(name);
        add({QStringLiteral("output-device-%1").arg(QString::fromLatin1(name)).toStdString(),
             exportPng({QStringLiteral("--output"), QStringLiteral("@W/") + file}), 2, [file, minor = minor](Work &w) { w.device(file, minor); },
             {}, {}, "special file"});
    }
    add({"output-fifo", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/pipe.png")}), 2, [](Work &w) { w.fifo(QStringLiteral("out/pipe.png")); }, {}, {}, "special file"});
    add({"output-fifo-svg", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/pipe.svg")}), 2, [](Work &w) { w.fifo(QStringLiteral("out/pipe.svg")); }});
    add({"output-fifo-pdf", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/pipe.pdf")}), 2, [](Work &w) { w.fifo(QStringLiteral("out/pipe.pdf")); }});
    add({"output-folder", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out")}), 2, {}, {}, {}, "folder"});
    add({"output-folder-png", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/dir.png")}), 2, [](Work &w) { w.folder(QStringLiteral("out/dir.png")); }});
    add({"output-sidecar-is-folder", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 2, [](Work &w) { w.folder(QStringLiteral("out/map.pgw")); }});
    add({"output-sidecar-is-fifo", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 2, [](Work &w) { w.fifo(QStringLiteral("out/map.png.aux.xml")); }});
    add({"output-missing-folder", exportPng({QStringLiteral("--output"), QStringLiteral("@W/none/map.png")}), 2, {}, {}, {}, "does not exist"});
    // A missing --output-dir is made; one that cannot be (under a file) is refused.
    add({"output-dir-uncreatable", {QStringLiteral("export"), QStringLiteral("--each-event"), QStringLiteral("--output-dir"), QStringLiteral("@W/plain/none")}, 2,
         [](Work &w) { w.file(QStringLiteral("plain"), "not a folder"); }});
    add({"output-dir-is-file", {QStringLiteral("export"), QStringLiteral("--each-event"), QStringLiteral("--output-dir"), QStringLiteral("@W/out/notes.txt")}, 2});
    add({"output-dir-is-device", {QStringLiteral("export"), QStringLiteral("--each-event"), QStringLiteral("--output-dir"), QStringLiteral("@W/out/null")}, 2,
         [](Work &w) { w.device(QStringLiteral("out/null"), 3); }});
    add({"output-pdf-folder", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/d.pdf")}), 2, [](Work &w) { w.folder(QStringLiteral("out/d.pdf")); }});

    // Existing outputs: replaced whole on success; kept whole on failure.
    add({"png-replaces-whole-set", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 0, {}, pngSet, {}, "",
         [](const Work &w, const QString &) {
             for (const QString &f : {QStringLiteral("out/map.png"), QStringLiteral("out/map.pgw"), QStringLiteral("out/map.png.aux.xml")}) {
                 QFile file(w.at(f));
                 file.open(QIODevice::ReadOnly);
                 EXPECT_FALSE(file.readAll().startsWith("old")) << f.toStdString();
             }
         }});
    add({"png-write-fault-keeps-old-set", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 1, {}, {},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_WRITE_AFTER"), QStringLiteral("1000")}}, "No space left"});
    add({"png-sidecar-write-fault-keeps-old-set", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 1, {}, {},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_WRITE_AFTER"), QStringLiteral("60000")}}});
    for (int i = 0; i < 3; ++i)
        add({QStringLiteral("png-rename-fault-%1-keeps-old-set").arg(i).toStdString(),
             exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 1, {}, {},
             {{QStringLiteral("CROSSROADS_TEST_FAIL_RENAME"), QString::number(i)}}, "nothing was changed"});
    add({"png-new-name-rename-fault", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/fresh.png")}), 1, {}, {},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_RENAME"), QStringLiteral("2")}}});
    add({"svg-write-fault-keeps-old", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.svg")}), 1, {}, {},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_WRITE_AFTER"), QStringLiteral("5000")}}});
    add({"pdf-write-fault-keeps-old", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.pdf")}), 1, {}, {},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_WRITE_AFTER"), QStringLiteral("5000")}}});
    add({"svg-replaces-only-itself", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.svg")}), 0, {}, {QStringLiteral("out/map.svg")}, {}, "",
         wellFormedSvg(QStringLiteral("out/map.svg"))});
    add({"pdf-replaces-only-itself", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.pdf")}), 0, {}, {QStringLiteral("out/map.pdf")}});
    add({"png-keeps-permissions", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.png")}), 0,
         [](Work &w) { QFile(w.at(QStringLiteral("out/map.png"))).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup); },
         pngSet, {}, "", [](const Work &w, const QString &) {
             struct stat st {};
             ASSERT_EQ(::stat(QFile::encodeName(w.at(QStringLiteral("out/map.png"))).constData(), &st), 0);
             EXPECT_EQ(st.st_mode & 0777, 0640u);
         }});
    add({"png-through-symlink", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/link.png")}), 0,
         [](Work &w) { QFile::link(w.at(QStringLiteral("out/map.png")), w.at(QStringLiteral("out/link.png"))); },
         {QStringLiteral("out/map.png"), QStringLiteral("out/link.pgw"), QStringLiteral("out/link.png.aux.xml")}, {}, "",
         [](const Work &w, const QString &) { EXPECT_TRUE(QFileInfo(w.at(QStringLiteral("out/link.png"))).isSymLink()); }});
    const QStringList eachEvent{QStringLiteral("export"), QStringLiteral("--data"), QStringLiteral("@D"), QStringLiteral("--each-event"),
                                QStringLiteral("--output-dir"), QStringLiteral("@W/frames"), QStringLiteral("--size"), QStringLiteral("320x180"),
                                QStringLiteral("--layers"), QStringLiteral("corridors")};
    auto framesFolder = [](Work &w) { QDir(w.path()).mkpath(QStringLiteral("frames")); };
    // A run that fails midway (as a kill would) leaves whole frames only:
    // every image with both sidecars, no index, no temporary file.
    add({"frames-write-fault-leaves-whole-frames", eachEvent, 1, framesFolder,
         {QStringLiteral("frames/*.png"), QStringLiteral("frames/*.pgw"), QStringLiteral("frames/*.png.aux.xml")},
         {{QStringLiteral("CROSSROADS_TEST_FAIL_WRITE_AFTER"), QStringLiteral("300000")}}, "", [](const Work &w, const QString &) {
             const QStringList frames = QDir(w.at(QStringLiteral("frames"))).entryList({QStringLiteral("*.png")});
             EXPECT_FALSE(frames.isEmpty());
             for (const QString &frame : frames) {
                 EXPECT_TRUE(QFileInfo::exists(w.at(QStringLiteral("frames/") + frame.chopped(4) + QStringLiteral(".pgw")))) << frame.toStdString();
                 EXPECT_TRUE(QFileInfo::exists(w.at(QStringLiteral("frames/") + frame + QStringLiteral(".aux.xml")))) << frame.toStdString();
             }
             EXPECT_FALSE(QFileInfo::exists(w.at(QStringLiteral("frames/index.csv"))));
         }});
    add({"frames-index-is-folder", eachEvent, 2, [](Work &w) { w.folder(QStringLiteral("frames/index.csv")); }});

    // Markup in data: escaped wherever it lands.
    add({"markup-title-svg", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.svg"), QStringLiteral("--title"), QString::fromUtf8(markup)}),
         0, {}, {QStringLiteral("out/map.svg")}, {}, "", wellFormedSvg(QStringLiteral("out/map.svg"))});
    auto markupData = [](Work &w) {
        w.copyData();
        QFile f(w.at(QStringLiteral("data/timeline/groups.json")));
        f.open(QIODevice::ReadOnly);
        QByteArray groups = f.readAll();
        f.close();
        groups.replace("\"Abraham Accords\"", "\"" + markup + "\"");
        w.file(QStringLiteral("data/timeline/groups.json"), groups);
    };
    add({"markup-group-svg", exportPng({QStringLiteral("--output"), QStringLiteral("@W/out/map.svg")}), 0, markupData,
         {QStringLiteral("out/map.svg")}, {}, "", wellFormedSvg(QStringLiteral("out/map.svg"))});
    add({"markup-group-brief-html", brief(QStringLiteral("AZE"), QStringLiteral("2026-01-01")) + QStringList{QStringLiteral("--format"), QStringLiteral("html")},
         0, markupData, {}, {}, ""});
    add({"markup-group-query", query(QStringLiteral("2026-01-01")), 0, markupData});
    add({"markup-group-validate", validate(), 0, markupData});

    // Things that must simply work, so the battery also sees the good path.
    add({"validate-shipped", validate(), 0});
    add({"query-shipped", query(QStringLiteral("2025-11-06")), 0});
    add({"brief-shipped", brief(QStringLiteral("KAZ"), QStringLiteral("2026-01-22")), 0});
    add({"help", {QStringLiteral("--help")}, 0});
    add({"gui-without-display", {QStringLiteral("--data"), QStringLiteral("@D")}, 2, {}, {}, {}, "QT_QPA_PLATFORM=offscreen"});
    add({"gui-without-display-xcb", {}, 2, {}, {}, {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")}}, "needs a display"});

    // Notes: a damaged file is moved aside with a clear name, never lost.
    return all;
}

std::string caseName(const testing::TestParamInfo<Case> &info)
{
    std::string name = info.param.name;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(BadInput, Battery, testing::ValuesIn(cases()), caseName);

// The numbers of a run, for the report.
class Summary : public testing::Environment
{
public:
    void TearDown() override
    {
        const Tally &t = tally();
        std::printf("battery: %d cases run; %d crashed, %d hung, %d lost or changed files, %d other wrong exit codes\n", t.cases,
                    t.crashed, t.hung, t.lostOrChanged, t.wrongCode);
    }
};
[[maybe_unused]] testing::Environment *const summary = testing::AddGlobalTestEnvironment(new Summary);

} // namespace
