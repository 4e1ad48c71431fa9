// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: NUL-separated arguments through the parser every
// subcommand uses (with the export options), then the values it converts
// itself: --date, --size, --extent, --dpi.
#include "cli/common.h"
#include "export/export_settings.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossroads;
    QStringList arguments{QStringLiteral("export")};
    for (const QByteArray &part : fuzz::bytes(data, size).split('\0'))
        arguments << QString::fromUtf8(part);
    QCommandLineParser parser;
    cli::addCommonOptions(parser);
    for (const char *name : {"date", "output", "output-dir", "size", "dpi", "extent", "layers", "title", "projection", "format", "country"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("V")});
    parser.addOption({QStringLiteral("each-event"), QString()});
    if (cli::parseOrExit(parser, arguments, QStringLiteral("usage")))
        return 0;
    (void)cli::parseDateOption(parser, QStringLiteral("date"), false);
    if (parser.isSet(QStringLiteral("size")))
        (void)ExportSettings::parseSize(parser.value(QStringLiteral("size")));
    if (parser.isSet(QStringLiteral("extent")))
        (void)ExportSettings::parseExtent(parser.value(QStringLiteral("extent")));
    (void)cli::choiceOption(parser, QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("text")});
    (void)ExportSettings::formatFor(parser.value(QStringLiteral("output")));
    return 0;
}
