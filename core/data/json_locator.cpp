// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/json_locator.h"

#include <vector>

namespace crossroads {

int JsonLocator::line(const QString &path) const
{
    if (!m_scanned)
        scan();
    return m_lines.value(path, 0);
}

std::pair<int, int> JsonLocator::lineAndColumn(qsizetype offset) const
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

void JsonLocator::scan() const
{
    m_scanned = true;
    struct Frame
    {
        bool array = false;
        int index = 0;
        QString key;
        bool expectKey = false;
        QString path;
    };
    std::vector<Frame> stack;
    int line = 1;
    auto childPath = [&]() -> QString {
        if (stack.empty())
            return {};
        const Frame &top = stack.back();
        const QString name = top.array ? QString::number(top.index) : top.key;
        return top.path.isEmpty() ? name : top.path + u'/' + name;
    };
    const char *p = m_text.constData();
    const char *end = p + m_text.size();
    while (p < end) {
        const char c = *p;
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const char *start = ++p;
            while (p < end && *p != '"') {
                if (*p == '\\')
                    ++p;
                else if (*p == '\n')
                    ++line;
                ++p;
            }
            if (!stack.empty() && !stack.back().array && stack.back().expectKey) {
                Frame &top = stack.back();
                top.key = QString::fromUtf8(start, p - start);
                top.expectKey = false;
                m_lines.insert(childPath(), line);
            } else if (!stack.empty() && stack.back().array) {
                m_lines.insert(childPath(), line);
            }
        } else if (c == '{' || c == '[') {
            const QString path = childPath();
            if (!stack.empty() && stack.back().array)
                m_lines.insert(path, line);
            stack.push_back(Frame{c == '[', 0, {}, c == '{', path});
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
        } else if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().array)
                    ++stack.back().index;
                else
                    stack.back().expectKey = true;
            }
        } else if (c != ' ' && c != '\t' && c != '\r' && c != ':' && !stack.empty() && stack.back().array) {
            // A scalar element of an array (number, true, false, null).
            if (!m_lines.contains(childPath()))
                m_lines.insert(childPath(), line);
        }
        ++p;
    }
}

} // namespace crossroads
