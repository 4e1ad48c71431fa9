// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/pg_result.h"

#include <libpq-fe.h>

namespace crossroads {

PgResult::PgResult(pg_result *result) : m_result(result, PQclear) {}

int PgResult::rows() const { return PQntuples(m_result.get()); }
int PgResult::columns() const { return PQnfields(m_result.get()); }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

int PgResult::column(const char *name) const { return PQfnumber(m_result.get(), name); }

} // namespace crossroads
