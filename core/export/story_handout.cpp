// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/story_handout.h"

#include "model/world_diff.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace crossroads {
namespace {

// Page geometry in the writer's units (96 per inch on A4).
constexpr double kMargin = 56;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *kCss = "body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #222; }"
                   "h1 { font-size: 20pt; margin-bottom: 6px; } h2 { font-size: 14pt; margin: 4px 0; }"
                   "h3 { font-size: 10.5pt; margin: 10px 0 2px 0; color: #444; }"
                   "p { margin: 2px 0 4px 0; } .meta { color: #555; } .notes { color: #333; font-style: italic; }"
                   "li { margin-bottom: 3px; }";

// Lays out `html` `width` wide and draws the part that fits in `height`
// at `topLeft`; returns the document's full height.
double drawHtml(QPainter &painter, const QString &html, QPointF topLeft, double width, double height)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(QString::fromLatin1(kCss));
    doc.setHtml(html);
    doc.setTextWidth(width);
    painter.save();
    painter.translate(topLeft);
    doc.drawContents(&painter, QRectF(0, 0, width, height));
    painter.restore();
    return doc.size().height();
}

} // namespace

std::optional<Error> StoryHandout::write(const QString &path, const Story &story, const ExportSettings &base) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{path, {}, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath())};
    if (story.steps.empty())
        return Error{path, {}, QStringLiteral("the story '%1' has no steps").arg(story.id)};
    const Atlas &atlas = m_exporter.renderer().geo().atlas();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    QPdfWriter writer(&file);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(story.title);
    writer.setCreator(QStringLiteral("Crossroads %1").arg(QStringLiteral(CROSSROADS_VERSION)));
    QPainter painter(&writer);
    const QSizeF page(writer.width(), writer.height());
    const double width = page.width() - 2 * kMargin;

    // Sources in order of first citation, numbered for the list at the end.
    QStringList sources;
    auto cite = [&](const QStringList &ids) {
        QStringList shown;
        for (const QString &id : ids) {
            const QString title = m_titles.title(id);
            if (!sources.contains(title))
                sources << title;
            shown << QStringLiteral("[%1] %2").arg(sources.indexOf(title) + 1).arg(esc(title));
        }
        return shown.join(QStringLiteral("; "));
    };

    // Cover.
    {
        QString html = QStringLiteral("<h1>%1</h1>").arg(esc(story.title));
        if (!story.description.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(story.description));
        html += QStringLiteral("<p class='meta'>%1 steps, %2 to %3. Each page shows the map as it stood on the step's date, "
                               "built only from records dated on or before it.</p><h3>Steps</h3><ol>")
                    .arg(story.steps.size())
                    .arg(esc(story.steps.front().date.toDisplayString()), esc(story.steps.back().date.toDisplayString()));
        for (const StoryStep &step : story.steps)
            html += QStringLiteral("<li><b>%1</b> \u2014 %2</li>").arg(esc(step.date.toDisplayString()), esc(step.title));
        html += QStringLiteral("</ol><p class='meta'>Made with Crossroads %1.</p>").arg(QStringLiteral(CROSSROADS_VERSION));
        drawHtml(painter, html, QPointF(kMargin, kMargin), width, page.height() - 2 * kMargin);
    }

    // One page per step: the map, then the words.
    for (size_t i = 0; i < story.steps.size(); ++i) {
        const StoryStep &step = story.steps[i];
        writer.newPage();
        ExportSettings settings = base;
        settings.date = step.date;
        settings.extent = std::array<double, 4>{step.west, step.south, step.east, step.north};
        settings.projectedExtent.reset();
        if (step.layers)
            settings.layers = *step.layers;
        settings.title = step.title;
        settings.caption.clear();
        // Laid out at 96 DPI 1000 px wide and drawn at the page's width, so
        // the legend and credits stay legible in print.
        settings.dpi = 96;
        settings.size = QSize(1000, 620);
        const double scale = width / settings.size.width();
        const QRectF mapRect(kMargin, kMargin + 26, width, settings.size.height() * scale);
        {
            QFont head(QStringLiteral("DejaVu Sans"));
            head.setPixelSize(13);
            painter.setFont(head);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(kMargin, kMargin, width, 20), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1 \u2014 step %2 of %3").arg(story.title).arg(i + 1).arg(story.steps.size()));
        }
        painter.save();
        painter.translate(mapRect.topLeft());
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(QPointF(0, 0), settings.size));
        m_exporter.compose(painter, settings, nullptr);
        painter.restore();

        QString html = QStringLiteral("<h2>%1: %2</h2>").arg(esc(step.date.toDisplayString()), esc(step.title));
        if (!step.text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(step.text));
        if (!step.sources.isEmpty())
            html += QStringLiteral("<p class='meta'>Sources: %1</p>").arg(cite(step.sources));
        if (!step.notes.isEmpty())
            html += QStringLiteral("<h3>Speaker notes</h3><p class='notes'>%1</p>").arg(esc(step.notes));
        // The facts: what changed since the step before (for the first
        // step, on its own day), as the map shows them.
        const Date since = i > 0 && story.steps[i - 1].date.julianDay() < step.date.julianDay() ? story.steps[i - 1].date
                                                                                                 : step.date.addDays(-1);
        Result<WorldDiff> diff = WorldDiff::build(atlas, since, step.date);
        if (diff && !diff.value().changes().empty()) {
            const auto &changes = diff.value().changes();
            html += i > 0 && since.julianDay() == story.steps[i - 1].date.julianDay()
                        ? QStringLiteral("<h3>What changed after %1 (the step before)</h3><ul>").arg(esc(since.toDisplayString()))
                        : QStringLiteral("<h3>What happened on this day</h3><ul>");
            // The latest first: those nearest the step's date matter most.
            int shown = 0;
            for (auto it = changes.rbegin(); it != changes.rend() && shown < kMaxFactsPerStep; ++it, ++shown)
                html += QStringLiteral("<li><b>%1</b>: %2 <span class='meta'>(%3)</span><br/><span class='meta'>Sources: %4</span></li>")
                            .arg(esc(it->date.toDisplayString()), esc(it->title), esc(toString(it->certainty)), cite(it->sources));
            html += QStringLiteral("</ul>");
            if (int(changes.size()) > shown)
                html += QStringLiteral("<p class='meta'>And %1 earlier changes (crossroads diff --from %2 --to %3 lists them all).</p>")
                            .arg(changes.size() - size_t(shown))
                            .arg(since.toIsoString(), step.date.toIsoString());
        }
        const double top = mapRect.bottom() + 16;
        drawHtml(painter, html, QPointF(kMargin, top), width, page.height() - kMargin - top);
    }

    // The sources, as many pages as they take.
    {
        QString html = QStringLiteral("<h2>Sources</h2><ol>");
        for (const QString &s : sources)
            html += QStringLiteral("<li>%1</li>").arg(esc(s));
        html += QStringLiteral("</ol>");
        QTextDocument doc;
        doc.setDefaultStyleSheet(QString::fromLatin1(kCss));
        doc.setHtml(html);
        doc.setTextWidth(width);
        const double pageHeight = page.height() - 2 * kMargin;
        doc.setPageSize(QSizeF(width, pageHeight));
        for (int p = 0; p < doc.pageCount(); ++p) {
            writer.newPage();
            painter.save();
            painter.translate(kMargin, kMargin - p * pageHeight);
            doc.drawContents(&painter, QRectF(0, p * pageHeight, width, pageHeight));
            painter.restore();
        }
    }
    painter.end();
    if (!file.commit())
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    return std::nullopt;
}

} // namespace crossroads
