// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a film back through FFmpeg's libraries (independently of the code
// that wrote it): container facts and every frame decoded to RGB.

#include <QImage>
#include <QString>

#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

namespace crossroads::test {

struct DecodedFilm
{
    bool ok = false;
    QString codec;
    int width = 0, height = 0;
    double seconds = 0;  // the container's duration
    double fps = 0;
    std::vector<QImage> frames;  // Format_RGB32
};

inline DecodedFilm decodeFilm(const QString &path, int keepEvery = 1)
{
    DecodedFilm film;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, path.toLocal8Bit().constData(), nullptr, nullptr) < 0)
        return film;
    avformat_find_stream_info(format, nullptr);
    const int index = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (index < 0) {
        avformat_close_input(&format);
        return film;
    }
    AVStream *stream = format->streams[index];
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    AVCodecContext *ctx = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(ctx, stream->codecpar);
    avcodec_open2(ctx, codec, nullptr);
    film.codec = QString::fromLatin1(codec->name);
    film.width = stream->codecpar->width;
    film.height = stream->codecpar->height;
    film.seconds = format->duration > 0 ? double(format->duration) / AV_TIME_BASE : 0;
    film.fps = av_q2d(stream->avg_frame_rate);
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    SwsContext *scale = nullptr;
    int decoded = 0;
    auto receive = [&] {
        while (avcodec_receive_frame(ctx, frame) == 0) {
            if (decoded++ % keepEvery != 0) {
                film.frames.emplace_back();  // counted, not kept
                continue;
            }
            QImage image(frame->width, frame->height, QImage::Format_RGB32);
            scale = sws_getCachedContext(scale, frame->width, frame->height, AVPixelFormat(frame->format), frame->width,
                                         frame->height, AV_PIX_FMT_BGRA, SWS_POINT, nullptr, nullptr, nullptr);
            uint8_t *dst[1] = {image.bits()};
            const int stride[1] = {int(image.bytesPerLine())};
            sws_scale(scale, frame->data, frame->linesize, 0, frame->height, dst, stride);
            film.frames.push_back(image);
        }
    };
    while (av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == index && avcodec_send_packet(ctx, packet) >= 0)
            receive();
        av_packet_unref(packet);
    }
    avcodec_send_packet(ctx, nullptr);
    receive();
    sws_freeContext(scale);
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&ctx);
    avformat_close_input(&format);
    film.ok = true;
    return film;
}

// Sum of absolute channel differences between two colours.
inline int colourDistance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

// Mean colour of a small square (decoded video is noisy pixel by pixel).
inline QRgb meanColour(const QImage &image, QPoint centre, int radius = 3)
{
    long r = 0, g = 0, b = 0, n = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y)
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x)
            if (image.valid(x, y)) {
                const QRgb p = image.pixel(x, y);
                r += qRed(p), g += qGreen(p), b += qBlue(p), ++n;
            }
    return n ? qRgb(int(r / n), int(g / n), int(b / n)) : 0;
}

} // namespace crossroads::test
