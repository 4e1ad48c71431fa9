// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/frame_sink.h"

#include "export/gif_writer.h"
#include "export/video_encoder.h"
#include "export/video_module.h"

namespace crossroads {

bool FrameSink::handles(const QString &path)
{
    return VideoEncoder::handles(path) || GifWriter::handles(path);
}

Result<std::unique_ptr<FrameSink>> FrameSink::open(const QString &path, QSize size, int fps)
{
    if (GifWriter::handles(path)) {
        auto gif = GifWriter::open(path, size, fps);
        if (!gif)
            return gif.error();
        return std::unique_ptr<FrameSink>(std::move(gif.value()));
    }
    return VideoModule::open(path, size, fps);
}

} // namespace crossroads
