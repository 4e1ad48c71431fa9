// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/render_cache.h"

#include <algorithm>

namespace crossroads {

uint IdRuns::idAt(QPoint pixel) const
{
    if (pixel.x() < 0 || pixel.y() < 0 || pixel.x() >= size.width() || pixel.y() >= size.height())
        return 0;
    const auto first = runs.begin() + qsizetype(rowStart[size_t(pixel.y())]);
    const auto last = runs.begin() + qsizetype(rowStart[size_t(pixel.y()) + 1]);
    const auto run = std::upper_bound(first, last, pixel.x(), [](int x, const IdRun &r) { return x < r.x; });
    return run == first ? 0 : std::prev(run)->id;
}

void IdRuns::appendRows(const QImage &image, int rows)
{
    if (rowStart.empty())
        rowStart.push_back(0);
    const int width = std::min(image.width(), size.width());
    for (int y = 0; y < rows; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        int x = 0;
        while (x < width) {
            const uint id = line[x] & 0xffffffu;
            int end = x + 1;
            while (end < width && (line[end] & 0xffffffu) == id)
                ++end;
            runs.push_back({x, end - x, id});
            x = end;
        }
        rowStart.push_back(runs.size());
    }
}

} // namespace crossroads
