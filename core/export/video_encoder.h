// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/frame_sink.h"

#include <QFileInfo>

#include <memory>
#include <optional>

namespace crossroads {

// Encodes a film through FFmpeg's libraries: H.264 (libx264) in MP4 or VP9
// (libvpx) in WebM, by the file's extension. Frames go through libswscale
// to YUV 4:2:0 (BT.709, as players assume for HD). The file is written to a
// temporary file beside the target and renamed over it only by finish(), so
// a cancelled or failed film leaves nothing behind and an old file intact.
// Not thread-safe: one thread feeds it. Built into the video module (see
// video_module.h), not into core, so FFmpeg loads only when a film is made.
class VideoEncoder final : public FrameSink
{
public:
    struct Options
    {
        QSize size{1920, 1080};  // even in both directions (4:2:0)
        int fps = 30;
    };

    ~VideoEncoder() override;
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    // .mp4, .webm. Inline: FrameSink asks without loading the module.
    static bool handles(const QString &path)
    {
        const QString suffix = QFileInfo(path).suffix().toLower();
        return suffix == QLatin1String("mp4") || suffix == QLatin1String("webm");
    }
    static Result<std::unique_ptr<VideoEncoder>> open(const QString &path, const Options &options);

    std::optional<Error> addFrame(const QImage &frame) override;
    // Flushes the encoder, writes the trailer and commits the file.
    std::optional<Error> finish() override;
    void cancel() override;

private:
    struct Impl;
    explicit VideoEncoder(std::unique_ptr<Impl> impl);
    std::optional<Error> drain();

    std::unique_ptr<Impl> m_impl;
};

} // namespace crossroads
