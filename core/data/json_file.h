// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/json_locator.h"
#include "model/date.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace crossroads {

// A JSON data file read with Qt's JSON classes, able to say on which line a
// record or field starts so every message names file and line.
class JsonFile
{
public:
    // What a data file may hold. Far above any real atlas (the bundled
    // timeline is under 100 kB, with a few hundred records), and low enough
    // that reading the worst accepted file cannot exhaust memory. Nesting
    // is bounded by Qt's parser (DeepNesting past 1024 levels).
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype kMaxRecords = 100'000;
    static constexpr qsizetype kMaxStringLength = 100'000;
    static constexpr qsizetype kMaxListItems = 10'000;

    // Reads and parses; on failure the error names the file and, for a
    // syntax error, line and column.
    static Result<JsonFile> read(const QString &path);

    const QString &path() const { return m_path; }
    const QJsonObject &root() const { return m_root; }
    // The array under a top-level key; an error if missing or not an array.
    Result<QJsonArray> array(const QString &key) const;

    Error errorAt(const QString &jsonPath, const QString &message) const;

private:
    QString m_path;
    QJsonObject m_root;
    std::shared_ptr<JsonLocator> m_locator;
};

// Reads the fields of one record (a JSON object at `jsonPath`), collecting
// every problem as an Error with its line. A record with any problem is
// reported and skipped by the loaders; the rest still load.
class RecordReader
{
public:
    RecordReader(const JsonFile &file, QString jsonPath, QJsonValue value, ErrorList &errors);

    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_object; }
    void fail(const QString &key, const QString &message);

    QString id();
    QString string(const QString &key);
    QString optionalString(const QString &key);
    QStringList strings(const QString &key, bool required = true);
    QStringList sources();
    std::optional<Date> date(const QString &key, bool required = true);

    // A word of the vocabulary, e.g. word("standing", standingFromString, standingWords()).
    template <typename E>
    E word(const QString &key, std::optional<E> (*parse)(const QString &), const QStringList &words, E fallback)
    {
        const QString text = string(key);
        if (text.isNull())
            return fallback;
        if (auto value = parse(text))
            return *value;
        fail(key, QStringLiteral("'%1' is not a known %2 (expected one of: %3)").arg(text, key, words.join(QStringLiteral(", "))));
        return fallback;
    }

private:
    bool present(const QString &key, bool required);
    const JsonFile &m_file;
    QString m_path;
    QJsonObject m_object;
    ErrorList &m_errors;
    bool m_ok = true;
};

} // namespace crossroads
