// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/frame_sink.h"

#include <memory>
#include <optional>

namespace crossroads {

// Writes an animated GIF with giflib: each frame quantised to its own
// 256-colour palette (giflib's median cut), looping forever. A frame equal
// to the one before only lengthens that one's delay, so held dates cost
// nothing. Atomic like every write: a temporary file beside the target,
// renamed by finish(); cancel or failure leaves the old file intact.
class GifWriter final : public FrameSink
{
public:
    ~GifWriter() override;
    GifWriter(const GifWriter &) = delete;
    GifWriter &operator=(const GifWriter &) = delete;

    static bool handles(const QString &path);  // .gif
    static Result<std::unique_ptr<GifWriter>> open(const QString &path, QSize size, int fps);

    std::optional<Error> addFrame(const QImage &frame) override;
    std::optional<Error> finish() override;
    void cancel() override;

private:
    struct Impl;
    explicit GifWriter(std::unique_ptr<Impl> impl);
    std::optional<Error> writePending();

    std::unique_ptr<Impl> m_impl;
};

} // namespace crossroads
