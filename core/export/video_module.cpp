// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/video_module.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

namespace crossroads {

QString VideoModule::path()
{
    const QString bin = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                     : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    return QFileInfo(bin + QStringLiteral("/" CROSSROADS_PRIVATE_LIBDIR "/crossroads_video.so")).absoluteFilePath();
}

Result<std::unique_ptr<FrameSink>> VideoModule::open(const QString &path, QSize size, int fps)
{
    // Loaded once and never unloaded: the sinks it makes run its code.
    static QMutex mutex;
    static VideoModuleEntry entry = nullptr;
    {
        const QMutexLocker lock(&mutex);
        if (!entry) {
            QLibrary library(VideoModule::path());
            if (!library.load())
                return Error{path, {}, QStringLiteral("cannot make MP4 or WebM films: the video encoder of this installation "
                                                      "is missing or cannot be loaded (%1)").arg(library.errorString())};
            entry = reinterpret_cast<VideoModuleEntry>(library.resolve(CROSSROADS_VIDEO_ENTRY));
            if (!entry)
                return Error{path, {}, QStringLiteral("cannot make MP4 or WebM films: the video encoder %1 belongs to another "
                                                      "version of the program").arg(library.fileName())};
        }
    }
    std::unique_ptr<FrameSink> sink;
    Error error;
    entry(&path, size, fps, &sink, &error);
    if (!sink)
        return error;
    return sink;
}

} // namespace crossroads
