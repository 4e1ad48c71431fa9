// SPDX-License-Identifier: GPL-3.0-or-later
// region.json through Region::load.
#include "data/region.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)crossroads::Region::load(crossroads::fuzz::writeScratch(QStringLiteral("region.json"), crossroads::fuzz::bytes(data, size)));
    return 0;
}
