// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/lon_lat.h"
#include "util/error.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <span>
#include <vector>

struct pj_ctx;
struct PJconsts;

namespace crossroads {

// A map projection from WGS 84 longitude/latitude to projected metres,
// through PROJ. Owns its own PJ_CONTEXT, so an instance may live on a worker
// thread. Move-only.
class Projection
{
public:
    // `definition` is anything PROJ accepts as a target CRS: a PROJ string,
    // "EPSG:3857", WKT.
    static Result<Projection> create(const QString &definition);
    // The same transformation with a context of its own, for another
    // thread. Far cheaper than create(): the operation PROJ chose is copied,
    // not looked up again in its database (tens of milliseconds).
    Result<Projection> clone() const;

    Projection(Projection &&) noexcept;
    Projection &operator=(Projection &&) noexcept;
    ~Projection();

    const QString &definition() const { return m_definition; }
    // The target CRS as WKT (OGC 2019 flavour is not read by every GDAL
    // driver, so WKT1 as GDAL writes it).
    QString wkt() const;

    // In projected metres (x east, y north). Points PROJ cannot project come
    // back as NaN.
    QPointF forward(LonLat p) const;
    LonLat inverse(QPointF metres) const;
    // Batched: one PROJ call for the whole span.
    std::vector<QPointF> forward(std::span<const LonLat> points) const;

private:
    Projection() = default;
    struct ContextDeleter { void operator()(pj_ctx *) const; };
    struct TransformDeleter { void operator()(PJconsts *) const; };

    QString m_definition;
    std::unique_ptr<pj_ctx, ContextDeleter> m_context;
    std::unique_ptr<PJconsts, TransformDeleter> m_transform;
};

// The projections the atlas offers. The default is an Albers equal-area
// conic fitted to the region, so areas compare fairly on a thematic map.
struct ProjectionPreset
{
    QString id;
    QString name;
    QString definition;

    friend bool operator==(const ProjectionPreset &, const ProjectionPreset &) = default;
};

const std::vector<ProjectionPreset> &projectionPresets();
const ProjectionPreset &defaultProjectionPreset();
const ProjectionPreset *findProjectionPreset(const QString &id);

} // namespace crossroads
