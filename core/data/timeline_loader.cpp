// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/timeline_loader.h"

#include "data/gdal_handles.h"
#include "data/json_file.h"
#include "model/hindsight.h"

#include <QColor>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <map>

namespace crossroads {
namespace {

// One loading pass over a folder; collects errors as it goes.
class Pass
{
public:
    Pass(const DataFolder &folder, const QSet<QString> &known, ErrorList &errors, ErrorList &warnings)
        : m_folder(folder), m_known(known), m_errors(errors), m_warnings(warnings) {}

    void run(TimelineData &data)
    {
        data.sources = sources();
        data.groups = groups();
        data.standings = standings(data.groups);
        data.places = places();
        data.events = events(data.places);
        data.relations = relations();
        data.corridors = corridors();
        legs(data.corridors);
    }

private:
    struct Located
    {
        QString path;  // JSON path of the record, for messages
        const JsonFile *file;
    };

    std::optional<JsonFile> open(const QString &path, const QString &key, QJsonArray &records)
    {
        Result<JsonFile> file = JsonFile::read(path);
        if (!file) {
            m_errors.push_back(file.error());
            return std::nullopt;
        }
        Result<QJsonArray> array = file.value().array(key);
        if (!array) {
            m_errors.push_back(array.error());
            return std::nullopt;
        }
        records = array.value();
        return std::move(file).value();
    }

    // Rejects a second record with an id already seen in the same file.
    bool uniqueId(QSet<QString> &seen, const QString &id, RecordReader &reader)
    {
        if (id.isEmpty())
            return false;
        if (seen.contains(id)) {
            reader.fail(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(id));
            return false;
        }
        seen.insert(id);
        return true;
    }

    QString country(RecordReader &reader, const QString &key, const QString &code)
    {
        if (!code.isEmpty() && !m_known.contains(code))
            reader.fail(key, QStringLiteral("unknown country code '%1' (not an ISO3 code in the boundary data)").arg(code));
        return code;
    }

    Interval interval(RecordReader &reader)
    {
        Interval interval;
        if (auto from = reader.date(QStringLiteral("from")))
            interval.from = *from;
        interval.until = reader.date(QStringLiteral("until"), false);
        if (interval.until && interval.from.isValid() && interval.until->effectiveDay() <= interval.from.effectiveDay())
            reader.fail(QStringLiteral("until"), QStringLiteral("ends (until %1) before it starts (from %2)")
                                                     .arg(interval.until->toIsoString(), interval.from.toIsoString()));
        return interval;
    }

    // Records of one key (a country and group, a corridor) must not overlap.
    template <typename Record>
    void rejectOverlaps(std::vector<Record> &records, std::vector<Located> &where,
                        const std::function<QString(const Record &)> &keyOf, const QString &what)
    {
        std::map<QString, std::vector<size_t>> byKey;
        for (size_t i = 0; i < records.size(); ++i)
            byKey[keyOf(records[i])].push_back(i);
        std::vector<bool> drop(records.size(), false);
        for (auto &[key, indices] : byKey) {
            std::sort(indices.begin(), indices.end(), [&](size_t a, size_t b) {
                return records[a].interval.startDay() < records[b].interval.startDay();
            });
            // Against the kept record that reaches furthest, not only the
            // previous one: a dropped record must not hide an overlap.
            const Record *reach = nullptr;
            for (size_t index : indices) {
                const Record &record = records[index];
                if (reach && (!reach->interval.until || reach->interval.until->effectiveDay() > record.interval.startDay())) {
                    const Located &at = where[index];
                    m_errors.push_back(at.file->errorAt(
                        at.path, QStringLiteral("overlapping %1: '%2' starts %3, while '%4' still holds")
                                     .arg(what, record.id, record.interval.from.toIsoString(), reach->id)));
                    drop[index] = true;
                    continue;
                }
                if (!reach || (reach->interval.until && (!record.interval.until || reach->interval.until->effectiveDay() < record.interval.until->effectiveDay())))
                    reach = &record;
            }
        }
        std::vector<Record> kept;
        for (size_t i = 0; i < records.size(); ++i)
            if (!drop[i])
                kept.push_back(std::move(records[i]));
        records = std::move(kept);
    }

