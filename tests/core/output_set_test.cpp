// SPDX-License-Identifier: GPL-3.0-or-later
// All-or-nothing outputs. The failures are injected where the bytes are
// written (a "full disk" after N bytes) and at the n-th rename, so each
// test reaches the files themselves.
//
// Proven able to fail: with OutputSet::stage writing straight into the
// target (no temporary file), WriteFailureKeepsTheOldSetByteForByte and
// SvgAndPdfAreNotWrittenInPlace failed (truncated old files); with the
// rollback loop in OutputSet::commit removed, RenameFailureRollsBack
// failed (a new image beside old sidecars); with checkTarget accepting
// anything, SpecialFilesAndFoldersAreRefused failed.
#include "export/frame_sequence.h"
#include "export/map_exporter.h"
#include "support/test_data.h"
#include "util/atomic_file.h"
#include "util/output_set.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace crossroads;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

ExportSettings small()
{
    ExportSettings s;
    s.date = test::day("2026-01-22");
    s.size = QSize(480, 270);
    s.layers = test::shippedRenderer()->defaultLayers();
    return s;
}

// Resets the injected faults whatever the test's outcome.
struct Faults
{
    ~Faults()
    {
        OutputSet::failWritesAfter(-1);
        OutputSet::failRename(-1);
    }
};

class OldSet
{
public:
    OldSet()
    {
        for (const QString &f : MapExporter::outputFiles(png()))
            put(f, "old " + f.toUtf8());
        put(m_dir.filePath(QStringLiteral("map.svg")), "old svg");
        put(m_dir.filePath(QStringLiteral("map.pdf")), "old pdf");
        m_before = state();
    }
    QString png() const { return m_dir.filePath(QStringLiteral("map.png")); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // Every entry of the folder with its bytes: temporary files show too.
    QMap<QString, QByteArray> state() const
    {
        QMap<QString, QByteArray> s;
        for (const QString &f : QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            s.insert(f, contents(m_dir.filePath(f)));
        return s;
    }
    bool unchanged() const { return state() == m_before; }

private:
    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_before;
};

} // namespace

TEST(OutputSet, WriteFailureKeepsTheOldSetByteForByte)
{
    const Faults reset;
    const MapExporter exporter(test::shippedRenderer());
    // Fail inside the image, then inside a sidecar (the image is written
    // whole by then).
    for (qint64 after : {qint64(100), qint64(60000)}) {
        OldSet old;
        OutputSet::failWritesAfter(after);
        const std::optional<Error> problem = exporter.write(old.png(), small());
        ASSERT_TRUE(problem) << after;
        EXPECT_TRUE(problem->message.contains(QStringLiteral("No space left"))) << problem->toString().toStdString();
        EXPECT_TRUE(old.unchanged()) << after;
    }
}

TEST(OutputSet, RenameFailureRollsBack)
{
    const Faults reset;
    const MapExporter exporter(test::shippedRenderer());
    for (int failing = 0; failing < 3; ++failing) {
        OldSet old;
        OutputSet::failRename(failing);
        ASSERT_TRUE(exporter.write(old.png(), small())) << failing;
        EXPECT_TRUE(old.unchanged()) << "rename " << failing;
    }
    // And with no fault the whole set is new.
    OutputSet::failRename(-1);
    OldSet old;
    ASSERT_FALSE(exporter.write(old.png(), small()));
    for (const QString &f : MapExporter::outputFiles(old.png()))
        EXPECT_FALSE(contents(f).startsWith("old")) << f.toStdString();
    EXPECT_EQ(old.state().size(), 5);  // three new files, the old SVG and PDF, nothing else
}

TEST(OutputSet, SvgAndPdfAreNotWrittenInPlace)
{
    const Faults reset;
    const MapExporter exporter(test::shippedRenderer());
    for (const char *name : {"map.svg", "map.pdf"}) {
        OldSet old;
        OutputSet::failWritesAfter(4000);
        ASSERT_TRUE(exporter.write(old.path(name), small())) << name;
        EXPECT_TRUE(old.unchanged()) << name;
        OutputSet::failWritesAfter(-1);
        ASSERT_FALSE(exporter.write(old.path(name), small())) << name;
        EXPECT_GT(contents(old.path(name)).size(), 4000) << name;
    }
}

TEST(OutputSet, SpecialFilesAndFoldersAreRefused)
{
    // Devices of our own, never the system's: a broken refusal would
    // replace /dev/null for every process on the machine. As root they
    // are real character devices (null and full); otherwise pipes, which
    // take the same path through OutputSet::checkTarget.
    QTemporaryDir dir;
    const MapExporter exporter(test::shippedRenderer());
    for (const auto &[name, minor] : {std::pair<const char *, int>{"null.png", 3}, {"full.svg", 7}, {"pipe.pdf", -1}}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const QByteArray native = QFile::encodeName(path);
        if (minor < 0 || ::geteuid() != 0 || ::mknod(native.constData(), S_IFCHR | 0666, makedev(1, minor)) != 0) {
            ASSERT_EQ(::mkfifo(native.constData(), 0600), 0);
        }
        const std::optional<Error> problem = exporter.write(path, small());
        ASSERT_TRUE(problem) << name;
        EXPECT_TRUE(problem->message.contains(QStringLiteral("special file")));
        struct stat st {};
        ASSERT_EQ(::stat(native.constData(), &st), 0);
        EXPECT_FALSE(S_ISREG(st.st_mode)) << name << " was replaced";
        ::unlink(native.constData());
    }
    // A folder where a sidecar goes stops the whole set before any write.
    QDir(dir.path()).mkpath(QStringLiteral("map.pgw"));
    EXPECT_TRUE(exporter.write(dir.filePath(QStringLiteral("map.png")), small()));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("map.png"))));
    EXPECT_TRUE(writeFileAtomically(dir.filePath(QStringLiteral("map.pgw")), "x"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("map.pgw")});
}

