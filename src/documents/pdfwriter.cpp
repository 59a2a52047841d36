#include "documents/pdfwriter.h"

#include "documents/pdfbook.h"

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
    PdfBook book(path, title, paper);
    if (!book.open(error))
        return false;
    book.add(html);
    return book.finish(error);
}

} // namespace libreta::documents
