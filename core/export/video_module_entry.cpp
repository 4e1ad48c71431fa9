// SPDX-License-Identifier: GPL-3.0-or-later
// The video module's entry point (see video_module.h). Built only into the
// module, with the encoder, never into core.
#include "export/video_encoder.h"
#include "export/video_module.h"

using namespace crossroads;

extern "C" Q_DECL_EXPORT void crossroads_open_video_v1(const QString *path, QSize size, int fps,
                                                       std::unique_ptr<FrameSink> *sink, Error *error)
{
    auto encoder = VideoEncoder::open(*path, {size, fps});
    if (encoder)
        *sink = std::move(encoder.value());
    else
        *error = encoder.error();
}
