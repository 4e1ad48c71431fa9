// SPDX-License-Identifier: GPL-3.0-or-later
// Markup in data files reaches the window as text, never as rich text:
// names and titles holding <b>, <img src=...>, & and quotes.
//
// Proven able to fail: without Qt::convertFromPlainText in
// MainWindow::showProblems the dialog's text carried the raw <b> and this
// failed.
#include "gui_fixture.h"

#include "ui/legend_panel.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

using namespace crossroads;

namespace {

const QString markup = QStringLiteral("<b>bold</b> <img src=\"x.png\"> & \"quoted\"");

QByteArray jsonString(const QString &text)
{
    QByteArray escaped = text.toUtf8();
    escaped.replace("\"", "\\\"");
    return escaped;
}

} // namespace

class MarkupTest : public test::GuiTest
{
};

TEST_F(MarkupTest, LegendAndProblemsShowMarkupAsText)
{
    const test::DataFolderCopy data;
    QFile groups(QDir(data.path()).filePath(QStringLiteral("timeline/groups.json")));
    ASSERT_TRUE(groups.open(QIODevice::ReadOnly));
    QByteArray text = groups.readAll();
    groups.close();
    ASSERT_TRUE(text.contains("\"Abraham Accords\""));
    text.replace("\"Abraham Accords\"", "\"" + jsonString(markup) + "\"");
    data.write(QStringLiteral("timeline/groups.json"), text);
    // A problem whose message quotes the data.
    data.write(QStringLiteral("stories/99-markup.json"),
               "{\"id\": \"m\", \"title\": \"" + jsonString(markup) + "\", \"steps\": [{\"id\": \"" + jsonString(markup) + "\"}]}");

    auto w = openWindow(data.path());
    // The group's own toggle shows its name as typed (buttons never render
    // markup); every label of the legend is plain text.
    auto *toggle = w->legendPanel()->findChild<QCheckBox *>(QStringLiteral("layer_abraham_accords"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(toggle->text(), markup);
    const QList<QLabel *> labels = w->legendPanel()->findChildren<QLabel *>();
    EXPECT_FALSE(labels.isEmpty());
    for (QLabel *label : labels)
        if (!label->text().isEmpty()) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->text().toStdString();
        }

    auto *problems = w->findChild<QMessageBox *>(QStringLiteral("problemsDialog"));
    ASSERT_NE(problems, nullptr);
    const QString shown = problems->informativeText();
    EXPECT_FALSE(shown.contains(QStringLiteral("<b>bold</b>"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;"))) << shown.toStdString();

    for (QLabel *label : w->statusBar()->findChildren<QLabel *>())
        EXPECT_EQ(label->textFormat(), Qt::PlainText);
}
