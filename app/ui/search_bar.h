// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/country_search.h"

#include <QLineEdit>

#include <memory>

class QCompleter;
class QStringListModel;

namespace crossroads {

// Find a country by name or code (Ctrl+F). Suggestions ignore case and
// accents; Enter picks the best match.
class SearchBar : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);
    void setAtlas(const Atlas *atlas);
    // The best match for the current text, or empty.
    QString bestMatch() const;
    QString matchFor(const QString &query) const;

Q_SIGNALS:
    void countryChosen(const QString &iso3);

private:
    void refreshSuggestions(const QString &text);
    void choose(const QString &text);

    const Atlas *m_atlas = nullptr;
    std::unique_ptr<CountrySearch> m_search;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
};

} // namespace crossroads
