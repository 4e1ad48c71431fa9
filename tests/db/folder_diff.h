// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace crossroads::test {

// Every difference between two data folders, one line each (empty when
// they hold the same): files only in one; JSON files whose values differ
// (the store's promise: values, not formatting); GeoPackages whose layers,
// fields, feature ids, attributes or geometries differ; other files whose
// bytes differ. With `bytes`, JSON files must match byte for byte too.
QStringList diffFolders(const QString &a, const QString &b, bool bytes = false);

} // namespace crossroads::test
