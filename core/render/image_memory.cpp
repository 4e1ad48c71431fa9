// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/image_memory.h"

#include <cstdint>
#include <limits>

#include <sys/mman.h>

namespace crossroads::canvas {
namespace {

constexpr size_t kBigPage = size_t(2) << 20;

struct Mapping
{
    void *base = nullptr;
    size_t length = 0;
};

void unmap(void *info)
{
    auto *mapping = static_cast<Mapping *>(info);
    munmap(mapping->base, mapping->length);
    delete mapping;
}

} // namespace

QImage image(QSize size, QImage::Format format)
{
    const int depth = QImage::toPixelFormat(format).bitsPerPixel();
    if (size.isEmpty() || depth <= 0)
        return QImage(size, format);
    // QImage's own row alignment: 32 bits.
    const qint64 bytesPerLine = (qint64(size.width()) * depth + 31) / 32 * 4;
    const qint64 bytes = bytesPerLine * size.height();
    // Small images, and sizes QImage itself would refuse, go the usual way.
    if (bytes < qint64(kBigPage) || bytesPerLine > std::numeric_limits<int>::max() ||
        bytes > std::numeric_limits<qint64>::max() / 2)
        return QImage(size, format);
    // Room to start on a page boundary, and to end on one so the last page
    // can be a big one too.
    const size_t used = (size_t(bytes) + kBigPage - 1) / kBigPage * kBigPage;
    const size_t length = used + kBigPage;
    void *base = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return QImage(size, format);
    auto *start = reinterpret_cast<uchar *>((reinterpret_cast<uintptr_t>(base) + kBigPage - 1) & ~(uintptr_t(kBigPage) - 1));
    madvise(start, used, MADV_HUGEPAGE);  // a hint: without big pages it still works
    return QImage(start, size.width(), size.height(), qsizetype(bytesPerLine), format, unmap, new Mapping{base, length});
}

} // namespace crossroads::canvas
