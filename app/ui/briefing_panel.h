// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/briefing.h"

#include <QTextBrowser>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace crossroads {

class NotesStore;

// A text view that never fetches anything: images and style sheets
// referenced by data text are not loaded, remote or local.
class OfflineTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;
};

// The briefing on the selected country for the chosen date, with the
// analyst's own notes underneath (saved as they are typed) and "Copy
// briefing" (Markdown to the clipboard).
class BriefingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BriefingPanel(QWidget *parent = nullptr);

    void setNotesStore(NotesStore *store);
    void showBriefing(const Briefing &briefing);
    // A clicked disputed or controlled area on the date: who controls and
    // who claims it, since when, with sources. No notes (they are per country).
    void showTerritory(const TerritorySection &section, const Date &date);
    void clear();

    QString country() const { return m_briefing.iso3; }
    OfflineTextBrowser *view() const { return m_view; }
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QPushButton *copyButton() const { return m_copy; }

    // Writes pending note edits now (also done on a timer and on close).
    void flushNotes();
    // The store's notes changed (another user committed one): shows the
    // selected country's note unless the analyst is typing one.
    void refreshNotes();
    // "Written by … on …" under the notes; empty for local notes.
    QString authorshipText() const;
    void copyToClipboard();

Q_SIGNALS:
    void notesError(const QString &message);

private:
    void showAuthorship();
    Briefing m_briefing;
    QString m_shownHtml;
    QString m_territoryMarkdown;  // what "Copy briefing" copies for a territory
    NotesStore *m_store = nullptr;
    QLabel *m_placeholder = nullptr;
    OfflineTextBrowser *m_view = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_authorship = nullptr;
    QPushButton *m_copy = nullptr;
    QTimer m_saveTimer;
    bool m_notesDirty = false;
};

} // namespace crossroads
