#include "documents/pdffolder.h"

#include "documents/pdfwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace libreta::documents {

bool PdfFolder::open(QString *error)
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = QCoreApplication::translate("Documents", "%1 is a file, not a folder.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!QDir().mkpath(m_path)) {
        if (error)
            *error = QCoreApplication::translate("Documents", "the folder %1 could not be made.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool PdfFolder::write(const QString &html, const QString &fileName, const QString &title, QString *error)
{
    // Compared as a case-insensitive file system would ("abc" and "ABC").
    QString name = fileName;
    for (int n = 2; m_used.contains(name.toCaseFolded()); ++n)
        name = QFileInfo(fileName).completeBaseName() + QStringLiteral("-%1.pdf").arg(n);
    m_used.insert(name.toCaseFolded());
    if (!writePdf(html, QDir(m_path).filePath(name), title, m_paper, error))
        return false;
    ++m_written;
    return true;
}

} // namespace libreta::documents
