// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crossroads::test {

inline QString geodata() { return QStringLiteral(CROSSROADS_GEODATA); }
inline QString testData(const QString &relative) { return QStringLiteral(CROSSROADS_TEST_DATA "/") + relative; }
inline QString executable() { return QStringLiteral(CROSSROADS_EXECUTABLE); }

} // namespace crossroads::test
