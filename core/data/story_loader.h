// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/atlas.h"
#include "model/story.h"
#include "util/error.h"

namespace crossroads {

// Reads and validates story files, with file and line in every message.
class StoryLoader
{
public:
    struct Report
    {
        std::vector<Story> stories;
        ErrorList errors;
        ErrorList warnings;  // captions that speak of a time after their step's date
    };
    // One story file; a story with any problem is not returned.
    static Report load(const QString &path, const Atlas &atlas);
    // Every *.json in the data folder's stories/ directory, by file name.
    static Report loadFolder(const Atlas &atlas);
};

} // namespace crossroads
