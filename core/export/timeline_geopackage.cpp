// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/timeline_geopackage.h"

#include "data/gdal_handles.h"
#include "geo/ogr_shapes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <ogr_spatialref.h>

#include <cstdio>

namespace crossroads {
namespace {

struct Field
{
    const char *name;
    OGRFieldType type;
};

OGRLayer *createLayer(GDALDataset &ds, const char *name, OGRwkbGeometryType type, const std::vector<Field> &fields)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds.CreateLayer(name, type == wkbNone ? nullptr : &wgs84, type, nullptr);
    if (!layer)
        return nullptr;
    for (const Field &f : fields) {
        OGRFieldDefn definition(f.name, f.type);
        if (layer->CreateField(&definition) != OGRERR_NONE)
            return nullptr;
    }
    return layer;
}

void setDate(OGRFeature &f, const char *field, std::optional<QDate> day)
{
    if (!day || !day->isValid()) {
        f.SetFieldNull(f.GetFieldIndex(field));
        return;
    }
    f.SetField(field, day->year(), day->month(), day->day());
}

void setText(OGRFeature &f, const char *field, const QString &text)
{
    f.SetField(field, text.toUtf8().constData());
}

// A bound known only to the month or year takes effect at the end of that
// period (Interval's rule), so the layer plays what the program shows.
QDate startOf(const Interval &interval)
{
    return QDate::fromJulianDay(interval.startDay());
}

std::optional<QDate> endOf(const Interval &interval)
{
    return interval.until ? std::optional<QDate>(QDate::fromJulianDay(interval.until->effectiveDay())) : std::nullopt;
}

// The first day after a date's period: an event dated "2025-06" is shown
// through June.
QDate afterPeriod(const Date &date)
{
    const QDate first = date.firstDay();
    switch (date.precision()) {
    case DatePrecision::Year:
        return first.addYears(1);
    case DatePrecision::Month:
        return first.addMonths(1);
    case DatePrecision::Day:
        break;
    }
    return first.addDays(1);
}

// QGIS reads a layer's default style from layer_styles; this one only turns
// on the temporal properties, start and end from fields, end excluded.
QByteArray temporalStyle()
{
    return QByteArrayLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                             "<qgis version=\"3.28.0\" styleCategories=\"Temporal\">\n"
                             " <temporal enabled=\"1\" mode=\"1\" startField=\"start_date\" endField=\"end_date\" "
                             "limitMode=\"0\" accumulate=\"0\" durationUnit=\"min\" durationField=\"\" fixedDuration=\"0\" "
                             "startExpression=\"\" endExpression=\"\"/>\n"
                             "</qgis>\n");
}

class Writer
{
public:
    Writer(const Atlas &atlas, GDALDataset &ds) : m_atlas(atlas), m_ds(ds) {}

    std::optional<Error> run(const QString &path)
    {
        if (!standings() || !corridorLegs() || !events() || !styles())
            return Error{path, {}, QStringLiteral("cannot write the GeoPackage: %1").arg(gdal::lastErrorMessage())};
        return std::nullopt;
    }

private:
    // Users read sources by title, never by id.
    QString titles(const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            if (const Source *s = m_atlas.timeline.source(id))
                out << s->title;
        return out.join(QStringLiteral("; "));
    }

    bool add(OGRLayer *layer, OGRFeature *f) { return layer->CreateFeature(f) == OGRERR_NONE; }

    bool standings()
    {
        OGRLayer *layer = createLayer(m_ds, "standings", wkbMultiPolygon,
                                      {{"record_id", OFTString}, {"country", OFTString}, {"country_name", OFTString}, {"group_id", OFTString},
                                       {"group_name", OFTString}, {"standing", OFTString}, {"certainty", OFTString},
                                       {"start_date", OFTDate}, {"end_date", OFTDate}, {"summary", OFTString}, {"sources", OFTString}});
        if (!layer)
            return false;
        for (const StandingRecord &s : m_atlas.timeline.data().standings) {
            const Country *country = m_atlas.country(s.country);
            const Group *group = m_atlas.timeline.group(s.group);
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            setText(*f, "record_id", s.id);
            setText(*f, "country", s.country);
            setText(*f, "country_name", m_atlas.displayName(s.country));
            setText(*f, "group_id", s.group);
            setText(*f, "group_name", group ? group->name : s.group);
            setText(*f, "standing", toString(s.standing));
            setText(*f, "certainty", toString(s.certainty));
            setDate(*f, "start_date", startOf(s.interval));
            setDate(*f, "end_date", endOf(s.interval));
            setText(*f, "summary", s.summary);
            setText(*f, "sources", titles(s.sources));
            if (country)
                f->SetGeometryDirectly(toOgrMultiPolygon(country->geometry).release());
            if (!add(layer, f.get()))
                return false;
        }
        return true;
    }

