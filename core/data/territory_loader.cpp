// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/territory_loader.h"

#include "data/boundary_loader.h"
#include "data/json_file.h"

#include <QFileInfo>

namespace crossroads {
namespace {

// The source registry's ids with their titles, or nullopt when the folder
// has none (its full check is the timeline loader's).
std::optional<QHash<QString, QString>> sourceTitles(const QString &path, ErrorList &errors)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Result<JsonFile> file = JsonFile::read(path);
    if (!file) {
        errors.push_back(file.error());
        return QHash<QString, QString>{};
    }
    Result<QJsonArray> array = file.value().array(QStringLiteral("sources"));
    if (!array) {
        errors.push_back(array.error());
        return QHash<QString, QString>{};
    }
    QHash<QString, QString> titles;
    for (const QJsonValue &value : array.value()) {
        const QJsonObject o = value.toObject();
        titles.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString());
    }
    return titles;
}

} // namespace

Result<std::vector<Outline>> TerritoryLoader::readOutlines(const DataFolder &folder)
{
    if (!QFileInfo::exists(path(folder)))
        return std::vector<Outline>{};
    return BoundaryLoader::loadOutlines(folder.boundaries(), outlineLayer());
}

TerritoryLoader::Report TerritoryLoader::load(const DataFolder &folder, const QSet<QString> &knownCountries)
{
    return load(folder, knownCountries, readOutlines(folder));
}

TerritoryLoader::Report TerritoryLoader::load(const DataFolder &folder, const QSet<QString> &knownCountries,
                                              Result<std::vector<Outline>> outlines)
{
    Report report;
    const QString file = path(folder);
    if (!QFileInfo::exists(file))
        return report;
    if (!outlines) {
        report.errors.push_back(outlines.error());
        return report;
    }
    Result<JsonFile> json = JsonFile::read(file);
    if (!json) {
        report.errors.push_back(json.error());
        return report;
    }
    const JsonFile &f = json.value();
    Result<QJsonArray> records = f.array(QStringLiteral("territories"));
    if (!records) {
        report.errors.push_back(records.error());
        return report;
    }
    QHash<QString, QString> authorities;
    const QJsonObject names = f.root().value(QStringLiteral("authorities")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        authorities.insert(it.key(), it.value().toString());
    QSet<QString> outlineIds;
    for (const Outline &o : outlines.value())
        outlineIds.insert(o.id);
    const std::optional<QHash<QString, QString>> registry = sourceTitles(sourcesPath(folder), report.errors);

    std::vector<TerritoryRecord> out;
    QSet<QString> seen;
    const QStringList statuses = Territories::statusWords();
    for (qsizetype i = 0; i < records.value().size(); ++i) {
        RecordReader r(f, QStringLiteral("territories/%1").arg(i), records.value()[i], report.errors);
        if (!r.ok())
            continue;
        TerritoryRecord t;
        t.id = r.id();
        if (!t.id.isEmpty() && seen.contains(t.id))
            r.fail(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(t.id));
        seen.insert(t.id);
        t.name = r.string(QStringLiteral("name"));
        t.outline = r.optionalString(QStringLiteral("outline"));
        if (!t.outline.isEmpty() && !outlineIds.contains(t.outline))
            r.fail(QStringLiteral("outline"), QStringLiteral("no outline '%1' in layer '%2' of the boundary data").arg(t.outline, outlineLayer()));
        auto known = [&](const QString &key, const QString &code) {
            if (!code.isEmpty() && !knownCountries.contains(code) && !authorities.contains(code))
                r.fail(key, QStringLiteral("unknown code '%1' (neither a country in the boundary data nor in \"authorities\")").arg(code));
        };
        t.country = r.string(QStringLiteral("country"));
        known(QStringLiteral("country"), t.country);
        t.status = r.string(QStringLiteral("status"));
        if (!t.status.isNull() && !statuses.contains(t.status))
            r.fail(QStringLiteral("status"), QStringLiteral("'%1' is not a known status (expected one of: %2)")
                                                 .arg(t.status, statuses.join(QStringLiteral(", "))));
        t.controlledBy = r.optionalString(QStringLiteral("controlled_by"));
        known(QStringLiteral("controlled_by"), t.controlledBy);
        t.claimedBy = r.strings(QStringLiteral("claimed_by"), false);
        for (const QString &code : std::as_const(t.claimedBy))
            known(QStringLiteral("claimed_by"), code);
        if (auto from = r.date(QStringLiteral("from")))
            t.interval.from = *from;
        t.interval.until = r.date(QStringLiteral("until"), false);
        if (t.interval.until && t.interval.from.isValid() && t.interval.until->julianDay() <= t.interval.from.julianDay())
            r.fail(QStringLiteral("until"), QStringLiteral("ends (until %1) before it starts (from %2)")
                                                .arg(t.interval.until->toIsoString(), t.interval.from.toIsoString()));
        t.certainty = r.word(QStringLiteral("certainty"), certaintyFromString, certaintyWords(), Certainty::Confirmed);
        t.summary = r.string(QStringLiteral("summary"));
        t.sources = r.sources();
        if (registry)
            for (const QString &source : std::as_const(t.sources))
                if (!registry->contains(source))
                    r.fail(QStringLiteral("sources"), QStringLiteral("source '%1' is not in the source registry").arg(source));
        if (r.ok())
            out.push_back(std::move(t));
    }
    report.territories =
        Territories(std::move(out), std::move(outlines).value(), std::move(authorities), registry.value_or(QHash<QString, QString>{}));
    return report;
}

} // namespace crossroads
