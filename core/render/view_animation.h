// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/viewport.h"

namespace crossroads {

// Pure interpolation for the presenter's flights, t in [0, 1]: eased, the
// centre moving linearly and the scale geometrically, so a zoom feels even.
double easeInOut(double t);
Viewport interpolate(const Viewport &from, const Viewport &to, double t);

} // namespace crossroads
