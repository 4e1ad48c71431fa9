// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/gif_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <gif_lib.h>

#include <cmath>
#include <vector>

namespace crossroads {
namespace {

int writeBytes(GifFileType *gif, const GifByteType *data, int size)
{
    auto *file = static_cast<QSaveFile *>(gif->UserData);
    return file->write(reinterpret_cast<const char *>(data), size) == size ? size : 0;
}

} // namespace

struct GifWriter::Impl
{
    QString path;
    QSaveFile file;
    GifFileType *gif = nullptr;
    QSize size;
    int fps = 10;
    QImage pending;         // the last frame, written when the next differs
    int pendingFrames = 0;  // how many film frames it stands for
    double writtenTime = 0; // seconds of film written, to round delays without drift
    bool done = false;

    explicit Impl(const QString &p) : path(p), file(p) {}
    ~Impl()
    {
        if (gif) {
            int error = 0;
            EGifCloseFile(gif, &error);
        }
        if (!done)
            file.cancelWriting();
    }
    Error error(const QString &message) const { return Error{path, {}, message}; }
    Error gifError(const QString &what) const
    {
        return error(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(GifErrorString(gif ? gif->Error : 0))));
    }
};

GifWriter::GifWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
GifWriter::~GifWriter() = default;

bool GifWriter::handles(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("gif");
}

Result<std::unique_ptr<GifWriter>> GifWriter::open(const QString &path, QSize size, int fps)
{
    auto impl = std::make_unique<Impl>(path);
    if (size.width() < 1 || size.height() < 1 || size.width() > 65535 || size.height() > 65535)
        return impl->error(QStringLiteral("a GIF is between 1x1 and 65535x65535 pixels, not %1x%2").arg(size.width()).arg(size.height()));
    if (fps < 1 || fps > 100)
        return impl->error(QStringLiteral("a GIF plays between 1 and 100 frames per second, not %1").arg(fps));
    if (!QFileInfo(path).absoluteDir().exists())
        return impl->error(QStringLiteral("the folder %1 does not exist").arg(QFileInfo(path).absolutePath()));
    if (!impl->file.open(QIODevice::WriteOnly))
        return impl->error(QStringLiteral("cannot write: %1").arg(impl->file.errorString()));
    impl->size = size;
    impl->fps = fps;
    int error = 0;
    impl->gif = EGifOpen(&impl->file, writeBytes, &error);
    if (!impl->gif)
        return impl->error(QStringLiteral("cannot start the GIF: %1").arg(QString::fromUtf8(GifErrorString(error))));
    EGifSetGifVersion(impl->gif, true);
    if (EGifPutScreenDesc(impl->gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR)
        return impl->gifError(QStringLiteral("cannot write the screen"));
    // NETSCAPE2.0: loop forever.
    unsigned char loop[3] = {1, 0, 0};
    if (EGifPutExtensionLeader(impl->gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(impl->gif, 11, "NETSCAPE2.0") == GIF_ERROR ||
        EGifPutExtensionBlock(impl->gif, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(impl->gif) == GIF_ERROR)
        return impl->gifError(QStringLiteral("cannot write the loop"));
    return std::unique_ptr<GifWriter>(new GifWriter(std::move(impl)));
}

std::optional<Error> GifWriter::addFrame(const QImage &frame)
{
    Impl &d = *m_impl;
    if (frame.size() != d.size)
        return d.error(QStringLiteral("frame %1 is %2x%3, not %4x%5")
                           .arg(m_frames).arg(frame.width()).arg(frame.height()).arg(d.size.width()).arg(d.size.height()));
    ++m_frames;
    // Same image (shared data or equal pixels): hold the previous one longer.
    if (!d.pending.isNull() && (d.pending.constBits() == frame.constBits() || d.pending == frame)) {
        ++d.pendingFrames;
        return std::nullopt;
    }
    if (auto problem = writePending())
        return problem;
    d.pending = frame;
    d.pendingFrames = 1;
    return std::nullopt;
}

std::optional<Error> GifWriter::writePending()
{
    Impl &d = *m_impl;
    if (d.pending.isNull())
        return std::nullopt;
    const QImage rgb = d.pending.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    const size_t n = size_t(w) * size_t(h);
    std::vector<GifByteType> red(n), green(n), blue(n), indices(n);
    for (int y = 0; y < h; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            red[i] = line[3 * x];
            green[i] = line[3 * x + 1];
            blue[i] = line[3 * x + 2];
        }
    }
    int colours = 256;
    GifColorType palette[256] = {};
    if (GifQuantizeBuffer(unsigned(w), unsigned(h), &colours, red.data(), green.data(), blue.data(), indices.data(), palette) ==
        GIF_ERROR)
        return d.error(QStringLiteral("cannot reduce frame %1 to 256 colours").arg(m_frames - 1));
    ColorMapObject *map = GifMakeMapObject(256, palette);
    if (!map)
        return d.error(QStringLiteral("out of memory"));
    // Delays are in hundredths of a second: round the running total so a
    // film at 30 fps keeps its length.
    const double end = d.writtenTime + double(d.pendingFrames) / d.fps;
    const int delay = std::max(1, int(std::lround(end * 100)) - int(std::lround(d.writtenTime * 100)));
    d.writtenTime = end;
    GifByteType control[4] = {0, GifByteType(delay & 0xff), GifByteType((delay >> 8) & 0xff), 0};
    bool ok = EGifPutExtension(d.gif, GRAPHICS_EXT_FUNC_CODE, 4, control) != GIF_ERROR &&
              EGifPutImageDesc(d.gif, 0, 0, w, h, false, map) != GIF_ERROR;
    for (int y = 0; ok && y < h; ++y)
        ok = EGifPutLine(d.gif, indices.data() + size_t(y) * size_t(w), w) != GIF_ERROR;
    GifFreeMapObject(map);
    if (!ok)
        return d.gifError(QStringLiteral("cannot write frame %1").arg(m_frames - 1));
    d.pending = QImage();
    d.pendingFrames = 0;
    return std::nullopt;
}

std::optional<Error> GifWriter::finish()
{
    Impl &d = *m_impl;
    if (m_frames == 0)
        return d.error(QStringLiteral("a film needs at least one frame"));
    if (auto problem = writePending())
        return problem;
    int error = 0;
    const int rc = EGifCloseFile(d.gif, &error);
    d.gif = nullptr;
    if (rc == GIF_ERROR)
        return d.error(QStringLiteral("cannot finish the GIF: %1").arg(QString::fromUtf8(GifErrorString(error))));
    if (!d.file.commit())
        return d.error(QStringLiteral("cannot write: %1").arg(d.file.errorString()));
    d.done = true;
    return std::nullopt;
}

void GifWriter::cancel()
{
    m_impl->file.cancelWriting();
}

} // namespace crossroads
