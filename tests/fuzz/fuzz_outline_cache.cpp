// SPDX-License-Identifier: GPL-3.0-or-later
// The outlines kept between starts (OutlineCache), after the header and
// its checksum: what a damaged or foreign file would bring.
#include "fuzz_support.h"
#include "render/outline_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)crossroads::OutlineCache::decodePayload(crossroads::fuzz::bytes(data, size));
    return 0;
}
