// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

namespace crossroads {

// Reading the record from the shared store: the store is written out as a
// data folder in a private temporary folder, which the same loaders and the
// same validation then read, so a record means the same from the store as
// from a folder. The folders live until the program exits.
class DbSnapshot
{
public:
    // Connects, checks the schema, writes the snapshot; its folder, or one
    // clear error (server down, wrong password, no PostGIS, other schema).
    static Result<QString> materialise(const QString &conninfo);

    // Messages naming a snapshot's files name the store's table and the
    // record's id instead (a line of a temporary file means nothing to a
    // user); other messages pass unchanged.
    static ErrorList relabel(const ErrorList &errors);
    static Error relabel(const Error &error);
};

} // namespace crossroads
