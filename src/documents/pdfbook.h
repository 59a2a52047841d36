#pragma once

#include <QPageSize>
#include <QString>

#include <memory>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace libreta::documents {

// A PDF of one document or of many (a statement for each debtor of a
// segment): each starts on a page of its own and numbers its own pages, as
// QTextDocument::print lays a document out (2 cm margins, the page number
// at the foot on the right), so a letter printed alone and one printed in a
// batch look the same. The file is written whole or not at all: nothing
// replaces what is at `path` until finish(), and a book dropped before it
// (a batch stopped half-way) leaves the path as it was.
class PdfBook final {
public:
    PdfBook(QString path, QString title, QPageSize::PageSizeId paper);
    ~PdfBook();
    PdfBook(const PdfBook &) = delete;
    PdfBook &operator=(const PdfBook &) = delete;

    // False, with the reason in `error`, when the file cannot be written.
    bool open(QString *error = nullptr);
    // Lays `html` out (the documents' font) and draws its pages after the
    // book's last. Only after a successful open().
    void add(const QString &html);
    int pageCount() const { return m_pages; }
    // How far, in millimetres, the widest document added ran past the
    // text's right edge into the margin (a table wider than the page); 0
    // when every one fit. The shipped templates must keep it 0.
    qreal overflowMm() const { return m_overflowMm; }
    // Puts the file in place. False, with the reason, when it cannot be. A
    // book with no document in it would be one blank page: drop it instead.
    bool finish(QString *error = nullptr);

private:
    QString m_path;
    QString m_title;
    QPageSize::PageSizeId m_paper;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_pages = 0;
    qreal m_overflowMm = 0;
};

} // namespace libreta::documents
