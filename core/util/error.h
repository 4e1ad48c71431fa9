// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace crossroads {

// What went wrong with an input, and where: the file, then the place inside
// it ("line 12", "feature 'Azerbaijan'"), then the reason.
struct Error
{
    QString file;
    QString place;
    QString message;

    QString toString() const
    {
        QString text = file;
        if (!place.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(":")) + place;
        if (!text.isEmpty())
            text += QStringLiteral(": ");
        return text + message;
    }
};

using ErrorList = std::vector<Error>;

// A value or the error that prevented it. No exception crosses a Qt event
// loop, so loaders return this instead of throwing.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace crossroads
