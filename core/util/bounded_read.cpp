// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/bounded_read.h"

#include <QIODevice>

#include <algorithm>

namespace crossroads {

QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    constexpr qint64 kStep = 1024 * 1024;
    QByteArray text;
    const qint64 known = device.isSequential() ? 0 : device.size() - device.pos();
    text.reserve(qsizetype(std::clamp<qint64>(known, 0, limit) + 1));
    while (text.size() <= limit) {
        // A file of known size is read in one step of its size and one
        // byte more (to see that it ends), so the buffer never outgrows it.
        const qint64 room = known > 0 && known >= qint64(text.size()) ? known + 1 - qint64(text.size()) : kStep;
        const qint64 want = std::min({kStep, room, limit + 1 - qint64(text.size())});
        const qsizetype at = text.size();
        text.resize(at + qsizetype(want));
        const qint64 got = device.read(text.data() + at, want);
        text.resize(at + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
    }
    text.squeeze();
    return text;
}

} // namespace crossroads
