// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/page_layout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

// Greedy word wrap; words wider than `width` are broken between characters.
QStringList wrap(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        while (fm.horizontalAdvance(line) > width && line.size() > 1) {
            int n = line.size() - 1;
            while (n > 1 && fm.horizontalAdvance(line.left(n)) > width)
                --n;
            lines << line.left(n);
            line = line.mid(n);
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

void PageText::moveTo(QPointF topLeft)
{
    const QPointF delta = topLeft - rect.topLeft();
    rect.translate(delta);
    frame.translate(delta);
}

void PageText::draw(QPainter &painter) const
{
    const QFontMetricsF fm(font);
    painter.setFont(font);
    painter.setPen(colour);
    double y = rect.top() + fm.ascent();
    for (const QString &line : lines) {
        const double x = alignRight ? rect.right() - fm.horizontalAdvance(line) : rect.left();
        painter.drawText(QPointF(x, y), line);
        y += fm.lineSpacing();
    }
}

PageText fitText(const QString &text, QFont font, double width, int maxLines, double minPixels)
{
    PageText out;
    width = std::max(width, 1.0);
    const int minSize = std::max(1, int(std::floor(minPixels)));
    for (;;) {
        const QFontMetricsF fm(font);
        out.lines = wrap(text.simplified(), fm, width);
        if (out.lines.size() <= maxLines || font.pixelSize() <= minSize)
            break;
        font.setPixelSize(std::max(minSize, int(std::floor(font.pixelSize() * 0.9))));
    }
    const QFontMetricsF fm(font);
    double w = 0;
    for (const QString &line : out.lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const double h = out.lines.isEmpty() ? 0.0 : fm.ascent() + fm.descent() + (out.lines.size() - 1) * fm.lineSpacing();
    out.font = font;
    out.rect = QRectF(0, 0, std::ceil(w) + 1, std::ceil(h) + 1);
    out.frame = QRectF(0, 0, width, out.rect.height());
    return out;
}

} // namespace crossroads
