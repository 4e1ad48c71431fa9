// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/pg_connection.h"

#include <optional>

namespace crossroads {

// Loads a data folder into the shared store, replacing what it held, in one
// transaction: on any problem nothing changes. Every file of the folder is
// kept (see migrations/001_init.sql for where each kind goes).
class FolderImporter
{
public:
    static std::optional<Error> import(PgConnection &connection, const QString &dataDir);
};

} // namespace crossroads
