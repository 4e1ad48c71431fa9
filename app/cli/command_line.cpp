// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "cli/brief_command.h"
#include "cli/common.h"
#include "cli/diff_command.h"
#include "cli/db_command.h"
#include "cli/export_command.h"
#include "cli/help_text.h"
#include "cli/query_command.h"
#include "cli/validate_command.h"
#include "ui/main_window.h"
#include "ui/map_view.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <QTextStream>

#include <algorithm>
#include <functional>
#include <map>

// The resources live in a static library: register them explicitly.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace crossroads::cli {
namespace {

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationName(QStringLiteral("crossroads"));
    QApplication::setOrganizationName(QStringLiteral("crossroads"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossroads"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crossroads/crossroads.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("crossroads"));

    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QString());
    QStringList arguments = app.arguments();
    arguments.insert(1, QStringLiteral("gui"));  // stands where a subcommand would
    if (auto exit = parseOrExit(parser, arguments, programHelp()))
        return *exit;
    Result<QString> dir = resolveDataDir(parser);
    if (!dir) {
        err() << "crossroads: " << dir.error().toString() << Qt::endl;
        if (parser.isSet(QStringLiteral("db")))
        {
            QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot open the shared record"), dir.error().toString());
            box.setTextFormat(Qt::PlainText);  // the server's words are not markup
            box.exec();
        }
        return BadInput;
    }
    MainWindow window(dir.value());
    if (parser.isSet(QStringLiteral("db")))
        window.watchDatabase(parser.value(QStringLiteral("db")));
    if (parser.isSet(QStringLiteral("events"))) {
        const QString events = parser.value(QStringLiteral("events"));
        QObject::connect(&window, &MainWindow::ready, &window, [&window, events] { window.addEventsFile(events); }, Qt::SingleShotConnection);
    }
    // For start-up measurements (tests/bench): quit once the map is on
    // screen.
    if (qEnvironmentVariableIsSet("CROSSROADS_QUIT_AFTER_FIRST_MAP"))
        QObject::connect(window.mapView(), &MapView::firstMapPainted, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const std::map<QString, std::function<int(const QStringList &)>> subcommands = {
        {QStringLiteral("export"), runExport},
        {QStringLiteral("query"), runQuery},
        {QStringLiteral("brief"), runBrief},
        {QStringLiteral("validate"), runValidate},
        {QStringLiteral("diff"), runDiff},
        {QStringLiteral("db"), runDb},
    };
    // Decide before any QApplication exists (the GUI one needs a display):
    // the subcommand is the first argument that is neither an option nor
    // the value of --data, wherever it stands.
    std::vector<char *> args(argv, argv + argc);
    int at = -1;
    bool help = false, version = false;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--data") || a == QLatin1String("--db") || a == QLatin1String("--events")) {
            ++i;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            version = true;
        } else if (!a.startsWith(u'-') && at < 0) {
            at = i;
        }
    }
    const QString name = at > 0 ? QString::fromLocal8Bit(argv[at]) : QString();
    const auto subcommand = subcommands.find(name);
    if (at > 0 && subcommand == subcommands.end()) {
        QTextStream(stderr) << "crossroads: unknown subcommand '" << name
                            << "' (expected export, query, brief, validate, diff or db; see crossroads --help)" << Qt::endl;
        return BadInput;
    }
    if (at > 1)
        std::rotate(args.begin() + 1, args.begin() + at, args.begin() + at + 1);  // the subcommand first
    if (at < 0 && !help && !version)
        return runGui(argc, argv);
    if (at > 0)
        help = version = false;  // the subcommand's own --help
    argc = int(args.size());
    argv = args.data();

    // Headless: no window ever opens, and no display is needed. Qt's
    // complaint that a headless session has no XDG_RUNTIME_DIR says nothing
    // about the command's work, so it is not passed on.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
            return;
        QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
    });
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("crossroads"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
    if (help) {
        out() << programHelp() << Qt::flush;
        return Ok;
    }
    if (version) {
        out() << "crossroads " << CROSSROADS_VERSION << Qt::endl;
        return Ok;
    }
    return subcommand->second(app.arguments());
}

} // namespace crossroads::cli
