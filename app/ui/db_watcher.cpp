// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/db_watcher.h"

#include <QSocketNotifier>

namespace crossroads {

DbWatcher::DbWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &DbWatcher::changed);
}

DbWatcher::~DbWatcher() = default;

std::optional<Error> DbWatcher::watch(const QString &conninfo)
{
    Result<PgConnection> connection = PgConnection::open(conninfo);
    if (!connection)
        return connection.error();
    if (auto error = connection.value().run(QStringLiteral("LISTEN crossroads_data")))
        return error;
    m_connection = std::move(connection).value();
    delete m_notifier;
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DbWatcher::onReadable);
    return std::nullopt;
}

void DbWatcher::onReadable()
{
    if (!m_connection)
        return;
    if (!m_connection->takeNotifications().isEmpty())
        m_settle.start();
    if (!m_connection->isAlive())
        m_notifier->setEnabled(false);  // a closed socket would wake us forever
}

} // namespace crossroads
