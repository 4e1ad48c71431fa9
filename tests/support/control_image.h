// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace crossroads::test {

// Compares `image`, scaled to the control's width, with the control image
// tests/data/control/<name>.png, as QGIS's render checks do: a per-pixel
// colour tolerance and a largest count of pixels beyond it. With
// CROSSROADS_UPDATE_CONTROL=1 the control is (re)written instead: a change
// in the look is then a deliberate, reviewed update of that file.
void expectMatchesControl(const QImage &image, const QString &name);

} // namespace crossroads::test
