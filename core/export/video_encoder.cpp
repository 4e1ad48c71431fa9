// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/video_encoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace crossroads {
namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

// libavformat writes through these into the QSaveFile, so the film lands
// in a temporary file first and appears under its name only when complete.
int writePacket(void *opaque, uint8_t *data, int size)  // FFmpeg 5: not const
{
    auto *file = static_cast<QSaveFile *>(opaque);
    return file->write(reinterpret_cast<const char *>(data), size) == size ? size : AVERROR(EIO);
}

int64_t seekFile(void *opaque, int64_t offset, int whence)
{
    auto *file = static_cast<QSaveFile *>(opaque);
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return file->size();
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += file->pos();
        break;
    case SEEK_END:
        offset += file->size();
        break;
    default:
        return AVERROR(EINVAL);
    }
    return file->seek(offset) ? offset : AVERROR(EIO);
}

} // namespace

struct VideoEncoder::Impl
{
    QString path;
    QSaveFile file;
    AVFormatContext *format = nullptr;
    AVIOContext *io = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    SwsContext *scale = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    bool headerWritten = false;
    bool done = false;

    explicit Impl(const QString &p) : path(p), file(p) {}
    ~Impl()
    {
        av_packet_free(&packet);
        av_frame_free(&frame);
        sws_freeContext(scale);
        avcodec_free_context(&codec);
        if (io) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
        if (format)
            avformat_free_context(format);
        if (!done)
            file.cancelWriting();
    }
    Error error(const QString &message) const { return Error{path, {}, message}; }
};

VideoEncoder::VideoEncoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
VideoEncoder::~VideoEncoder() = default;

Result<std::unique_ptr<VideoEncoder>> VideoEncoder::open(const QString &path, const Options &options)
{
    // The encoders' statistics and banners are not for our users; errors
    // still come back through the return codes below.
    av_log_set_level(AV_LOG_ERROR);
    auto impl = std::make_unique<Impl>(path);
    const bool webm = QFileInfo(path).suffix().toLower() == QLatin1String("webm");
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() % 2 || options.size.height() % 2)
        return impl->error(QStringLiteral("a film needs an even width and height of at least 16 pixels, not %1x%2")
                               .arg(options.size.width()).arg(options.size.height()));
    if (options.fps < 1 || options.fps > 120)
        return impl->error(QStringLiteral("frames per second must be between 1 and 120, not %1").arg(options.fps));
    if (!QFileInfo(path).absoluteDir().exists())
        return impl->error(QStringLiteral("the folder %1 does not exist").arg(QFileInfo(path).absolutePath()));

    const AVCodec *codec = webm ? avcodec_find_encoder_by_name("libvpx-vp9") : avcodec_find_encoder_by_name("libx264");
    if (!codec)  // another build of FFmpeg: its own encoder for the format
        codec = avcodec_find_encoder(webm ? AV_CODEC_ID_VP9 : AV_CODEC_ID_H264);
    if (!codec)
        return impl->error(QStringLiteral("this FFmpeg has no %1 encoder").arg(webm ? QStringLiteral("VP9") : QStringLiteral("H.264")));

    if (!impl->file.open(QIODevice::WriteOnly))
        return impl->error(QStringLiteral("cannot write: %1").arg(impl->file.errorString()));
    int rc = avformat_alloc_output_context2(&impl->format, nullptr, webm ? "webm" : "mp4", nullptr);
    if (rc < 0)
        return impl->error(QStringLiteral("cannot set up the container: %1").arg(avError(rc)));
    constexpr int kBuffer = 1 << 16;
    auto *buffer = static_cast<unsigned char *>(av_malloc(kBuffer));
    impl->io = avio_alloc_context(buffer, kBuffer, 1, &impl->file, nullptr, writePacket, seekFile);
    if (!impl->io) {
        av_free(buffer);
        return impl->error(QStringLiteral("out of memory"));
    }
    impl->format->pb = impl->io;
    impl->format->flags |= AVFMT_FLAG_CUSTOM_IO;

    impl->codec = avcodec_alloc_context3(codec);
    AVCodecContext *c = impl->codec;
    c->width = options.size.width();
    c->height = options.size.height();
    c->time_base = AVRational{1, options.fps};
    c->framerate = AVRational{options.fps, 1};
    c->pix_fmt = AV_PIX_FMT_YUV420P;
    c->gop_size = options.fps * 2;  // a key frame every 2 s: seeking stays quick
    c->color_range = AVCOL_RANGE_MPEG;
    c->colorspace = AVCOL_SPC_BT709;
    c->color_primaries = AVCOL_PRI_BT709;
    c->color_trc = AVCOL_TRC_BT709;
    c->thread_count = 0;  // as many as the machine has
    if (impl->format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary *opts = nullptr;
    if (webm) {
        // Realtime mode with row threading: the only VP9 setting fast
        // enough for 1080p in real time on a small machine.
        av_dict_set(&opts, "deadline", "realtime", 0);
        av_dict_set(&opts, "cpu-used", "8", 0);
        av_dict_set(&opts, "row-mt", "1", 0);
        av_dict_set(&opts, "crf", "32", 0);
        c->bit_rate = 0;
    } else {
        // Maps are flat colour: "veryfast" loses little against slower
        // presets here and keeps 1080p above real time on two cores.
        av_dict_set(&opts, "preset", "veryfast", 0);
        av_dict_set(&opts, "tune", "animation", 0);
        av_dict_set(&opts, "crf", "21", 0);
    }
    rc = avcodec_open2(c, codec, &opts);
    av_dict_free(&opts);
    if (rc < 0)
        return impl->error(QStringLiteral("cannot open the %1 encoder: %2").arg(QString::fromLatin1(codec->name), avError(rc)));
    impl->stream = avformat_new_stream(impl->format, nullptr);
    if (!impl->stream)
        return impl->error(QStringLiteral("out of memory"));
    impl->stream->time_base = c->time_base;
    impl->stream->avg_frame_rate = c->framerate;
    avcodec_parameters_from_context(impl->stream->codecpar, c);
    rc = avformat_write_header(impl->format, nullptr);
    if (rc < 0)
        return impl->error(QStringLiteral("cannot write the header: %1").arg(avError(rc)));
    impl->headerWritten = true;

    impl->frame = av_frame_alloc();
    impl->packet = av_packet_alloc();
    if (!impl->frame || !impl->packet)
        return impl->error(QStringLiteral("out of memory"));
    impl->frame->format = c->pix_fmt;
    impl->frame->width = c->width;
    impl->frame->height = c->height;
    impl->frame->color_range = c->color_range;
    impl->frame->colorspace = c->colorspace;
    if (av_frame_get_buffer(impl->frame, 0) < 0)
        return impl->error(QStringLiteral("out of memory"));
    // Same size in and out: only the colour conversion, at full precision.
    impl->scale = sws_getContext(c->width, c->height, AV_PIX_FMT_BGRA, c->width, c->height, c->pix_fmt, SWS_POINT,
                                 nullptr, nullptr, nullptr);
    if (!impl->scale)
        return impl->error(QStringLiteral("cannot set up the colour conversion"));
    sws_setColorspaceDetails(impl->scale, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU709), 0, 0,
                             1 << 16, 1 << 16);
    return std::unique_ptr<VideoEncoder>(new VideoEncoder(std::move(impl)));
}

