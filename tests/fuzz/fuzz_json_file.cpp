// SPDX-License-Identifier: GPL-3.0-or-later
// JsonFile and its line locator: any bytes as a data file, then the lookups
// an error message makes (paths into the document, the line of an offset).
#include "data/json_file.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace crossroads;
    const QByteArray text = fuzz::bytes(data, size);
    // The locator alone, on text that may not parse at all.
    JsonLocator locator(text);
    (void)locator.lineAndColumn(qsizetype(size / 2));
    (void)locator.lineAndColumn(qsizetype(size) + 5);
    for (const char *path : {"events", "events/0", "events/0/date", "steps/1/extent/2", "", "/", "a//b"})
        (void)locator.line(QString::fromLatin1(path));

    Result<JsonFile> file = JsonFile::read(fuzz::writeScratch(QStringLiteral("data.json"), text));
    if (!file)
        return 0;
    ErrorList errors;
    for (const QString &key : file.value().root().keys()) {
        (void)file.value().errorAt(key + QStringLiteral("/0/x"), QStringLiteral("probe"));
        Result<QJsonArray> array = file.value().array(key);
        if (!array)
            continue;
        int i = 0;
        for (const QJsonValue &value : array.value()) {
            RecordReader record(file.value(), QStringLiteral("%1/%2").arg(key).arg(i++), value, errors);
            (void)record.id();
            (void)record.string(QStringLiteral("title"));
            (void)record.optionalString(QStringLiteral("summary"));
            (void)record.strings(QStringLiteral("countries"), false);
            (void)record.sources();
            (void)record.date(QStringLiteral("date"), false);
        }
    }
    return 0;
}
