#pragma once

#include <QLocale>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace libreta::documents {

// The paper an office in `locale`'s country prints on: Letter in the
// Americas that use it (Mexico, the United States, Colombia, ...), A4
// elsewhere.
QPageSize::PageSizeId paperFor(const QLocale &locale);

// Fills `document` with `html` and the documents' default font: DejaVu
// Sans (in the app's packages, with every accent and the peso and euro
// signs). Printed (QTextDocument::print) it is laid out on the paper with
// 2 cm margins and numbered pages.
void layOut(QTextDocument &document, const QString &html, QPageSize::PageSizeId paper);

// Writes `html` as a PDF at `path` (title in its properties). False, with
// the reason in `error`, when the file cannot be written.
bool writePdf(const QString &html, const QString &path, const QString &title, QPageSize::PageSizeId paper,
              QString *error = nullptr);

} // namespace libreta::documents
