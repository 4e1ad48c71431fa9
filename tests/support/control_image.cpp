// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/control_image.h"

#include "support/test_paths.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace crossroads::test {

void expectMatchesControl(const QImage &image, const QString &name)
{
    constexpr int kWidth = 480;      // small controls keep the repository small
    constexpr int kTolerance = 48;   // per channel, 0..255
    constexpr double kMaxMismatch = 0.01;
    const QImage scaled = image.convertToFormat(QImage::Format_RGB32).scaledToWidth(kWidth, Qt::SmoothTransformation);
    const QString path = test::testData(QStringLiteral("control/%1.png").arg(name));
    if (qEnvironmentVariableIntValue("CROSSROADS_UPDATE_CONTROL") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        ASSERT_TRUE(scaled.save(path)) << path.toStdString();
        GTEST_SKIP() << "control image written: " << path.toStdString();
    }
    const QImage control(path);
    ASSERT_FALSE(control.isNull()) << "no control image " << path.toStdString()
                                   << " (run with CROSSROADS_UPDATE_CONTROL=1 to create it)";
    ASSERT_EQ(control.size(), scaled.size()) << name.toStdString();
    qint64 mismatched = 0;
    for (int y = 0; y < scaled.height(); ++y)
        for (int x = 0; x < scaled.width(); ++x) {
            const QRgb a = scaled.pixel(x, y), b = control.pixel(x, y);
            if (std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > kTolerance)
                ++mismatched;
        }
    const qint64 allowed = qint64(kMaxMismatch * scaled.width() * scaled.height());
    if (mismatched > allowed) {
        const QString actual = QDir::temp().filePath(QStringLiteral("%1.actual.png").arg(name));
        scaled.save(actual);
        ADD_FAILURE() << name.toStdString() << ": " << mismatched << " pixels differ from the control (at most " << allowed
                      << "); the render is in " << actual.toStdString();
    }
}

} // namespace crossroads::test
