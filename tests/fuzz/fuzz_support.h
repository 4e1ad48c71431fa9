// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the fuzz harnesses: each harness feeds bytes to one of
// our parsers through its public API, the way a data file or an argument
// would reach it.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace crossroads::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A private folder for the files a harness writes, alive for the process.
inline const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir;
    return dir;
}

inline QString writeScratch(const QString &name, const QByteArray &content)
{
    const QString path = QDir(scratch().path()).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

} // namespace crossroads::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