    // The registry every record cites by id. Without the file (an older
    // data folder) citations are free text, shown as written.
    std::vector<Source> sources()
    {
        std::vector<Source> out;
        if (!QFileInfo::exists(m_folder.sources()))
            return out;
        m_hasRegistry = true;
        QJsonArray records;
        auto file = open(m_folder.sources(), QStringLiteral("sources"), records);
        if (!file)
            return out;
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size(); ++i) {
            RecordReader r(*file, QStringLiteral("sources/%1").arg(i), records[i], m_errors);
            if (!r.ok())
                continue;
            Source s;
            s.id = r.string(QStringLiteral("id"));
            s.title = r.string(QStringLiteral("title"));
            s.publisher = r.optionalString(QStringLiteral("publisher"));
            s.author = r.optionalString(QStringLiteral("author"));
            if (auto date = r.date(QStringLiteral("date"), false))
                s.date = *date;
            s.url = r.optionalString(QStringLiteral("url"));
            s.kind = r.optionalString(QStringLiteral("kind"));
            s.note = r.optionalString(QStringLiteral("note"));
            if (!s.url.isEmpty() && !s.url.startsWith(QStringLiteral("https://")) && !s.url.startsWith(QStringLiteral("http://")))
                r.fail(QStringLiteral("url"), QStringLiteral("'%1' is not a web address (expected http:// or https://)").arg(s.url));
            if (s.id.isEmpty() && r.ok())
                r.fail(QStringLiteral("id"), QStringLiteral("a source needs an id"));
            if (!s.id.isEmpty() && seen.contains(s.id))
                r.fail(QStringLiteral("id"), QStringLiteral("duplicate id '%1'").arg(s.id));
            if (r.ok()) {
                seen.insert(s.id);
                out.push_back(std::move(s));
            }
        }
        m_registry = seen;
        return out;
    }

    // Every cited id must be in the registry (when there is one).
    QStringList cite(RecordReader &reader)
    {
        const QStringList ids = reader.sources();
        for (const QString &id : ids) {
            if (m_hasRegistry && !m_registry.contains(id))
                reader.fail(QStringLiteral("sources"), QStringLiteral("unknown source '%1' (not an id in sources.json)").arg(id));
        }
        return ids;
    }

    // Warns about text that speaks of a time after its record's own date,
    // unless the record says it looks forward on purpose.
    void checkHindsight(const JsonFile &file, const QString &path, const QJsonObject &object, const Date &asOf,
                        std::initializer_list<const char *> keys)
    {
        if (!asOf.isValid() || object.value(QStringLiteral("forward_looking")).toBool())
            return;
        for (const char *key : keys) {
            const QString text = object.value(QLatin1String(key)).toString();
            if (auto phrase = Hindsight::laterMention(text, asOf))
                m_warnings.push_back(file.errorAt(
                    path + u'/' + QLatin1String(key),
                    QStringLiteral("'%1' names \"%2\", after the record's own date %3 (hindsight; set \"forward_looking\": true "
                                   "only if the text states a plan or forecast made on that date)")
                        .arg(QLatin1String(key), *phrase, asOf.toIsoString())));
        }
    }

    std::vector<Group> groups()
    {
        std::vector<Group> out;
        QJsonArray records;
        auto file = open(m_folder.groups(), QStringLiteral("groups"), records);
        if (!file)
            return out;
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size(); ++i) {
            RecordReader r(*file, QStringLiteral("groups/%1").arg(i), records[i], m_errors);
            if (!r.ok())
                continue;
            Group g;
            g.id = r.id();
            g.name = r.string(QStringLiteral("name"));
            const QString colour = r.string(QStringLiteral("colour"));
            g.colour = QColor::fromString(colour);
            if (!colour.isNull() && !g.colour.isValid())
                r.fail(QStringLiteral("colour"), QStringLiteral("'%1' is not a colour (expected #rrggbb)").arg(colour));
            g.channel = r.word(QStringLiteral("channel"), groupChannelFromString, groupChannelWords(), GroupChannel::Fill);
            g.description = r.optionalString(QStringLiteral("description"));
            if (uniqueId(seen, g.id, r) && r.ok())
                out.push_back(std::move(g));
        }
        return out;
    }

