#include "documents/pdfwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QPdfWriter>
#include <QTextDocument>

namespace libreta::documents {

QPageSize::PageSizeId paperFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Chile:
    case QLocale::Philippines:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::DominicanRepublic:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

void layOut(QTextDocument &document, const QString &html, QPageSize::PageSizeId paper)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    Q_UNUSED(paper);
}

bool writePdf(const QString &html, const QString &path, const QString &title, QPageSize::PageSizeId paper,
              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Documents", "%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Libreta"));
    pdf.setPageSize(QPageSize(paper));
    // QTextDocument::print lays an unpaginated document out on the page
    // itself, with 2 cm margins and the page number at the foot.
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    pdf.setResolution(300);
    QTextDocument document;
    layOut(document, html, paper);
    document.print(&pdf);
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QCoreApplication::translate("Documents", "%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace libreta::documents
