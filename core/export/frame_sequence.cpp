// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/frame_sequence.h"

#include "util/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

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

// Whether a frame of an earlier run is whole and was made with the same
// settings: its image has the size and date asked for, and its sidecars
// say exactly what this run would write. Frames are committed as whole
// sets, so an interrupted run leaves only frames that pass or are absent.
bool frameIsCurrent(const MapExporter &exporter, const QString &path, const ExportSettings &settings)
{
    const QStringList files = MapExporter::outputFiles(path);
    if (files.size() != 3)
        return false;
    const Georeference geo = exporter.georeference(settings);
    const std::pair<QString, QString> sidecars[] = {{files[1], geo.worldFile()}, {files[2], geo.auxXml()}};
    for (const auto &[file, expected] : sidecars) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != expected.toUtf8())
            return false;
    }
    QImageReader reader(path, "png");
    const QString title = settings.title.isEmpty() ? exporter.defaultTitle(settings) : settings.title;
    return reader.canRead() && reader.size() == settings.size && reader.text(QStringLiteral("Date")) == settings.date.toIsoString() &&
           reader.text(QStringLiteral("Title")) == title;
}

} // namespace

QString FrameSequence::frameName(const Event &event)
{
    return QStringLiteral("%1_%2.png").arg(event.date.toIsoString(), event.id);
}

Result<int> FrameSequence::write(const QString &directory, const ExportSettings &base, bool resume, int *kept) const
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
        if (resume && frameIsCurrent(m_exporter, out.filePath(name), settings)) {
            if (kept)
                ++*kept;
        } else if (auto problem = m_exporter.write(out.filePath(name), settings, &cache))
            return *problem;
        index += QStringLiteral("%1,%2,%3,%4\n").arg(csvField(name), event.date.toIsoString(), csvField(event.id), csvField(event.title));
        ++count;
    }
    // Last, so an index only ever lists frames that are all there.
    if (auto problem = writeFileAtomically(out.filePath(QStringLiteral("index.csv")), index.toUtf8()))
        return *problem;
    return count;
}

} // namespace crossroads
