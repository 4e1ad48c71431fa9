// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

namespace crossroads::canvas {

// An uninitialised image of `size` device pixels. An image of a few
// megabytes or more (a frame, an overlay) is backed by memory the kernel
// may map in 2 MiB pages: the first write into a fresh frame then takes a
// handful of page faults instead of thousands, which is most of what a
// first render costs on a machine where faults are slow. A null image when
// there is no memory for it, as QImage's own constructor.
QImage image(QSize size, QImage::Format format);

} // namespace crossroads::canvas
