// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/projection.h"

#include <proj.h>

#include <cmath>
#include <limits>

namespace crossroads {

void Projection::ContextDeleter::operator()(pj_ctx *context) const { proj_context_destroy(context); }
void Projection::TransformDeleter::operator()(PJconsts *pj) const { proj_destroy(pj); }

Projection::Projection(Projection &&) noexcept = default;
Projection &Projection::operator=(Projection &&) noexcept = default;
Projection::~Projection() = default;

Result<Projection> Projection::create(const QString &definition)
{
    Projection projection;
    projection.m_definition = definition;
    projection.m_context.reset(proj_context_create());
    // Quiet: errors are read back with proj_context_errno below.
    proj_log_level(projection.m_context.get(), PJ_LOG_NONE);
    const QByteArray target = definition.toUtf8();
    PJ *raw = proj_create_crs_to_crs(projection.m_context.get(), "EPSG:4326", target.constData(), nullptr);
    if (!raw) {
        const int code = proj_context_errno(projection.m_context.get());
        return Error{{}, {}, QStringLiteral("PROJ cannot use projection '%1': %2")
                                 .arg(definition, QString::fromUtf8(proj_context_errno_string(projection.m_context.get(), code)))};
    }
    // Longitude first, whatever axis order the CRS definitions declare.
    PJ *normalized = proj_normalize_for_visualization(projection.m_context.get(), raw);
    proj_destroy(raw);
    if (!normalized)
        return Error{{}, {}, QStringLiteral("PROJ cannot normalise projection '%1'").arg(definition)};
    projection.m_transform.reset(normalized);
    return projection;
}

Result<Projection> Projection::clone() const
{
    Projection copy;
    copy.m_definition = m_definition;
    copy.m_context.reset(proj_context_create());
    proj_log_level(copy.m_context.get(), PJ_LOG_NONE);
    copy.m_transform.reset(proj_clone(copy.m_context.get(), m_transform.get()));
    if (!copy.m_transform)
        return Error{{}, {}, QStringLiteral("PROJ cannot copy projection '%1'").arg(m_definition)};
    return copy;
}

QString Projection::wkt() const
{
    PJ *target = proj_get_target_crs(m_context.get(), m_transform.get());
    if (!target)
        return {};
    const char *text = proj_as_wkt(m_context.get(), target, PJ_WKT1_GDAL, nullptr);
    QString result = text ? QString::fromUtf8(text) : QString();
    proj_destroy(target);
    return result;
}

QPointF Projection::forward(LonLat p) const
{
    const PJ_COORD out = proj_trans(m_transform.get(), PJ_FWD, proj_coord(p.lon, p.lat, 0, 0));
    if (out.xy.x == HUGE_VAL)
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {out.xy.x, out.xy.y};
}

LonLat Projection::inverse(QPointF metres) const
{
    const PJ_COORD out = proj_trans(m_transform.get(), PJ_INV, proj_coord(metres.x(), metres.y(), 0, 0));
    if (out.lp.lam == HUGE_VAL)
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {out.lp.lam, out.lp.phi};
}

std::vector<QPointF> Projection::forward(std::span<const LonLat> points) const
{
    std::vector<QPointF> out(points.size());
    if (points.empty())
        return out;
    // proj_trans_generic works in place on strided arrays: copy lon/lat into
    // the output buffer (QPointF is two doubles) and transform there.
    for (size_t i = 0; i < points.size(); ++i)
        out[i] = QPointF(points[i].lon, points[i].lat);
    double *x = &out[0].rx();
    double *y = &out[0].ry();
    proj_trans_generic(m_transform.get(), PJ_FWD, x, sizeof(QPointF), points.size(), y, sizeof(QPointF),
                       points.size(), nullptr, 0, 0, nullptr, 0, 0);
    for (QPointF &p : out) {
        if (p.x() == HUGE_VAL || p.y() == HUGE_VAL)
            p = QPointF(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

const std::vector<ProjectionPreset> &projectionPresets()
{
    static const std::vector<ProjectionPreset> presets = {
        {QStringLiteral("regional-albers"), QStringLiteral("Regional equal-area conic (Albers)"),
         QStringLiteral("+proj=aea +lat_0=38 +lon_0=55 +lat_1=30 +lat_2=46 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs")},
        {QStringLiteral("web-mercator"), QStringLiteral("Web Mercator"), QStringLiteral("EPSG:3857")},
    };
    return presets;
}

const ProjectionPreset &defaultProjectionPreset() { return projectionPresets().front(); }

const ProjectionPreset *findProjectionPreset(const QString &id)
{
    for (const ProjectionPreset &preset : projectionPresets())
        if (preset.id == id)
            return &preset;
    return nullptr;
}

} // namespace crossroads
