// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "cli/brief_command.h"
#include "cli/common.h"
#include "cli/diff_command.h"
#include "cli/db_command.h"
#include "cli/export_command.h"
#include "cli/help_text.h"
#include "cli/identify_command.h"
#include "cli/query_command.h"
#include "cli/validate_command.h"

#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <new>

namespace crossroads::cli {
namespace {

// An allocation that fails where nothing catches it (another thread, a Qt
// event handler) ends here instead of in an abort with a core dump.
[[noreturn]] void onTerminate()
{
    if (std::exception_ptr current = std::current_exception()) {
        try {
            std::rethrow_exception(current);
        } catch (const std::bad_alloc &) {
            std::fputs("crossroads: out of memory; the input is too large for this machine\n", stderr);
            std::_Exit(RuntimeFailure);
        } catch (...) {
        }
    }
    std::fputs("crossroads: internal error; please report it\n", stderr);
    std::abort();
}

int outOfMemory()
{
    err() << "crossroads: out of memory; the input is too large for this machine" << Qt::endl;
    return RuntimeFailure;
}

} // namespace

QString missingDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM").section(u':', 0, 0);
    static const QStringList headless = {QStringLiteral("offscreen"), QStringLiteral("minimal"), QStringLiteral("vnc"),
                                         QStringLiteral("minimalegl"), QStringLiteral("linuxfb"), QStringLiteral("eglfs"),
                                         QStringLiteral("vkkhrdisplay")};
    if (headless.contains(platform))
        return {};
    const bool x11 = !qEnvironmentVariable("DISPLAY").isEmpty(), wayland = !qEnvironmentVariable("WAYLAND_DISPLAY").isEmpty();
    if (platform == QLatin1String("xcb") && x11)
        return {};
    if (platform.startsWith(QLatin1String("wayland")) && wayland)
        return {};
    if (platform.isEmpty() && (x11 || wayland))
        return {};
    return QStringLiteral(
        "crossroads: the atlas window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set%1).\n"
        "Without a display, use the subcommands (crossroads export, query, brief, validate; see crossroads --help),\n"
        "or run the window on Qt's offscreen platform: QT_QPA_PLATFORM=offscreen crossroads")
        .arg(platform.isEmpty() ? QString() : QStringLiteral(" for the platform '%1'").arg(platform));
}

int main(int argc, char *argv[], const GuiStarter &startGui)
{
    std::set_terminate(onTerminate);
    const std::map<QString, std::function<int(const QStringList &)>> subcommands = {
        {QStringLiteral("export"), runExport},
        {QStringLiteral("query"), runQuery},
        {QStringLiteral("brief"), runBrief},
        {QStringLiteral("validate"), runValidate},
        {QStringLiteral("identify"), runIdentify},
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
        static const QStringList valued = {QStringLiteral("--data"), QStringLiteral("--db"), QStringLiteral("--events"),
                                           QStringLiteral("--boundaries"), QStringLiteral("--boundaries-layer"),
                                           QStringLiteral("--iso-field"), QStringLiteral("--name-field")};
        if (valued.contains(a)) {
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
                            << "' (expected export, query, brief, validate, identify, diff or db; see crossroads --help)" << Qt::endl;
        return BadInput;
    }
    if (at > 1)
        std::rotate(args.begin() + 1, args.begin() + at, args.begin() + at + 1);  // the subcommand first
    if (at < 0 && !help && !version) {
        // Qt would abort inside QApplication, blaming platform plugins.
        const QString why = missingDisplay();
        if (!why.isEmpty()) {
            QTextStream(stderr) << why << Qt::endl;
            return BadInput;
        }
        try {
            return startGui(argc, argv);
        } catch (const std::bad_alloc &) {
            return outOfMemory();
        }
    }
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
    try {
        return subcommand->second(app.arguments());
    } catch (const std::bad_alloc &) {
        return outOfMemory();
    }
}

} // namespace crossroads::cli
