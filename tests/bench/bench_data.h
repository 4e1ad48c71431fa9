// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/atlas_loader.h"
#include "render/map_renderer.h"

#include <QPainter>

namespace crossroads::bench {

inline std::shared_ptr<const Atlas> atlas()
{
    static const auto a = AtlasLoader::load(QStringLiteral(CROSSROADS_GEODATA)).atlas;
    return a;
}

inline std::shared_ptr<const MapRenderer> renderer()
{
    static const auto r = std::make_shared<const MapRenderer>(ProjectedAtlas::build(atlas(), defaultProjectionPreset()));
    return r;
}

inline MapSettings homeSettings(QSize size, const char *date)
{
    MapSettings s;
    s.viewport.setSize(size);
    s.viewport.fitExtent(renderer()->geo().homeExtent());
    s.date = Date::parse(QString::fromLatin1(date)).value();
    s.layers = renderer()->defaultLayers();
    return s;
}

} // namespace crossroads::bench
