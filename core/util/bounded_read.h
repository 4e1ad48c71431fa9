// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace crossroads {

// Reads what `device` holds, up to `limit` bytes and one more: a result
// longer than `limit` tells the caller the input is too big (a file that
// grew after its size was checked, or a device whose size is unknown).
// Reads in steps of at most a mebibyte: QIODevice::read(limit) would
// allocate the whole limit up front, and the buffer would keep that
// capacity for as long as the text is kept.
QByteArray readAtMost(QIODevice &device, qint64 limit);

} // namespace crossroads