    std::vector<StandingRecord> standings(const std::vector<Group> &groups)
    {
        std::vector<StandingRecord> out;
        std::vector<Located> where;
        QJsonArray records;
        auto file = open(m_folder.memberships(), QStringLiteral("standings"), records);
        if (!file)
            return out;
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString path = QStringLiteral("standings/%1").arg(i);
            RecordReader r(*file, path, records[i], m_errors);
            if (!r.ok())
                continue;
            StandingRecord s;
            s.id = r.id();
            s.country = country(r, QStringLiteral("country"), r.string(QStringLiteral("country")));
            s.group = r.string(QStringLiteral("group"));
            if (!s.group.isNull() && std::none_of(groups.begin(), groups.end(), [&](const Group &g) { return g.id == s.group; })) {
                QStringList ids;
                for (const Group &g : groups)
                    ids << g.id;
                r.fail(QStringLiteral("group"), QStringLiteral("'%1' is not a known group (expected one of: %2)")
                                                    .arg(s.group, ids.join(QStringLiteral(", "))));
            }
            s.standing = r.word(QStringLiteral("standing"), standingFromString, standingWords(), Standing::None);
            s.interval = interval(r);
            s.certainty = r.word(QStringLiteral("certainty"), certaintyFromString, certaintyWords(), Certainty::Confirmed);
            s.summary = r.string(QStringLiteral("summary"));
            s.sources = cite(r);
            s.forwardLooking = r.object().value(QStringLiteral("forward_looking")).toBool();
            checkHindsight(*file, path, r.object(), s.interval.from, {"summary"});
            if (uniqueId(seen, s.id, r) && r.ok()) {
                out.push_back(std::move(s));
                where.push_back({path, &*file});
            }
        }
        rejectOverlaps<StandingRecord>(out, where, [](const StandingRecord &s) { return s.country + u'/' + s.group; },
                                       QStringLiteral("standings of one country in one group"));
        return out;
    }

    std::vector<Event> events(const std::vector<Place> &places)
    {
        std::vector<Event> out;
        QJsonArray records;
        auto file = open(m_folder.events(), QStringLiteral("events"), records);
        if (!file)
            return out;
        QSet<QString> placeIds;
        for (const Place &p : places)
            placeIds.insert(p.id);
        QSet<QString> seen;
        out.reserve(size_t(records.size()));
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString path = QStringLiteral("events/%1").arg(i);
            RecordReader r(*file, path, records[i], m_errors);
            if (!r.ok())
                continue;
            Event e;
            e.id = r.id();
            if (auto date = r.date(QStringLiteral("date")))
                e.date = *date;
            e.title = r.string(QStringLiteral("title"));
            e.summary = r.string(QStringLiteral("summary"));
            e.countries = r.strings(QStringLiteral("countries"));
            for (const QString &code : std::as_const(e.countries))
                country(r, QStringLiteral("countries"), code);
            e.place = r.optionalString(QStringLiteral("place"));
            if (!e.place.isEmpty() && !placeIds.contains(e.place))
                r.fail(QStringLiteral("place"), QStringLiteral("unknown place '%1' (not an id in places.geojson)").arg(e.place));
            e.certainty = r.word(QStringLiteral("certainty"), certaintyFromString, certaintyWords(), Certainty::Confirmed);
            e.sources = cite(r);
            e.forwardLooking = r.object().value(QStringLiteral("forward_looking")).toBool();
            checkHindsight(*file, path, r.object(), e.date, {"title", "summary"});
            e.tags = r.strings(QStringLiteral("tags"), false);
            if (uniqueId(seen, e.id, r) && r.ok())
                out.push_back(std::move(e));
        }
        return out;
    }

    std::vector<Relation> relations()
    {
        std::vector<Relation> out;
        QJsonArray records;
        if (!QFileInfo::exists(m_folder.relations()))
            return out;  // optional file
        auto file = open(m_folder.relations(), QStringLiteral("relations"), records);
        if (!file)
            return out;
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString path = QStringLiteral("relations/%1").arg(i);
            RecordReader r(*file, path, records[i], m_errors);
            if (!r.ok())
                continue;
            Relation rel;
            rel.id = r.id();
            rel.countries = r.strings(QStringLiteral("countries"));
            if (r.ok() && rel.countries.size() < 2)
                r.fail(QStringLiteral("countries"), QStringLiteral("a relation needs at least two countries"));
            for (const QString &code : std::as_const(rel.countries))
                country(r, QStringLiteral("countries"), code);
            rel.kind = r.string(QStringLiteral("kind"));
            rel.interval = interval(r);
            rel.certainty = r.word(QStringLiteral("certainty"), certaintyFromString, certaintyWords(), Certainty::Confirmed);
            rel.summary = r.string(QStringLiteral("summary"));
            rel.sources = cite(r);
            rel.forwardLooking = r.object().value(QStringLiteral("forward_looking")).toBool();
            checkHindsight(*file, path, r.object(), rel.interval.from, {"summary"});
            if (uniqueId(seen, rel.id, r) && r.ok())
                out.push_back(std::move(rel));
        }
        return out;
    }

    std::vector<Corridor> corridors()
    {
        std::vector<Corridor> out;
        QJsonArray records;
        auto file = open(m_folder.corridors(), QStringLiteral("corridors"), records);
        if (!file)
            return out;
        QSet<QString> seen;
        QSet<QString> seenPhases;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString path = QStringLiteral("corridors/%1").arg(i);
            RecordReader r(*file, path, records[i], m_errors);
            if (!r.ok())
                continue;
            Corridor c;
            c.id = r.id();
            c.name = r.string(QStringLiteral("name"));
            c.shortName = r.string(QStringLiteral("short_name"));
            const QString colour = r.string(QStringLiteral("colour"));
            c.colour = QColor::fromString(colour);
            if (!colour.isNull() && !c.colour.isValid())
                r.fail(QStringLiteral("colour"), QStringLiteral("'%1' is not a colour (expected #rrggbb)").arg(colour));
            c.summary = r.string(QStringLiteral("summary"));
            c.sources = cite(r);
            c.countries = r.strings(QStringLiteral("countries"), false);
            for (const QString &code : std::as_const(c.countries))
                country(r, QStringLiteral("countries"), code);
            const QJsonValue phases = r.object().value(QStringLiteral("phases"));
            if (!phases.isArray())
                r.fail(QStringLiteral("phases"), QStringLiteral("field 'phases' must be an array"));
            std::vector<Located> where;
            const QJsonArray phaseArray = phases.toArray();
            for (qsizetype k = 0; k < phaseArray.size(); ++k) {
                const QString phasePath = path + QStringLiteral("/phases/%1").arg(k);
                RecordReader p(*file, phasePath, phaseArray[k], m_errors);
                if (!p.ok())
                    continue;
                CorridorPhase phase;
                phase.id = p.id();
                phase.status = p.word(QStringLiteral("status"), corridorStatusFromString, corridorStatusWords(), CorridorStatus::None);
                phase.interval = interval(p);
                phase.certainty = p.word(QStringLiteral("certainty"), certaintyFromString, certaintyWords(), Certainty::Confirmed);
                phase.summary = p.string(QStringLiteral("summary"));
                phase.sources = cite(p);
                phase.forwardLooking = p.object().value(QStringLiteral("forward_looking")).toBool();
                checkHindsight(*file, phasePath, p.object(), phase.interval.from, {"summary"});
                if (uniqueId(seenPhases, phase.id, p) && p.ok()) {
                    c.phases.push_back(std::move(phase));
                    where.push_back({phasePath, &*file});
                }
            }
            // The corridor's own summary is shown from its first phase on.
            if (!c.phases.empty()) {
                const auto first = std::min_element(c.phases.begin(), c.phases.end(), [](const CorridorPhase &a, const CorridorPhase &b) {
                    return a.interval.startDay() < b.interval.startDay();
                });
                checkHindsight(*file, path, r.object(), first->interval.from, {"summary"});
            }
            rejectOverlaps<CorridorPhase>(c.phases, where, [](const CorridorPhase &) { return QString(); },
                                          QStringLiteral("phases of corridor '%1'").arg(c.id));
            if (uniqueId(seen, c.id, r) && r.ok())
                out.push_back(std::move(c));
        }
        return out;
    }

    // GeoJSON through GDAL/OGR: messages name the feature.
    template <typename Fn>
    void features(const QString &path, OGRwkbGeometryType expected, Fn &&each)
    {
        GDALDatasetUniquePtr dataset = gdal::openVector(path);
        if (!dataset) {
            m_errors.push_back(Error{path, {}, QFileInfo::exists(path)
                                                   ? QStringLiteral("not a GeoJSON file GDAL can read (%1)").arg(gdal::lastErrorMessage())
                                                   : QStringLiteral("no such file")});
            return;
        }
        OGRLayer *layer = dataset->GetLayer(0);
        if (!layer)
            return;
        for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
            const int idField = f->GetFieldIndex("id");
            const QString id = idField >= 0 ? QString::fromUtf8(f->GetFieldAsString(idField)) : QString();
            const QString place = QStringLiteral("feature %1%2").arg(f->GetFID()).arg(id.isEmpty() ? QString() : QStringLiteral(" ('%1')").arg(id));
            const OGRGeometry *g = f->GetGeometryRef();
            if (!g || wkbFlatten(g->getGeometryType()) != expected) {
                m_errors.push_back(Error{path, place, QStringLiteral("geometry must be a %1").arg(QString::fromUtf8(OGRGeometryTypeToName(expected)))});
                continue;
            }
            auto field = [&](const char *name) -> QString {
                const int index = f->GetFieldIndex(name);
                return index >= 0 && f->IsFieldSetAndNotNull(index) ? QString::fromUtf8(f->GetFieldAsString(index)) : QString();
            };
            auto fail = [&](const QString &message) { m_errors.push_back(Error{path, place, message}); };
            each(*f, *g, field, fail);
        }
    }

    std::vector<Place> places()
    {
        std::vector<Place> out;
        QSet<QString> seen;
        features(m_folder.places(), wkbPoint, [&](OGRFeature &, const OGRGeometry &g, auto field, auto fail) {
            Place p{field("id"), field("name"), field("country"), field("kind"), {g.toPoint()->getX(), g.toPoint()->getY()}};
            if (p.id.isEmpty() || p.name.isEmpty())
                return fail(QStringLiteral("a place needs 'id' and 'name'"));
            if (seen.contains(p.id))
                return fail(QStringLiteral("duplicate id '%1'").arg(p.id));
            if (!p.country.isEmpty() && !m_known.contains(p.country))
                return fail(QStringLiteral("unknown country code '%1'").arg(p.country));
            seen.insert(p.id);
            out.push_back(std::move(p));
        });
        return out;
    }

    void legs(std::vector<Corridor> &corridors)
    {
        features(m_folder.corridorRoutes(), wkbLineString, [&](OGRFeature &, const OGRGeometry &g, auto field, auto fail) {
            const QString id = field("corridor");
            auto corridor = std::find_if(corridors.begin(), corridors.end(), [&](const Corridor &c) { return c.id == id; });
            if (corridor == corridors.end())
                return fail(QStringLiteral("unknown corridor '%1' (not an id in corridors.json)").arg(id));
            CorridorLeg leg;
            bool seqOk = false;
            leg.seq = field("seq").toInt(&seqOk);
            if (!seqOk)
                return fail(QStringLiteral("'seq' must be a whole number"));
            const auto mode = legModeFromString(field("mode"));
            if (!mode)
                return fail(QStringLiteral("'%1' is not a known mode (expected one of: %2)")
                                .arg(field("mode"), legModeWords().join(QStringLiteral(", "))));
            leg.mode = *mode;
            leg.from = field("from");
            leg.to = field("to");
            const OGRLineString *line = g.toLineString();
            if (line->getNumPoints() < 2)
                return fail(QStringLiteral("a leg needs at least two points"));
            for (int i = 0; i < line->getNumPoints(); ++i)
                leg.points.push_back({line->getX(i), line->getY(i)});
            corridor->legs.push_back(std::move(leg));
        });
    }

    const DataFolder &m_folder;
    const QSet<QString> &m_known;
    ErrorList &m_errors;
    ErrorList &m_warnings;
    bool m_hasRegistry = false;
    QSet<QString> m_registry;
};

} // namespace

TimelineLoader::Report TimelineLoader::load(const DataFolder &folder, const QSet<QString> &knownCountries)
{
    Report report;
    Pass(folder, knownCountries, report.errors, report.warnings).run(report.data);
    return report;
}

} // namespace crossroads
