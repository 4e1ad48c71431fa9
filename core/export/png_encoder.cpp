// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/png_encoder.h"

#include <spng.h>

#include <cmath>
#include <memory>
#include <vector>

namespace crossroads {

Result<QByteArray> PngEncoder::encode(const QImage &image, const Options &options)
{
    if (image.isNull())
        return Error{{}, {}, QStringLiteral("nothing to encode")};
    // RGB32 rows (the exporter's) are converted one at a time into `row`;
    // any other format is converted whole first, a copy of the image.
    const bool rowByRow = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_RGB888;
    const QImage rgb = rowByRow ? image : image.convertToFormat(QImage::Format_RGB888);
    std::vector<uchar> row(size_t(rgb.width()) * 3);
    struct ContextDeleter
    {
        void operator()(spng_ctx *ctx) const { spng_ctx_free(ctx); }
    };
    std::unique_ptr<spng_ctx, ContextDeleter> ctx(spng_ctx_new(SPNG_CTX_ENCODER));
    if (!ctx)
        return Error{{}, {}, QStringLiteral("cannot create a PNG encoder")};
    auto check = [](int code) -> std::optional<Error> {
        if (code == 0)
            return std::nullopt;
        return Error{{}, {}, QStringLiteral("PNG encoding failed: %1").arg(QString::fromUtf8(spng_strerror(code)))};
    };
    spng_set_option(ctx.get(), SPNG_ENCODE_TO_BUFFER, 1);
    spng_set_option(ctx.get(), SPNG_IMG_COMPRESSION_LEVEL, options.compressionLevel);
    spng_set_option(ctx.get(), SPNG_FILTER_CHOICE, SPNG_FILTER_CHOICE_SUB);

    spng_ihdr ihdr{};
    ihdr.width = uint32_t(rgb.width());
    ihdr.height = uint32_t(rgb.height());
    ihdr.bit_depth = 8;
    ihdr.color_type = SPNG_COLOR_TYPE_TRUECOLOR;
    if (auto e = check(spng_set_ihdr(ctx.get(), &ihdr)))
        return *e;

    spng_phys phys{};
    phys.ppu_x = phys.ppu_y = uint32_t(std::lround(options.dotsPerInch / 0.0254));
    phys.unit_specifier = 1;  // metres
    if (auto e = check(spng_set_phys(ctx.get(), &phys)))
        return *e;

    std::vector<spng_text> texts;
    std::vector<QByteArray> values;
    values.reserve(size_t(options.text.size()));
    for (const auto &[keyword, value] : options.text) {
        spng_text text{};
        const QByteArray key = keyword.toLatin1().left(79);
        std::copy(key.begin(), key.end(), text.keyword);
        // iTXt: UTF-8, so a title like "Türkiye — Iran" survives.
        text.type = SPNG_ITXT;
        text.compression_flag = 0;
        text.language_tag = const_cast<char *>("");
        text.translated_keyword = const_cast<char *>("");
        values.push_back(value.toUtf8());
        text.length = size_t(values.back().size());
        text.text = values.back().data();
        texts.push_back(text);
    }
    if (!texts.empty())
        if (auto e = check(spng_set_text(ctx.get(), texts.data(), uint32_t(texts.size()))))
            return *e;

    // Rows one by one: QImage pads scan lines to 4 bytes.
    if (auto e = check(spng_encode_image(ctx.get(), nullptr, 0, SPNG_FMT_PNG, SPNG_ENCODE_PROGRESSIVE | SPNG_ENCODE_FINALIZE)))
        return *e;
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *bytes = rgb.constScanLine(y);
        if (rgb.format() != QImage::Format_RGB888) {
            const QRgb *pixels = reinterpret_cast<const QRgb *>(bytes);
            for (int x = 0; x < rgb.width(); ++x) {
                row[size_t(x) * 3] = uchar(qRed(pixels[x]));
                row[size_t(x) * 3 + 1] = uchar(qGreen(pixels[x]));
                row[size_t(x) * 3 + 2] = uchar(qBlue(pixels[x]));
            }
            bytes = row.data();
        }
        const int code = spng_encode_row(ctx.get(), bytes, size_t(rgb.width()) * 3);
        if (code != 0 && code != SPNG_EOI)
            return *check(code);
    }
    size_t length = 0;
    int error = 0;
    void *buffer = spng_get_png_buffer(ctx.get(), &length, &error);
    if (!buffer)
        return *check(error ? error : SPNG_EINTERNAL);
    QByteArray bytes(static_cast<const char *>(buffer), qsizetype(length));
    free(buffer);
    return bytes;
}

} // namespace crossroads