TEST(OutputSet, AnUnrelatedFileNamedLikeASidecarIsLeftAlone)
{
    // map.pgw belongs to map.png; an SVG export of "map" must not touch it.
    OldSet old;
    ASSERT_FALSE(MapExporter(test::shippedRenderer()).write(old.path("map.svg"), small()));
    EXPECT_EQ(contents(old.path("map.pgw")), "old " + old.path("map.pgw").toUtf8());
    EXPECT_EQ(contents(old.path("map.png.aux.xml")), "old " + old.path("map.png.aux.xml").toUtf8());
}

TEST(FrameSequence, AFailedRunLeavesWholeFramesAndAResumeFinishesIt)
{
    const Faults reset;
    QTemporaryDir dir;
    const MapExporter exporter(test::shippedRenderer());
    ExportSettings s = small();
    s.size = QSize(320, 180);
    s.layers = {layers::corridors};
    const int total = int(test::shippedAtlas()->timeline.events().size());
    // Fails partway, as a kill or a full disk would.
    OutputSet::failWritesAfter(250000);
    ASSERT_FALSE(FrameSequence(exporter).write(dir.path(), s).ok());
    OutputSet::failWritesAfter(-1);
    const QStringList frames = QDir(dir.path()).entryList({QStringLiteral("*.png")});
    ASSERT_GT(frames.size(), 0);
    ASSERT_LT(frames.size(), total);
    for (const QString &f : frames) {
        EXPECT_TRUE(QFileInfo::exists(dir.filePath(f.chopped(4) + QStringLiteral(".pgw")))) << f.toStdString();
        EXPECT_TRUE(QFileInfo::exists(dir.filePath(f + QStringLiteral(".aux.xml")))) << f.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("index.csv"))));
    for (const QString &f : QDir(dir.path()).entryList(QDir::Hidden | QDir::Files))
        EXPECT_FALSE(f.startsWith(u'.')) << "temporary file left: " << f.toStdString();
    // Resuming keeps every whole frame and draws the rest.
    int kept = 0;
    const Result<int> resumed = FrameSequence(exporter).write(dir.path(), s, true, &kept);
    ASSERT_TRUE(resumed.ok());
    EXPECT_EQ(resumed.value(), total);
    EXPECT_EQ(kept, frames.size());
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("index.csv"))));
    // Other settings: nothing is kept.
    s.size = QSize(400, 225);
    kept = 0;
    ASSERT_TRUE(FrameSequence(exporter).write(dir.path(), s, true, &kept).ok());
    EXPECT_EQ(kept, 0);
}
