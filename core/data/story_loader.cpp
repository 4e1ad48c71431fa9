// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/story_loader.h"

#include "data/data_folder.h"
#include "data/json_file.h"
#include "model/hindsight.h"

#include <QDir>

namespace crossroads {

StoryLoader::Report StoryLoader::load(const QString &path, const Atlas &atlas)
{
    Report report;
    Result<JsonFile> file = JsonFile::read(path);
    if (!file) {
        report.errors.push_back(file.error());
        return report;
    }
    const size_t before = report.errors.size();
    RecordReader header(file.value(), QString(), file.value().root(), report.errors);
    Story story;
    story.id = header.id();
    story.title = header.string(QStringLiteral("title"));
    story.description = header.optionalString(QStringLiteral("description"));
    Result<QJsonArray> steps = file.value().array(QStringLiteral("steps"));
    if (!steps) {
        report.errors.push_back(steps.error());
        return report;
    }
    if (steps.value().isEmpty())
        report.errors.push_back(file.value().errorAt(QStringLiteral("steps"), QStringLiteral("a story needs at least one step")));
    QSet<QString> known;
    for (const QString &id : {QStringLiteral("graticule"), QStringLiteral("corridors"), QStringLiteral("events"), QStringLiteral("labels")})
        known.insert(id);
    for (const Group &g : atlas.timeline.groups())
        known.insert(g.id);
    QSet<QString> seen;
    const bool hasRegistry = !atlas.timeline.data().sources.empty();
    for (qsizetype i = 0; i < steps.value().size(); ++i) {
        const QString path = QStringLiteral("steps/%1").arg(i);
        RecordReader r(file.value(), path, steps.value()[i], report.errors);
        if (!r.ok())
            continue;
        StoryStep step;
        step.id = r.id();
        if (!step.id.isEmpty() && seen.contains(step.id))
            r.fail(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(step.id));
        seen.insert(step.id);
        if (auto date = r.date(QStringLiteral("date")))
            step.date = *date;
        const QJsonValue extent = r.object().value(QStringLiteral("extent"));
        const QJsonArray box = extent.toArray();
        if (!extent.isArray() || box.size() != 4 || !box[0].isDouble() || !box[1].isDouble() || !box[2].isDouble() ||
            !box[3].isDouble()) {
            r.fail(QStringLiteral("extent"), QStringLiteral("'extent' must be [west, south, east, north] in degrees"));
        } else {
            step.west = box[0].toDouble();
            step.south = box[1].toDouble();
            step.east = box[2].toDouble();
            step.north = box[3].toDouble();
            if (!(step.west < step.east && step.south < step.north) || step.south < -90 || step.north > 90 ||
                step.west < -180 || step.east > 180)
                r.fail(QStringLiteral("extent"), QStringLiteral("'extent' must have west < east and south < north, within ±180/±90"));
        }
        if (r.object().contains(QStringLiteral("layers"))) {
            const QStringList layers = r.strings(QStringLiteral("layers"));
            for (const QString &layer : layers)
                if (!known.contains(layer))
                    r.fail(QStringLiteral("layers"), QStringLiteral("unknown layer '%1'").arg(layer));
            step.layers = QSet<QString>(layers.begin(), layers.end());
        }
        step.title = r.string(QStringLiteral("title"));
        step.text = r.string(QStringLiteral("text"));
        step.sources = r.sources();
        for (const QString &id : std::as_const(step.sources))
            if (hasRegistry && !atlas.timeline.source(id))
                r.fail(QStringLiteral("sources"), QStringLiteral("unknown source '%1' (not an id in sources.json)").arg(id));
        step.notes = r.optionalString(QStringLiteral("notes"));
        // A caption is read on its step's date: it may not speak of later days.
        if (step.date.isValid() && !r.object().value(QStringLiteral("forward_looking")).toBool())
            for (const char *key : {"title", "text", "notes"})
                if (auto phrase = Hindsight::laterMention(r.object().value(QLatin1String(key)).toString(), step.date))
                    report.warnings.push_back(file.value().errorAt(
                        path + u'/' + QLatin1String(key),
                        QStringLiteral("'%1' names \"%2\", after the step's date %3 (hindsight)")
                            .arg(QLatin1String(key), *phrase, step.date.toIsoString())));
        if (r.ok())
            story.steps.push_back(std::move(step));
    }
    if (report.errors.size() == before)
        report.stories.push_back(std::move(story));
    return report;
}

StoryLoader::Report StoryLoader::loadFolder(const Atlas &atlas)
{
    Report report;
    const QDir dir(DataFolder{QDir(atlas.dataDir)}.stories());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        Report one = load(dir.filePath(name), atlas);
        report.stories.insert(report.stories.end(), one.stories.begin(), one.stories.end());
        report.errors.insert(report.errors.end(), one.errors.begin(), one.errors.end());
        report.warnings.insert(report.warnings.end(), one.warnings.begin(), one.warnings.end());
    }
    return report;
}

} // namespace crossroads
