// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/timeline_data.h"

namespace crossroads {

QString Source::citation() const
{
    QStringList parts;
    parts << QStringLiteral("\u201C%1\u201D").arg(title);
    const QString by = !publisher.isEmpty() && !author.isEmpty() ? QStringLiteral("%1, %2").arg(author, publisher)
                                                                 : (publisher.isEmpty() ? author : publisher);
    if (!by.isEmpty())
        parts << by;
    if (date.isValid())
        parts << date.toDisplayString();
    return parts.join(QStringLiteral(", "));
}

} // namespace crossroads
