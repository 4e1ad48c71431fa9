// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/atlas_loader.h"
#include "render/map_renderer.h"

#include <QTemporaryDir>

#include <memory>

namespace crossroads::test {

// The shipped data, loaded once per test binary (it is immutable).
std::shared_ptr<const Atlas> shippedAtlas();
std::shared_ptr<const ProjectedAtlas> shippedGeo();
std::shared_ptr<const MapRenderer> shippedRenderer();

// For probing colours: `date`, `extent` (projected metres) fitted into
// `size`, the shipped layers without labels, markers, corridors or
// graticule over the probed pixels.
MapSettings probingSettings(const Date &date, const QRectF &extent, QSize size);
// `s` drawn by the shipped renderer into a new image filled with magenta
// (no layer paints magenta).
QImage renderShipped(const MapSettings &s, RenderCache *cache);

// A copy of the shipped data folder in a temporary directory, with the
// files of `overlay` (a folder under tests/data) copied over it: one bad
// file at a time, everything else real.
class DataFolderCopy
{
public:
    explicit DataFolderCopy(const QString &overlay = {});
    QString path() const { return m_dir.path(); }
    // Writes `text` to a file of the copy (relative path).
    void write(const QString &relative, const QByteArray &text) const;

private:
    QTemporaryDir m_dir;
};

Date day(const char *iso);

} // namespace crossroads::test
