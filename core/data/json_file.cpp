// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/json_file.h"

#include "util/bounded_read.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <new>

namespace crossroads {

Result<JsonFile> JsonFile::read(const QString &path)
{
    // A pipe or device would block the read or never end; a huge file
    // would only end in an allocation failure. Both are refused first.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{path, {}, QStringLiteral("is not a regular file")};
    if (info.size() > kMaxFileBytes)
        return Error{path, {}, QStringLiteral("is %1 MB; a data file may have at most %2 MB")
                                   .arg(info.size() / (1024 * 1024)).arg(kMaxFileBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, {}, file.exists() ? QStringLiteral("cannot be read: %1").arg(file.errorString())
                                             : QStringLiteral("no such file")};
    QByteArray text = readAtMost(file, kMaxFileBytes);
    if (text.size() > kMaxFileBytes)
        return Error{path, {}, QStringLiteral("a data file may have at most %1 MB").arg(kMaxFileBytes / (1024 * 1024))};
    QJsonParseError parseError;
    QJsonDocument document;
    try {
        document = QJsonDocument::fromJson(text, &parseError);
    } catch (const std::bad_alloc &) {
        return Error{path, {}, QStringLiteral("not enough memory to read this file")};
    }
    JsonFile result;
    result.m_path = path;
    result.m_locator = std::make_shared<JsonLocator>(std::move(text));
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = result.m_locator->lineAndColumn(parseError.offset);
        return Error{path, QStringLiteral("line %1:%2").arg(line).arg(column),
                     QStringLiteral("malformed JSON: %1").arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{path, QStringLiteral("line 1"), QStringLiteral("the file must hold a JSON object")};
    result.m_root = document.object();
    return result;
}

Result<QJsonArray> JsonFile::array(const QString &key) const
{
    const QJsonValue value = m_root.value(key);
    if (value.isUndefined())
        return Error{m_path, QStringLiteral("line 1"), QStringLiteral("missing the top-level array '%1'").arg(key)};
    if (!value.isArray())
        return errorAt(key, QStringLiteral("'%1' must be an array").arg(key));
    if (value.toArray().size() > kMaxRecords)
        return errorAt(key, QStringLiteral("'%1' has %2 records; at most %3 are read").arg(key).arg(value.toArray().size()).arg(kMaxRecords));
    return value.toArray();
}

Error JsonFile::errorAt(const QString &jsonPath, const QString &message) const
{
    // The field's own line, else its record's.
    int line = m_locator->line(jsonPath);
    for (QString path = jsonPath; line == 0 && path.contains(u'/');) {
        path.truncate(path.lastIndexOf(u'/'));
        line = m_locator->line(path);
    }
    return Error{m_path, line > 0 ? QStringLiteral("line %1").arg(line) : QString(), message};
}

RecordReader::RecordReader(const JsonFile &file, QString jsonPath, QJsonValue value, ErrorList &errors)
    : m_file(file), m_path(std::move(jsonPath)), m_object(value.toObject()), m_errors(errors)
{
    if (!value.isObject()) {
        m_errors.push_back(m_file.errorAt(m_path, QStringLiteral("each record must be a JSON object")));
        m_ok = false;
    }
}

void RecordReader::fail(const QString &key, const QString &message)
{
    QString where = m_object.value(QStringLiteral("id")).toString();
    where = where.isEmpty() ? QString() : QStringLiteral(" (record '%1')").arg(where);
    const QString path = key.isEmpty() ? m_path : m_path.isEmpty() ? key : m_path + u'/' + key;
    m_errors.push_back(m_file.errorAt(path, message + where));
    m_ok = false;
}

bool RecordReader::present(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail({}, QStringLiteral("missing field '%1'").arg(key));
        return false;
    }
    return true;
}

QString RecordReader::id()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    const QString value = string(QStringLiteral("id"));
    if (!value.isNull() && !pattern.match(value).hasMatch())
        fail(QStringLiteral("id"), QStringLiteral("id '%1' must be lower-case letters, digits, '-' or '_'").arg(value));
    return value;
}

QString RecordReader::string(const QString &key)
{
    if (!present(key, true))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("field '%1' must be a string").arg(key));
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        fail(key, QStringLiteral("field '%1' is empty").arg(key));
        return {};
    }
    if (value.toString().size() > JsonFile::kMaxStringLength) {
        fail(key, QStringLiteral("field '%1' has %2 characters; at most %3 are allowed")
                      .arg(key).arg(value.toString().size()).arg(JsonFile::kMaxStringLength));
        return {};
    }
    return value.toString();
}

QString RecordReader::optionalString(const QString &key)
{
    if (!present(key, false))
        return QStringLiteral("");
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("field '%1' must be a string").arg(key));
        return QStringLiteral("");
    }
    if (value.toString().size() > JsonFile::kMaxStringLength) {
        fail(key, QStringLiteral("field '%1' has %2 characters; at most %3 are allowed")
                      .arg(key).arg(value.toString().size()).arg(JsonFile::kMaxStringLength));
        return QStringLiteral("");
    }
    return value.toString();
}

QStringList RecordReader::strings(const QString &key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("field '%1' must be an array of strings").arg(key));
        return {};
    }
    if (value.toArray().size() > JsonFile::kMaxListItems) {
        fail(key, QStringLiteral("field '%1' has %2 items; at most %3 are allowed")
                      .arg(key).arg(value.toArray().size()).arg(JsonFile::kMaxListItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("field '%1' must be an array of strings").arg(key));
            return {};
        }
        if (item.toString().size() > JsonFile::kMaxStringLength) {
            fail(key, QStringLiteral("an item of '%1' has %2 characters; at most %3 are allowed")
                          .arg(key).arg(item.toString().size()).arg(JsonFile::kMaxStringLength));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QStringList RecordReader::sources()
{
    const QJsonValue value = m_object.value(QStringLiteral("sources"));
    if (value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
        fail({}, QStringLiteral("sources missing: every record must name at least one source"));
        return {};
    }
    QStringList list = strings(QStringLiteral("sources"));
    for (const QString &source : list)
        if (source.trimmed().isEmpty())
            fail(QStringLiteral("sources"), QStringLiteral("a source is empty"));
    return list;
}

std::optional<Date> RecordReader::date(const QString &key, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("field '%1' must be a date string (YYYY-MM-DD, YYYY-MM or YYYY)").arg(key));
        return std::nullopt;
    }
    Result<Date> parsed = Date::parse(value.toString());
    if (!parsed) {
        fail(key, QStringLiteral("field '%1': %2").arg(key, parsed.error().message));
        return std::nullopt;
    }
    return parsed.value();
}

} // namespace crossroads
