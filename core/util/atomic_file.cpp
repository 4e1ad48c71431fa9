// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomic_file.h"

#include "util/output_set.h"

namespace crossroads {

std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    OutputSet set;
    if (auto problem = set.add(path, bytes))
        return problem;
    return set.commit();
}

} // namespace crossroads
