// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/bounded_read.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crossroads;

namespace {

QString fileWith(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

// Every data file is read with a 32 MB limit. Mutation tried: reading with
// QIODevice::read(limit + 1), as the loaders did — the buffer of a 5-byte
// file holds 32 MB and the capacity check fails.
TEST(BoundedRead, ASmallFileCostsItsOwnSizeNotTheLimit)
{
    QTemporaryDir dir;
    QFile file(fileWith(dir, "{}\n  "));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = readAtMost(file, 32 * 1024 * 1024);
    EXPECT_EQ(text, QByteArray("{}\n  "));
    EXPECT_LT(text.capacity(), 64);
}

TEST(BoundedRead, OneByteMoreThanTheLimitTellsTheFileIsTooBig)
{
    QTemporaryDir dir;
    const QByteArray big(3 * 1024 * 1024 + 17, 'x');  // several steps
    QFile file(fileWith(dir, big));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(readAtMost(file, big.size()), big);
    file.seek(0);
    EXPECT_EQ(readAtMost(file, big.size() - 1).size(), big.size());  // limit + 1: too big
    file.seek(0);
    EXPECT_EQ(readAtMost(file, 1000).size(), 1001);
}

// A device whose size is unknown until its end (a pipe).
TEST(BoundedRead, ReadsADeviceOfUnknownSizeToItsEnd)
{
    QProcess echo;
    echo.start(QStringLiteral("printf"), {QStringLiteral("%s"), QStringLiteral("streamed text")});
    ASSERT_TRUE(echo.waitForFinished(5000));
    ASSERT_TRUE(echo.isSequential());
    EXPECT_EQ(readAtMost(echo, 1000), QByteArray("streamed text"));
}
