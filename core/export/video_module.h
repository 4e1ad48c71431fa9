// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/frame_sink.h"

#include <QSize>
#include <QString>

#include <memory>

namespace crossroads {

// The MP4/WebM encoder lives in a module of its own, loaded on the first
// film: FFmpeg and the codecs it links are some ninety libraries, and
// mapping them cost every start of the program (the window, the CLI)
// a fifth of a second for a feature most runs never use.
class VideoModule
{
public:
    // The encoder for `path` (.mp4 or .webm), or why there is none: the
    // module missing or broken is an error like any other, not a crash.
    static Result<std::unique_ptr<FrameSink>> open(const QString &path, QSize size, int fps);

    // Where the program looks for the module: beside the executable, in
    // the package's private library folder.
    static QString path();
};

// The module's one entry point, resolved by name. The name carries a
// version: a module from another build of the program is refused rather
// than called with another layout of these types.
#define CROSSROADS_VIDEO_ENTRY "crossroads_open_video_v1"
using VideoModuleEntry = void (*)(const QString *path, QSize size, int fps, std::unique_ptr<FrameSink> *sink, Error *error);

} // namespace crossroads
