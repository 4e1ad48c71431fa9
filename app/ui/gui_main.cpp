// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/gui_main.h"

#include "cli/common.h"
#include "cli/help_text.h"
#include "data/atlas_loader.h"
#include "ui/main_window.h"
#include "ui/map_view.h"
#include "ui/startup_clock.h"

#include <QAccessible>
#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <future>
#include <system_error>

// The resources live in a static library: register them explicitly.
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace crossroads {

int runGui(int argc, char *argv[])
{
    StartupClock::msSinceProcessStart();  // starts its fallback clock early
    // GDAL's drivers take a while to register and need nothing of Qt: they
    // are registered beside the application's start, before the window
    // asks for the data. That ends before the accessibility bridge starts
    // (see below).
    std::future<void> drivers;
    try {
        drivers = std::async(std::launch::async, &AtlasLoader::registerDrivers);
    } catch (const std::system_error &) {
        // no thread to be had: the loader registers them
    }
    QApplication app(argc, argv);
    // The accessibility bridge connects to the session bus now, before the
    // window starts loading on a worker thread: without a running bus,
    // D-Bus forks a helper to start one, and a child forked while the
    // worker holds PROJ's lock hangs in PROJ's fork handler (and the
    // window with it). GDAL registers fork handlers too, so its driver
    // registration ends first (it has by now, unless the machine is busy).
    if (drivers.valid())
        drivers.wait();
    QAccessible::isActive();
    initResources();
    QApplication::setApplicationName(QStringLiteral("crossroads"));
    QApplication::setOrganizationName(QStringLiteral("crossroads"));
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
    MainWindow window(dir.value(), boundaries.value());
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
