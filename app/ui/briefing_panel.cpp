// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/briefing_panel.h"

#include "data/notes_store.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace crossroads {

QVariant OfflineTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

BriefingPanel::BriefingPanel(QWidget *parent) : QWidget(parent)
{
    m_placeholder = new QLabel(tr("Click a country on the map, or press Ctrl+F to find one."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);

    m_view = new OfflineTextBrowser(this);
    m_view->setObjectName(QStringLiteral("briefingView"));
    // Links (source addresses) open in the browser only when clicked.
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });

    auto *notesLabel = new QLabel(tr("Your notes on this country"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    m_notes->setPlaceholderText(tr("Notes are saved as you type."));
    m_notes->setMaximumHeight(100);
    m_authorship = new QLabel(this);
    m_authorship->setObjectName(QStringLiteral("notesAuthorship"));
    m_authorship->setTextFormat(Qt::PlainText);  // author names come from the store
    m_authorship->setWordWrap(true);
    m_authorship->hide();
    m_copy = new QPushButton(tr("Copy briefing"), this);
    m_copy->setToolTip(tr("Copy this briefing as Markdown"));
    m_copy->setObjectName(QStringLiteral("copyBriefing"));
    connect(m_copy, &QPushButton::clicked, this, &BriefingPanel::copyToClipboard);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(600);
    connect(&m_saveTimer, &QTimer::timeout, this, &BriefingPanel::flushNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_briefing.iso3.isEmpty() || !m_store)
            return;
        m_store->setNote(m_briefing.iso3, m_notes->toPlainText());
        m_notesDirty = true;
        m_saveTimer.start();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_view, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_authorship);
    layout->addWidget(m_copy);
    clear();
}

void BriefingPanel::setNotesStore(NotesStore *store)
{
    m_store = store;
}

void BriefingPanel::showBriefing(const Briefing &briefing)
{
    const bool sameCountry = briefing.iso3 == m_briefing.iso3;
    if (!sameCountry)
        flushNotes();
    m_briefing = briefing;
    m_territoryMarkdown.clear();
    if (m_store)
        m_briefing.notes = m_store->note(briefing.iso3);
    // Re-laid out only when the text changed: playback moves the date 30
    // times a second, and most days change nothing in a briefing.
    const QString html = m_briefing.toHtml();
    if (!sameCountry || html != m_shownHtml) {
        const int scroll = m_view->verticalScrollBar()->value();
        m_view->setHtml(html);
        m_shownHtml = html;
        if (sameCountry)
            m_view->verticalScrollBar()->setValue(scroll);
    }
    if (!sameCountry) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(m_briefing.notes);
    }
    showAuthorship();
    m_placeholder->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_view, m_notes, m_copy})
        w->setEnabled(true);
    m_view->show();
}

void BriefingPanel::showTerritory(const TerritorySection &section, const Date &date)
{
    flushNotes();
    m_briefing = Briefing{};
    {
        const QSignalBlocker block(m_notes);
        m_notes->clear();
    }
    const QString name = section.lines.empty() ? tr("Territory") : section.lines.front().name;
    QString html = QStringLiteral("<h1>%1</h1><p>On %2</p>").arg(name.toHtmlEscaped(), date.toDisplayString().toHtmlEscaped());
    html += section.lines.empty() ? tr("<p>No disputed or controlled territory is recorded here on this date.</p>")
                                  : section.toHtml();
    m_territoryMarkdown = QStringLiteral("# %1\n\nOn %2\n%3").arg(name, date.toDisplayString(), section.toMarkdown());
    if (html != m_shownHtml) {
        m_view->setHtml(html);
        m_shownHtml = html;
    }
    m_placeholder->hide();
    m_view->setEnabled(true);
    m_view->show();
    m_notes->setEnabled(false);
    m_copy->setEnabled(true);
}

void BriefingPanel::clear()
{
    flushNotes();
    m_briefing = Briefing{};
    m_territoryMarkdown.clear();
    m_shownHtml.clear();
    m_view->clear();
    {
        const QSignalBlocker block(m_notes);
        m_notes->clear();
    }
    m_placeholder->show();
    m_authorship->hide();
    m_view->hide();
    m_notes->setEnabled(false);
    m_copy->setEnabled(false);
}

void BriefingPanel::flushNotes()
{
    m_saveTimer.stop();
    if (!m_notesDirty || !m_store)
        return;
    m_notesDirty = false;
    if (auto problem = m_store->save()) {
        // The text stays in the editor and the store; the next flush
        // (a keystroke, another country, closing) tries again.
        m_notesDirty = true;
        Q_EMIT notesError(problem->toString());
        return;
    }
    showAuthorship();
}

void BriefingPanel::refreshNotes()
{
    if (!m_store || m_briefing.iso3.isEmpty() || m_notesDirty)
        return;
    const QString text = m_store->note(m_briefing.iso3);
    m_briefing.notes = text;
    if (m_notes->toPlainText() != text) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(text);
    }
    showAuthorship();
}

QString BriefingPanel::authorshipText() const
{
    if (!m_store || m_briefing.iso3.isEmpty())
        return {};
    const NoteAuthorship by = m_store->authorship(m_briefing.iso3);
    if (by.author.isEmpty())
        return {};
    return tr("Written by %1 on %2").arg(by.author, by.writtenAt.toLocalTime().toString(QStringLiteral("d MMM yyyy, HH:mm")));
}

void BriefingPanel::showAuthorship()
{
    const QString text = authorshipText();
    m_authorship->setText(text);
    m_authorship->setVisible(!text.isEmpty());
}

void BriefingPanel::copyToClipboard()
{
    if (!m_territoryMarkdown.isEmpty()) {
        QApplication::clipboard()->setText(m_territoryMarkdown);
        return;
    }
    if (m_briefing.iso3.isEmpty())
        return;
    Briefing copy = m_briefing;
    copy.notes = m_notes->toPlainText();
    QApplication::clipboard()->setText(copy.toMarkdown());
}

} // namespace crossroads
