// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/view_animation.h"

#include <algorithm>
#include <cmath>

namespace crossroads {

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

Viewport interpolate(const Viewport &from, const Viewport &to, double t)
{
    const double e = easeInOut(t);
    Viewport v = to;
    v.setCentre(from.centre() + (to.centre() - from.centre()) * e);
    v.setMetresPerPixel(std::exp(std::log(from.metresPerPixel()) * (1 - e) + std::log(to.metresPerPixel()) * e));
    return v;
}

} // namespace crossroads
