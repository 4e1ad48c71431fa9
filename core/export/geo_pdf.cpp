// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/geo_pdf.h"

#include "data/gdal_handles.h"

#include <QFile>
#include <QTemporaryDir>

#include <cpl_string.h>

namespace crossroads {

Result<QByteArray> GeoPdf::compose(const QString &pagePdf, const Frame &frame)
{
    gdal::ensureInitialised();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("PDF");
    if (!driver)
        return Error{pagePdf, {}, QStringLiteral("GDAL has no PDF driver: cannot georeference the PDF")};
    QTemporaryDir work;
    if (!work.isValid())
        return Error{pagePdf, {}, QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString())};

    // PDF user space runs up from the bottom left.
    const double h = frame.pagePoints.height();
    const QRectF m = frame.mapPoints;
    const QRectF g = frame.metres;
    auto x = [](double v) { return QString::number(v, 'f', 4); };
    auto point = [&](double px, double py, double gx, double gy) {
        return QStringLiteral("      <ControlPoint x=\"%1\" y=\"%2\" GeoX=\"%3\" GeoY=\"%4\"/>\n").arg(x(px), x(h - py), x(gx), x(gy));
    };
    QString xml;
    xml += QStringLiteral("<PDFComposition>\n  <Metadata>\n    <Title>%1</Title>\n    <Creator>%2</Creator>\n  </Metadata>\n")
               .arg(frame.title.toHtmlEscaped(), frame.creator.toHtmlEscaped());
    xml += QStringLiteral("  <Page>\n    <DPI>72</DPI>\n    <Width>%1</Width>\n    <Height>%2</Height>\n")
               .arg(x(frame.pagePoints.width()), x(h));
    xml += QStringLiteral("    <Georeferencing id=\"map\">\n      <SRS dataAxisToSRSAxisMapping=\"1,2\">%1</SRS>\n")
               .arg(frame.wkt.toHtmlEscaped());
    xml += QStringLiteral("      <BoundingBox x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"/>\n")
               .arg(x(m.left()), x(h - m.bottom()), x(m.right()), x(h - m.top()));
    // Top of the frame is the north edge (largest projected y).
    xml += point(m.left(), m.top(), g.left(), g.bottom());
    xml += point(m.right(), m.top(), g.right(), g.bottom());
    xml += point(m.right(), m.bottom(), g.right(), g.top());
    xml += point(m.left(), m.bottom(), g.left(), g.top());
    xml += QStringLiteral("    </Georeferencing>\n    <Content>\n      <PDF dataset=\"%1\"/>\n    </Content>\n  </Page>\n</PDFComposition>\n")
               .arg(pagePdf.toHtmlEscaped());

    const QString compositionPath = work.filePath(QStringLiteral("composition.xml"));
    QFile composition(compositionPath);
    if (!composition.open(QIODevice::WriteOnly) || composition.write(xml.toUtf8()) < 0)
        return Error{compositionPath, {}, QStringLiteral("cannot write: %1").arg(composition.errorString())};
    composition.close();

    const QString outPath = work.filePath(QStringLiteral("geo.pdf"));
    const QByteArray option = "COMPOSITION_FILE=" + compositionPath.toUtf8();
    char *options[] = {const_cast<char *>(option.constData()), nullptr};
    CPLErrorReset();
    GDALDataset *out = driver->Create(outPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, options);
    if (!out)
        return Error{pagePdf, {}, QStringLiteral("GDAL could not georeference the PDF: %1").arg(gdal::lastErrorMessage())};
    GDALClose(out);
    QFile result(outPath);
    if (!result.open(QIODevice::ReadOnly))
        return Error{outPath, {}, QStringLiteral("cannot read: %1").arg(result.errorString())};
    return result.readAll();
}

} // namespace crossroads
