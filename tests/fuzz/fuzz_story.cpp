// SPDX-License-Identifier: GPL-3.0-or-later
// A story file through StoryLoader, against the shipped atlas.
#include "data/atlas_loader.h"
#include "data/story_loader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossroads;
    static const std::shared_ptr<const Atlas> atlas = AtlasLoader::load(QStringLiteral(CROSSROADS_GEODATA)).atlas;
    if (!atlas)
        return 0;
    (void)StoryLoader::load(fuzz::writeScratch(QStringLiteral("story.json"), fuzz::bytes(data, size)), *atlas);
    return 0;
}
