// SPDX-License-Identifier: GPL-3.0-or-later
// Date::parse: the dates of every data file and of --date.
#include "fuzz_support.h"
#include "model/date.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(crossroads::fuzz::bytes(data, size));
    crossroads::Result<crossroads::Date> date = crossroads::Date::parse(text);
    if (date) {
        // What we print we must read back as the same date.
        crossroads::Result<crossroads::Date> again = crossroads::Date::parse(date.value().toIsoString());
        if (!again || again.value().toIsoString() != date.value().toIsoString())
            std::abort();
        (void)date.value().toDisplayString();
    }
    return 0;
}
