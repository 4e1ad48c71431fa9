// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presenter_caption.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

QFont captionFont(double pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

PageText block(const QString &text, const QFont &font, const QColor &colour, double width, int maxLines, double minPixels)
{
    PageText t = fitText(text, font, width, maxLines, minPixels);
    t.colour = colour;
    return t;
}

} // namespace

PresenterCaption PresenterCaption::layout(QSizeF screen, const QString &date, const QString &title, const QString &text,
                                          const QString &sources, int step, int count)
{
    PresenterCaption c;
    const double h = screen.height(), w = screen.width();
    const double bandH = bandHeight(h);
    c.band = QRectF(0, h - bandH, w, bandH);
    const double margin = std::round(h * 0.028);
    const double gap = std::round(h * 0.01);
    const double top = c.band.top() + margin * 0.8;

    c.counter = block(QStringLiteral("%1 / %2").arg(step + 1).arg(count), captionFont(h / 36, true), QColor(0xaa, 0xb4, 0xc0),
                      w / 4, 1, h / 60);
    c.counter.alignRight = true;
    c.counter.moveTo(QPointF(c.band.right() - margin - c.counter.rect.width(), top));

    c.date = block(date, captionFont(h / 22, true), QColor(0xff, 0xd2, 0x7f), w * 0.24, 2, h / 40);
    c.date.moveTo(QPointF(c.band.left() + margin, top));

    const double left = c.date.rect.right() + margin * 1.5;
    const double width = c.band.right() - margin - left;
    c.title = block(title, captionFont(h / 30, true), Qt::white, width - c.counter.rect.width() - margin, 2, h / 44);
    c.title.moveTo(QPointF(left, top));

    c.sources = block(sources, captionFont(h / 66, false), QColor(0xaa, 0xb4, 0xc0), width, 2, h / 84);
    c.sources.moveTo(QPointF(left, c.band.bottom() - margin * 0.6 - c.sources.rect.height()));

    // The text takes what is left, shrinking from its size to the smallest
    // readable one before anything is shortened.
    const double textTop = c.title.rect.bottom() + gap;
    const double room = c.sources.rect.top() - gap - textTop;
    const double smallest = h / 64;
    for (double px = h / 44;; px = std::max(smallest, px * 0.92)) {
        c.text = block(text, captionFont(px, false), QColor(0xe8, 0xe8, 0xe8), width, 1 << 16, px);
        if (c.text.rect.height() <= room || px <= smallest)
            break;
    }
    const QFontMetricsF fm(c.text.font);
    const int fits = std::max(1, int(std::floor((room - fm.ascent() - fm.descent()) / fm.lineSpacing())) + 1);
    if (c.text.lines.size() > fits) {
        c.shortened = true;
        c.text.lines = c.text.lines.mid(0, fits);
        c.text.lines.last() = fm.elidedText(c.text.lines.last() + QStringLiteral(" …"), Qt::ElideRight, width);
        c.text.rect.setHeight(fm.ascent() + fm.descent() + (fits - 1) * fm.lineSpacing() + 1);
    }
    c.text.moveTo(QPointF(left, textTop));
    return c;
}

} // namespace crossroads