    bool corridorLegs()
    {
        OGRLayer *layer = createLayer(m_ds, "corridor_legs", wkbLineString,
                                      {{"corridor", OFTString}, {"corridor_name", OFTString}, {"leg", OFTInteger}, {"mode", OFTString},
                                       {"leg_from", OFTString}, {"leg_to", OFTString}, {"phase_id", OFTString}, {"status", OFTString},
                                       {"certainty", OFTString}, {"start_date", OFTDate}, {"end_date", OFTDate}, {"summary", OFTString}});
        if (!layer)
            return false;
        for (const Corridor &c : m_atlas.timeline.corridors()) {
            for (const CorridorPhase &phase : c.phases) {
                for (const CorridorLeg &leg : c.legs) {
                    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
                    setText(*f, "corridor", c.id);
                    setText(*f, "corridor_name", c.name);
                    f->SetField("leg", leg.seq);
                    setText(*f, "mode", toString(leg.mode));
                    setText(*f, "leg_from", leg.from);
                    setText(*f, "leg_to", leg.to);
                    setText(*f, "phase_id", phase.id);
                    setText(*f, "status", toString(phase.status));
                    setText(*f, "certainty", toString(phase.certainty));
                    setDate(*f, "start_date", startOf(phase.interval));
                    setDate(*f, "end_date", endOf(phase.interval));
                    setText(*f, "summary", phase.summary);
                    auto *line = new OGRLineString;
                    for (const LonLat &p : leg.points)
                        line->addPoint(p.lon, p.lat);
                    f->SetGeometryDirectly(line);
                    if (!add(layer, f.get()))
                        return false;
                }
            }
        }
        return true;
    }

    bool events()
    {
        OGRLayer *layer = createLayer(m_ds, "events", wkbPoint,
                                      {{"event_id", OFTString}, {"title", OFTString}, {"date", OFTString}, {"shown_as", OFTString},
                                       {"precision", OFTString}, {"certainty", OFTString}, {"countries", OFTString}, {"place", OFTString},
                                       {"start_date", OFTDate}, {"end_date", OFTDate}, {"summary", OFTString}, {"sources", OFTString}});
        if (!layer)
            return false;
        for (const Event &e : m_atlas.timeline.events()) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            setText(*f, "event_id", e.id);
            setText(*f, "title", e.title);
            setText(*f, "date", e.date.toIsoString());
            setText(*f, "shown_as", e.date.toDisplayString());
            setText(*f, "precision", e.date.precision() == DatePrecision::Day     ? QStringLiteral("day")
                                     : e.date.precision() == DatePrecision::Month ? QStringLiteral("month")
                                                                                  : QStringLiteral("year"));
            setText(*f, "certainty", toString(e.certainty));
            setText(*f, "countries", e.countries.join(u','));
            setText(*f, "place", e.place);
            // Shown for its day, or through its whole month or year when
            // that is all that is known.
            setDate(*f, "start_date", e.date.firstDay());
            setDate(*f, "end_date", afterPeriod(e.date));
            setText(*f, "summary", e.summary);
            setText(*f, "sources", titles(e.sources));
            std::optional<LonLat> at;
            if (const Place *p = m_atlas.timeline.place(e.place))
                at = p->position;
            else if (const Country *c = e.countries.isEmpty() ? nullptr : m_atlas.country(e.countries.first()))
                at = c->labelPoint;
            if (at)
                f->SetGeometryDirectly(new OGRPoint(at->lon, at->lat));
            if (!add(layer, f.get()))
                return false;
        }
        return true;
    }

    bool styles()
    {
        OGRLayer *layer = createLayer(m_ds, "layer_styles", wkbNone,
                                      {{"f_table_catalog", OFTString}, {"f_table_schema", OFTString}, {"f_table_name", OFTString},
                                       {"f_geometry_column", OFTString}, {"styleName", OFTString}, {"styleQML", OFTString},
                                       {"styleSLD", OFTString}, {"useAsDefault", OFTInteger}, {"description", OFTString},
                                       {"owner", OFTString}, {"ui", OFTString}, {"update_time", OFTDateTime}});
        if (!layer)
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char *table : {"standings", "corridor_legs", "events"}) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            f->SetField("f_table_catalog", "");
            f->SetField("f_table_schema", "");
            f->SetField("f_table_name", table);
            f->SetField("f_geometry_column", "geom");
            f->SetField("styleName", table);
            f->SetField("styleQML", temporalStyle().constData());
            f->SetField("useAsDefault", 1);
            f->SetField("description", "Plays in the Temporal Controller: start_date to end_date (end excluded)");
            f->SetField("update_time", now.date().year(), now.date().month(), now.date().day(), now.time().hour(), now.time().minute(),
                        float(now.time().second()), 100);
            if (!add(layer, f.get()))
                return false;
        }
        return true;
    }

    const Atlas &m_atlas;
    GDALDataset &m_ds;
};

} // namespace

std::optional<Error> TimelineGeoPackage::write(const Atlas &atlas, const QString &path)
{
    gdal::ensureInitialised();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{path, {}, QStringLiteral("the folder it would go in does not exist")};
    // Written beside the target under another name, renamed over it when
    // complete: a failure leaves any old file as it was.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3.gpkg").arg(target.fileName()).arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch()));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    CPLErrorReset();
    GDALDatasetUniquePtr ds(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return Error{path, {}, QStringLiteral("cannot create: %1").arg(gdal::lastErrorMessage())};
    std::optional<Error> error;
    if (ds->StartTransaction() != OGRERR_NONE)
        error = Error{path, {}, gdal::lastErrorMessage()};
    if (!error)
        error = Writer(atlas, *ds).run(path);
    if (!error && ds->CommitTransaction() != OGRERR_NONE)
        error = Error{path, {}, gdal::lastErrorMessage()};
    ds.reset();
    if (!error && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        error = Error{path, {}, QStringLiteral("cannot move the new file into place")};
    if (error)
        QFile::remove(temporary);
    return error;
}

} // namespace crossroads
