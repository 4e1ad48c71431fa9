// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace crossroads {

// Where the frames of a film go, whatever the file format: one face for the
// GIF writer and the FFmpeg encoder, so the film exporter does not care
// which it feeds. Every sink writes beside its target and commits only in
// finish(); cancel() or a failure leaves the old file as it was.
class FrameSink
{
public:
    virtual ~FrameSink() = default;

    // `frame` of the sink's size, any RGB format (converted if needed).
    virtual std::optional<Error> addFrame(const QImage &frame) = 0;
    // Writes what is pending and commits the file.
    virtual std::optional<Error> finish() = 0;
    // Discards everything written so far.
    virtual void cancel() = 0;

    int framesWritten() const { return m_frames; }

    // True for an extension some sink writes (.mp4, .webm, .gif).
    static bool handles(const QString &path);
    // The sink for `path`'s extension.
    static Result<std::unique_ptr<FrameSink>> open(const QString &path, QSize size, int fps);

protected:
    int m_frames = 0;
};

} // namespace crossroads
