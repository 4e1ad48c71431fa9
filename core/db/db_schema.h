// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/pg_connection.h"

#include <optional>

namespace crossroads {

// The versioned schema of the shared store. Migrations are SQL files in the
// repository (core/db/migrations/NNN_*.sql, built into the program), applied
// in order; schema_version records each one applied.
class DbSchema
{
public:
    // The version this program reads and writes: its last migration.
    static int latestVersion();

    // Creates PostGIS and applies every migration not yet applied, in one
    // transaction. Refuses a database whose schema is newer than ours.
    static std::optional<Error> init(PgConnection &connection);

    // Whether the database can be read and written by this program: PostGIS
    // present, our schema present at exactly our version.
    static std::optional<Error> check(PgConnection &connection);
};

} // namespace crossroads
