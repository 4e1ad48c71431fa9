// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace crossroads {

// The rows of one statement, owned (PQclear on destruction). Values come
// back as text, the form libpq gives by default.
class PgResult
{
public:
    explicit PgResult(pg_result *result);

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    // The column's index by name, -1 when there is none.
    int column(const char *name) const;

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace crossroads
