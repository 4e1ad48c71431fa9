// SPDX-License-Identifier: GPL-3.0-or-later
// The MP4/WebM encoder is a module loaded on the first film: the program
// starts without FFmpeg, and a missing module is a clear error, not a crash.
#include "cli_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace crossroads::test;

namespace {

CommandRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        ADD_FAILURE() << program.toStdString() << " did not finish";
    CommandRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList filmArgs(const QString &output)
{
    return {QStringLiteral("export"), QStringLiteral("--data"), geodata(), QStringLiteral("--animate"),
            QStringLiteral("--from"), QStringLiteral("2025-11-01"), QStringLiteral("--to"), QStringLiteral("2025-11-03"),
            QStringLiteral("--fps"), QStringLiteral("2"), QStringLiteral("--duration"), QStringLiteral("1"),
            QStringLiteral("--size"), QStringLiteral("320x180"), QStringLiteral("--output"), output};
}

} // namespace

// Mutation tried (fails): the encoder compiled back into core, FrameSink
// calling it directly and core linking FFmpeg.
TEST(VideoModule, TheProgramDoesNotLinkFfmpeg)
{
    const CommandRun ldd = runProgram(QStringLiteral("ldd"), {executable()});
    ASSERT_EQ(ldd.code, 0) << ldd.err.toStdString();
    EXPECT_TRUE(ldd.out.contains(QStringLiteral("libQt6Core")));  // ldd did list the libraries
    EXPECT_FALSE(ldd.out.contains(QStringLiteral("libavcodec"))) << ldd.out.toStdString();
    EXPECT_FALSE(ldd.out.contains(QStringLiteral("libavformat"))) << ldd.out.toStdString();
}

// A copy of the program with no module beside it: GIFs still work, an MP4
// is refused with a message naming the encoder, exit 1, and no file.
// Mutation tried (fails): VideoModule::open calling the entry point without
// checking that the module loaded and the entry resolved (a crash, exit -1).
TEST(VideoModule, MissingModuleIsAClearErrorAndGifsStillWork)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString lone = dir.filePath(QStringLiteral("bin/crossroads"));
    ASSERT_TRUE(QFile::copy(executable(), lone));

    const QString mp4 = dir.filePath(QStringLiteral("film.mp4"));
    const CommandRun film = runProgram(lone, filmArgs(mp4));
    EXPECT_EQ(film.code, 1) << film.err.toStdString();
    EXPECT_TRUE(film.err.contains(QStringLiteral("video encoder"))) << film.err.toStdString();
    EXPECT_FALSE(QFile::exists(mp4));

    const QString gif = dir.filePath(QStringLiteral("film.gif"));
    const CommandRun animation = runProgram(lone, filmArgs(gif));
    EXPECT_EQ(animation.code, 0) << animation.err.toStdString();
    EXPECT_TRUE(QFile::exists(gif));
}
