// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/pg_connection.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace crossroads {

// Listens on the shared store's change channel (its triggers notify
// crossroads_data at each commit) and says when another user changed the
// record. Bursts of notifications (one per table of a commit) become one
// signal.
class DbWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DbWatcher(QObject *parent = nullptr);
    ~DbWatcher() override;

    // Connects and listens; the problem if it cannot.
    std::optional<Error> watch(const QString &conninfo);

Q_SIGNALS:
    void changed();

private:
    void onReadable();
    std::optional<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_settle;
};

} // namespace crossroads
