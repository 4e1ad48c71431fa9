// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/image_memory.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cstdint>

using namespace crossroads;

namespace {

// The resident set of this process, in kB (0 when unknown).
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace

// A frame starts on a 2 MiB boundary, where the kernel can map big pages.
// Mutation tried: canvas::image returning QImage(size, format) — the
// alignment check fails.
TEST(ImageMemory, AFrameStartsOnABigPageBoundary)
{
    QImage frame = canvas::image(QSize(1920, 1080), QImage::Format_ARGB32_Premultiplied);
    ASSERT_FALSE(frame.isNull());
    EXPECT_EQ(frame.size(), QSize(1920, 1080));
    EXPECT_EQ(frame.format(), QImage::Format_ARGB32_Premultiplied);
    EXPECT_EQ(frame.bytesPerLine(), 1920 * 4);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(frame.constBits()) % (uintptr_t(2) << 20), 0u);
}

// It is an ordinary image: written, read back, copied on write.
TEST(ImageMemory, AFrameIsAnOrdinaryImage)
{
    QImage frame = canvas::image(QSize(1001, 777), QImage::Format_RGB32);  // rows of odd length
    ASSERT_FALSE(frame.isNull());
    frame.fill(qRgb(10, 20, 30));
    frame.setPixel(1000, 776, qRgb(1, 2, 3));
    QImage copy = frame;
    copy.setPixel(0, 0, qRgb(200, 100, 50));
    EXPECT_EQ(frame.pixel(0, 0), qRgb(10, 20, 30));
    EXPECT_EQ(frame.pixel(1000, 776), qRgb(1, 2, 3));
    EXPECT_EQ(copy.pixel(0, 0), qRgb(200, 100, 50));
    EXPECT_EQ(copy.pixel(1000, 776), qRgb(1, 2, 3));
}

TEST(ImageMemory, SmallAndEmptyImagesGoTheUsualWay)
{
    const QImage small = canvas::image(QSize(64, 64), QImage::Format_ARGB32_Premultiplied);
    EXPECT_EQ(small.size(), QSize(64, 64));
    EXPECT_TRUE(canvas::image(QSize(0, 100), QImage::Format_RGB32).isNull());
    EXPECT_TRUE(canvas::image(QSize(-5, -5), QImage::Format_RGB32).isNull());
}

// The memory of a frame goes back when its last copy goes. Mutation tried:
// a cleanup that does not unmap — the resident set grows by gigabytes.
TEST(ImageMemory, AFramesMemoryIsReturned)
{
    const qint64 before = residentKb();
    if (before == 0)
        GTEST_SKIP() << "no /proc/self/status";
    for (int i = 0; i < 200; ++i) {
        QImage frame = canvas::image(QSize(1920, 1080), QImage::Format_RGB32);
        ASSERT_FALSE(frame.isNull());
        frame.fill(qRgb(i, i, i));  // touches every page
        QImage copy = frame;        // shares the memory until written
        EXPECT_EQ(copy.pixel(5, 5), qRgb(i, i, i));
    }
    EXPECT_LT(residentKb() - before, 200 * 1024) << "200 frames of 8 MB each were kept";
}
