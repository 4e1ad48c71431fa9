// SPDX-License-Identifier: GPL-3.0-or-later
// The atlas on a display with no session bus: D-Bus must not fork a helper
// to start one (nobody would listen on it, it would outlive the atlas, and
// a fork while the record loads can hang the child).
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Mutation tried: SessionBus::preventAutolaunch() not called -> libdbus
// runs the dbus-launch found first on PATH, which leaves its mark.
TEST(SessionBus, NoBusIsStartedWhereNoneRuns)
{
    if (qEnvironmentVariable("CROSSROADS_XVFB") == QLatin1String("missing"))
        GTEST_SKIP() << "Xvfb is not installed";
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString bin = home.filePath(QStringLiteral("bin")), runtime = home.filePath(QStringLiteral("runtime"));
    ASSERT_TRUE(QDir().mkpath(bin) && QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString mark = home.filePath(QStringLiteral("dbus-launch-ran"));
    QFile launcher(QDir(bin).filePath(QStringLiteral("dbus-launch")));
    ASSERT_TRUE(launcher.open(QIODevice::WriteOnly));
    launcher.write(QStringLiteral("#!/bin/sh\ntouch '%1'\nexit 1\n").arg(mark).toUtf8());
    launcher.close();
    launcher.setPermissions(launcher.permissions() | QFile::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);  // no bus socket in it
    env.insert(QStringLiteral("PATH"), bin + u':' + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("CROSSROADS_QUIT_AFTER_FIRST_MAP"), QStringLiteral("1"));
    QProcess atlas;
    atlas.setProcessEnvironment(env);
    atlas.start(crossroads::test::executable(), {QStringLiteral("--data"), crossroads::test::geodata()});
    ASSERT_TRUE(atlas.waitForFinished(60000)) << atlas.readAllStandardError().toStdString();
    EXPECT_EQ(atlas.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(atlas.exitCode(), 0) << atlas.readAllStandardError().toStdString();
    EXPECT_FALSE(QFile::exists(mark)) << "a D-Bus helper was started to launch a session bus";
}
