// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gui_main.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "render/view_session.h"
#include "ui/atlas_load.h"
#include "ui/main_window.h"
#include "ui/map_view.h"
#include "ui/session_bus.h"
#include "ui/startup_clock.h"
#include "util/big_pages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <optional>
#include <system_error>

// The resources live in a static library: register them explicitly.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace crossroads {

namespace {

// The load the window asks for first, when the arguments name a data
// folder (given, or found beside the program): not the shared record,
// which the window's own parse reads. Says nothing of what is wrong with
// the arguments; that parse does.
std::optional<AtlasLoad> startLoadBeforeTheApplication(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    arguments.insert(1, QStringLiteral("gui"));  // stands where a subcommand would
    QCommandLineParser parser;
    cli::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QString());
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1 || parser.isSet(QStringLiteral("db")))
        return std::nullopt;
    // As QCoreApplication::applicationDirPath() will say, without one.
    const QString executableDir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).path();
    Result<QString> dir = cli::resolveDataDir(parser, executableDir);
    Result<BoundarySource> boundaries = cli::boundarySourceOption(parser);
    if (!dir || !boundaries)
        return std::nullopt;
    ViewSession saved;
    saved.load(QSettings());
    try {
        return AtlasLoad::start(MainWindow::firstLoad(dir.value(), boundaries.value(), saved));
    } catch (const std::system_error &) {
        return std::nullopt;  // no thread to be had: the window loads
    }
}

} // namespace

int runGui(int argc, char *argv[])
{
    StartupClock::msSinceProcessStart();  // starts its fallback clock early
    bigPages::enableForProcess();         // before any other thread
    // No process is forked while the atlas loads: a child forked while a
    // loader thread holds PROJ's lock hangs in PROJ's fork handler (and
    // the window with it). Qt's accessibility bridge asks for the session
    // bus; where none runs, D-Bus would fork a helper to start one.
    SessionBus::preventAutolaunch();  // before any other thread
    QCoreApplication::setApplicationName(QStringLiteral("crossroads"));  // for the settings the load reads
    QCoreApplication::setOrganizationName(QStringLiteral("crossroads"));
    // Reading and projecting the record takes as long as Qt's start, and
    // needs nothing of it: the window's load starts first.
    std::optional<AtlasLoad> early = startLoadBeforeTheApplication(argc, argv);
    QApplication app(argc, argv);
    initResources();
    QApplication::setApplicationDisplayName(QStringLiteral("Crossroads"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSROADS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/crossroads/crossroads.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("crossroads"));

    QCommandLineParser parser;
    cli::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("subcommand"), QString());
    QStringList arguments = app.arguments();
    arguments.insert(1, QStringLiteral("gui"));  // stands where a subcommand would
    if (auto exit = cli::parseOrExit(parser, arguments, cli::programHelp()))
        return *exit;
    Result<QString> dir = cli::resolveDataDir(parser);
    if (!dir) {
        cli::err() << "crossroads: " << dir.error().toString() << Qt::endl;
        if (parser.isSet(QStringLiteral("db"))) {
            QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot open the shared record"), dir.error().toString());
            box.setTextFormat(Qt::PlainText);  // the server's words are not markup
            box.exec();
        }
        return cli::BadInput;
    }
    Result<BoundarySource> boundaries = cli::boundarySourceOption(parser);
    if (!boundaries) {
        cli::err() << "crossroads: " << boundaries.error().toString() << Qt::endl;
        return cli::BadInput;
    }
    MainWindow window(dir.value(), boundaries.value(), std::move(early));
    if (parser.isSet(QStringLiteral("db"))) {
        // Listening to the server waits for it: not before the map is up.
        const QString conninfo = parser.value(QStringLiteral("db"));
        QObject::connect(&window, &MainWindow::ready, &window, [&window, conninfo] { window.watchDatabase(conninfo); },
                         Qt::SingleShotConnection);
    }
    if (parser.isSet(QStringLiteral("events"))) {
        const QString events = parser.value(QStringLiteral("events"));
        QObject::connect(&window, &MainWindow::ready, &window, [&window, events] { window.addEventsFile(events); }, Qt::SingleShotConnection);
    }
    // For start-up measurements: how long the user waited for the map.
    if (qEnvironmentVariableIsSet("CROSSROADS_TRACE_STARTUP")) {
        QObject::connect(window.mapView(), &MapView::firstMapPainted, &app, [] {
            cli::err() << "map painted after " << StartupClock::msSinceProcessStart() << " ms" << Qt::endl;
        });
        QObject::connect(&window, &MainWindow::ready, &app, [] {
            cli::err() << "window complete after " << StartupClock::msSinceProcessStart() << " ms" << Qt::endl;
        }, Qt::SingleShotConnection);
    }
    // For start-up measurements (tests/bench): quit once the map is on
    // screen.
    if (qEnvironmentVariableIsSet("CROSSROADS_QUIT_AFTER_FIRST_MAP"))
        QObject::connect(window.mapView(), &MapView::firstMapPainted, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    return app.exec();
}

} // namespace crossroads
