#pragma once

#include <QPageSize>
#include <QSet>
#include <QString>

namespace libreta::documents {

// A folder of PDFs, one per debtor (to send each by e-mail): each written
// whole, under the name it is given; two names alike in one batch (two
// references that read the same once made fit for a file name, "A/1" and
// "A-1") get a number rather than one replacing the other. A file of an
// earlier batch with the same name is replaced: the same debtor's same
// document of the same day.
class PdfFolder final {
public:
    PdfFolder(QString path, QPageSize::PageSizeId paper) : m_path(std::move(path)), m_paper(paper) {}

    // Makes the folder when missing. False, with the reason, when it cannot be.
    bool open(QString *error = nullptr);
    // False, with the reason, when the file cannot be written.
    bool write(const QString &html, const QString &fileName, const QString &title, QString *error = nullptr);
    int written() const { return m_written; }

private:
    QString m_path;
    QPageSize::PageSizeId m_paper;
    QSet<QString> m_used;
    int m_written = 0;
};

} // namespace libreta::documents
