// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test binary: a QApplication on the offscreen platform
// (fonts and painting work, no display needed), with settings, user data
// and the cache of outlines in a private temporary folder per process, so
// tests never touch a real user's files and tests running in parallel never
// share them. (Qt's own
// test mode would put every process in one shared folder.)
#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // Offscreen unless a test asks for a real display (the second-screen
    // tests run under a two-screen Xvfb with CROSSROADS_TEST_PLATFORM=xcb).
    const QByteArray platform = qgetenv("CROSSROADS_TEST_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? QByteArray("offscreen") : platform);
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("crossroads-tests"));
    QApplication::setApplicationName(QStringLiteral("crossroads-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
