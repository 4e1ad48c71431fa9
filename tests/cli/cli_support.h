// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/test_paths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace crossroads::test {

struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real executable with no display at all: DISPLAY, WAYLAND_DISPLAY
// and QT_QPA_PLATFORM unset, so a subcommand that tried to open a window
// would fail.
inline CommandRun runCrossroads(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(executable(), arguments);
    if (!process.waitForFinished(120000))
        ADD_FAILURE() << "crossroads " << arguments.join(u' ').toStdString() << " did not finish";
    CommandRun run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QJsonObject queryJson(const char *date, const QStringList &more = {})
{
    const CommandRun run = runCrossroads(QStringList{QStringLiteral("query"), QStringLiteral("--date"), QString::fromLatin1(date),
                                           QStringLiteral("--format"), QStringLiteral("json")} +
                               more);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

inline QString standing(const QJsonObject &query, const char *iso3, const char *group)
{
    return query.value(QStringLiteral("countries")).toObject().value(QString::fromLatin1(iso3)).toObject().value(QString::fromLatin1(group)).toString();
}

} // namespace crossroads::test
