// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search_bar.h"

#include "model/atlas.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QStringListModel>

namespace crossroads {

SearchBar::SearchBar(QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBar"));
    setPlaceholderText(tr("Find a country (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMaximumWidth(280);
    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    // The list is already filtered our way (accents, codes): show it as is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &SearchBar::refreshSuggestions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SearchBar::choose);
    connect(this, &QLineEdit::returnPressed, this, [this] { choose(text()); });
}

void SearchBar::setAtlas(const Atlas *atlas)
{
    m_atlas = atlas;
    m_search = atlas ? std::make_unique<CountrySearch>(*atlas) : nullptr;
}

void SearchBar::refreshSuggestions(const QString &text)
{
    QStringList rows;
    if (m_search)
        for (const QString &code : m_search->find(text, 12))
            rows << QStringLiteral("%1 (%2)").arg(m_atlas->displayName(code), code);
    m_model->setStringList(rows);
}

QString SearchBar::bestMatch() const
{
    return matchFor(text());
}

QString SearchBar::matchFor(const QString &query) const
{
    if (!m_search)
        return {};
    // A suggestion's text ends with its code in brackets.
    static const QRegularExpression chosen(QStringLiteral("\\(([A-Z]{3})\\)$"));
    const QRegularExpressionMatch m = chosen.match(query);
    if (m.hasMatch() && m_atlas->country(m.captured(1)))
        return m.captured(1);
    const QStringList hits = m_search->find(query, 1);
    return hits.isEmpty() ? QString() : hits.first();
}

void SearchBar::choose(const QString &query)
{
    const QString code = matchFor(query);
    if (code.isEmpty())
        return;
    m_completer->popup()->hide();
    setText(QStringLiteral("%1 (%2)").arg(m_atlas->displayName(code), code));
    Q_EMIT countryChosen(code);
}

} // namespace crossroads
