// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/user_events_loader.h"

#include "data/gdal_handles.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace crossroads {
namespace {

QString field(OGRFeature &f, const char *name)
{
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i))
        return {};
    // GeoJSON's reader makes "2023-03-02" a date field; we want the text
    // as written (its form is its precision).
    if (f.GetFieldDefnRef(i)->GetType() == OFTDate) {
        int y = 0, m = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        f.GetFieldAsDateTime(i, &y, &m, &d, &h, &mi, &s, &tz);
        return QDate(y, m, d).toString(Qt::ISODate);
    }
    return QString::fromUtf8(f.GetFieldAsString(i)).trimmed();
}

const Place *findPlace(const Timeline &timeline, const QString &key)
{
    if (const Place *p = timeline.place(key))
        return p;
    for (const Place &p : timeline.data().places)
        if (p.name.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

} // namespace

UserEventsLoader::Report UserEventsLoader::load(const QString &path, const Timeline &timeline)
{
    Report report;
    report.events.file = path;
    if (!QFileInfo(path).isFile()) {
        report.errors.push_back(Error{path, {}, QStringLiteral("no such file")});
        return report;
    }
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".geojson"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        report.errors.push_back(Error{path, {}, QStringLiteral("events are read from a .csv or .geojson file")});
        return report;
    }
    gdal::ensureInitialised();
    CPLErrorReset();
    // The CSV driver is told the columns are text, so it neither guesses
    // types nor turns what it cannot parse into a zero; lon/lat are read
    // here, where a bad number can be reported.
    const char *const csvOptions[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    const char *const csvDriver[] = {"CSV", nullptr};
    const char *const jsonDriver[] = {"GeoJSON", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, csv ? csvDriver : jsonDriver,
                                              csv ? csvOptions : nullptr, nullptr));
    if (!ds || ds->GetLayerCount() < 1) {
        report.errors.push_back(Error{path, {}, QStringLiteral("cannot be read as %1: %2").arg(csv ? QStringLiteral("CSV") : QStringLiteral("GeoJSON"), gdal::lastErrorMessage())});
        return report;
    }
    OGRLayer *layer = ds->GetLayer(0);
    if (layer->GetLayerDefn()->GetFieldIndex("date") < 0 || layer->GetLayerDefn()->GetFieldIndex("title") < 0) {
        report.errors.push_back(Error{path, csv ? QStringLiteral("line 1") : QString(), QStringLiteral("needs the fields 'date' and 'title'")});
        return report;
    }
    for (OGRFeatureUniquePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        // GDAL's CSV driver numbers data rows from 1; the header is line 1.
        const QString place = csv ? QStringLiteral("line %1").arg(f->GetFID() + 1) : QStringLiteral("feature %1").arg(f->GetFID());
        bool ok = true;
        auto fail = [&](const QString &message) {
            report.errors.push_back(Error{path, place, message});
            ok = false;
        };
        UserEvent e;
        Result<Date> date = Date::parse(field(*f, "date"));
        if (!date)
            fail(QStringLiteral("date: %1").arg(date.error().message));
        else
            e.date = date.value();
        if (const QString end = field(*f, "end"); !end.isEmpty()) {
            Result<Date> parsed = Date::parse(end);
            if (!parsed)
                fail(QStringLiteral("end: %1").arg(parsed.error().message));
            else if (date && parsed.value() < e.date)
                fail(QStringLiteral("ends (%1) before it starts (%2)").arg(end, e.date.toIsoString()));
            else
                e.end = parsed.value();
        }
        e.title = field(*f, "title");
        if (e.title.isEmpty())
            fail(QStringLiteral("a title is required"));
        if (const QString word = field(*f, "certainty"); !word.isEmpty()) {
            if (auto c = certaintyFromString(word))
                e.certainty = *c;
            else
                fail(QStringLiteral("'%1' is not a known certainty (expected one of: %2)").arg(word, certaintyWords().join(QStringLiteral(", "))));
        }
        e.source = field(*f, "source");
        e.place = field(*f, "place");
        const OGRGeometry *g = f->GetGeometryRef();
        const QString lonText = field(*f, "lon"), latText = field(*f, "lat");
        bool lonOk = false, latOk = false;
        const double lon = lonText.toDouble(&lonOk), lat = latText.toDouble(&latOk);
        if (g && wkbFlatten(g->getGeometryType()) == wkbPoint && !g->IsEmpty()) {
            e.position = {g->toPoint()->getX(), g->toPoint()->getY()};
        } else if (!lonText.isEmpty() || !latText.isEmpty()) {
            if (!lonOk || !latOk)
                fail(QStringLiteral("lon and lat must both be numbers (degrees)"));
            e.position = {lon, lat};
        } else if (!e.place.isEmpty()) {
            if (const Place *p = findPlace(timeline, e.place))
                e.position = p->position;
            else
                fail(QStringLiteral("unknown place '%1' (not a place id or name of the record)").arg(e.place));
        } else {
            fail(QStringLiteral("needs a position: lon and lat, a point geometry, or a place"));
        }
        if (ok && (std::abs(e.position.lon) > 180 || std::abs(e.position.lat) > 90))
            fail(QStringLiteral("lon %1, lat %2 is not on the globe").arg(e.position.lon).arg(e.position.lat));
        if (ok)
            report.events.events.push_back(std::move(e));
    }
    std::stable_sort(report.events.events.begin(), report.events.events.end(),
                     [](const UserEvent &a, const UserEvent &b) { return a.date < b.date; });
    return report;
}

} // namespace crossroads
