// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/frame_sequence.h"

#include "util/atomic_file.h"

#include <QDir>
#include <QFileInfo>

namespace crossroads {
namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString FrameSequence::frameName(const Event &event)
{
    return QStringLiteral("%1_%2.png").arg(event.date.toIsoString(), event.id);
}

Result<int> FrameSequence::write(const QString &directory, const ExportSettings &base) const
{
    const QFileInfo dir(directory);
    if (!dir.isDir())
        return Error{directory, {}, QStringLiteral("the output folder does not exist")};
    if (!dir.isWritable())
        return Error{directory, {}, QStringLiteral("the output folder is not writable")};
    const QDir out(directory);
    RenderCache cache;
    QString index = QStringLiteral("frame,date,event,caption\n");
    int count = 0;
    const auto &events = m_exporter.renderer().geo().atlas().timeline.events();
    // One legend for the whole run, so frames do not jump as entries appear.
    ExportSettings run = base;
    if (!events.empty())
        run.legendSpan = ExportSettings::Span{events.front().date, events.back().date};
    for (const Event &event : events) {
        ExportSettings settings = run;
        settings.date = event.date;
        settings.caption = event.title;
        const QString name = frameName(event);
        if (auto problem = m_exporter.write(out.filePath(name), settings, &cache))
            return *problem;
        index += QStringLiteral("%1,%2,%3,%4\n").arg(csvField(name), event.date.toIsoString(), csvField(event.id), csvField(event.title));
        ++count;
    }
    if (auto problem = writeFileAtomically(out.filePath(QStringLiteral("index.csv")), index.toUtf8()))
        return *problem;
    return count;
}

} // namespace crossroads
