// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/atomic_file.h"

#include <QSaveFile>

namespace crossroads {

std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    }
    if (!file.commit())
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(file.errorString())};
    return std::nullopt;
}

} // namespace crossroads