std::optional<Error> VideoEncoder::addFrame(const QImage &image)
{
    Impl &d = *m_impl;
    if (image.size() != QSize(d.codec->width, d.codec->height))
        return d.error(QStringLiteral("frame %1 is %2x%3, not %4x%5")
                           .arg(m_frames).arg(image.width()).arg(image.height()).arg(d.codec->width).arg(d.codec->height));
    // In memory, RGB32 and ARGB32 are B, G, R, A bytes on little-endian
    // machines: what swscale calls BGRA.
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32 ||
                               image.format() == QImage::Format_ARGB32_Premultiplied
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    if (av_frame_make_writable(d.frame) < 0)
        return d.error(QStringLiteral("out of memory"));
    const uint8_t *source[1] = {rgb.constBits()};
    const int stride[1] = {int(rgb.bytesPerLine())};
    sws_scale(d.scale, source, stride, 0, rgb.height(), d.frame->data, d.frame->linesize);
    d.frame->pts = m_frames;
    const int rc = avcodec_send_frame(d.codec, d.frame);
    if (rc < 0)
        return d.error(QStringLiteral("cannot encode frame %1: %2").arg(m_frames).arg(avError(rc)));
    ++m_frames;
    return drain();
}

std::optional<Error> VideoEncoder::drain()
{
    Impl &d = *m_impl;
    for (;;) {
        const int rc = avcodec_receive_packet(d.codec, d.packet);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return std::nullopt;
        if (rc < 0)
            return d.error(QStringLiteral("cannot encode: %1").arg(avError(rc)));
        av_packet_rescale_ts(d.packet, d.codec->time_base, d.stream->time_base);
        d.packet->stream_index = d.stream->index;
        const int written = av_interleaved_write_frame(d.format, d.packet);
        if (written < 0)
            return d.error(QStringLiteral("cannot write: %1").arg(d.file.errorString().isEmpty() ? avError(written)
                                                                                                 : d.file.errorString()));
    }
}

std::optional<Error> VideoEncoder::finish()
{
    Impl &d = *m_impl;
    if (m_frames == 0)
        return d.error(QStringLiteral("a film needs at least one frame"));
    int rc = avcodec_send_frame(d.codec, nullptr);
    if (rc < 0)
        return d.error(QStringLiteral("cannot finish encoding: %1").arg(avError(rc)));
    if (auto problem = drain())
        return problem;
    rc = av_write_trailer(d.format);
    if (rc < 0)
        return d.error(QStringLiteral("cannot write the trailer: %1").arg(avError(rc)));
    avio_flush(d.io);
    if (d.io->error < 0)
        return d.error(QStringLiteral("cannot write: %1").arg(d.file.errorString()));
    if (!d.file.commit())
        return d.error(QStringLiteral("cannot write: %1").arg(d.file.errorString()));
    d.done = true;
    return std::nullopt;
}

void VideoEncoder::cancel()
{
    m_impl->file.cancelWriting();
}

} // namespace crossroads
