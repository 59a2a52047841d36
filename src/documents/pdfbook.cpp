#include "documents/pdfbook.h"

#include "documents/pdfwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

namespace libreta::documents {

namespace {

// QTextDocument::print's page: 2 mm the device keeps clear (print() sets
// them on a device with none), and 2 cm around the text inside them.
constexpr qreal deviceMarginMm = 2.0;
constexpr qreal textMarginInches = 2.0 / 2.54;

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Documents", "%1 could not be written: %2").arg(path, reason);
}

} // namespace

PdfBook::PdfBook(QString path, QString title, QPageSize::PageSizeId paper)
    : m_path(std::move(path)), m_title(std::move(title)), m_paper(paper)
{
}

// The painter ends before the writer and the writer before the file, which
// then drops what it holds unless finish() committed it.
PdfBook::~PdfBook()
{
    m_painter.reset();
    m_writer.reset();
    m_file.reset();
}

bool PdfBook::open(QString *error)
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setTitle(m_title);
    m_writer->setCreator(QStringLiteral("Libreta"));
    m_writer->setPageSize(QPageSize(m_paper));
    m_writer->setPageMargins(QMarginsF(deviceMarginMm, deviceMarginMm, deviceMarginMm, deviceMarginMm),
                             QPageLayout::Millimeter);
    m_writer->setResolution(300);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        if (error)
            *error = cannotWrite(m_path, QCoreApplication::translate("Documents", "the PDF could not be started"));
        m_painter.reset();
        return false;
    }
    return true;
}

void PdfBook::add(const QString &html)
{
    if (!m_painter)
        return;
    QTextDocument document;
    layOut(document, html, m_paper);
    document.documentLayout()->setPaintDevice(m_writer.get());
    // The text's margins are kept by drawing each page inside them, not set
    // on its frame (print()'s way): a frame's margins are scaled from the
    // screen's dots per inch and the page number from the PDF's, which
    // agree only where the screen has 96.
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(0);
    document.rootFrame()->setFrameFormat(frame);
    const QSizeF page(m_writer->width(), m_writer->height());
    const qreal marginX = textMarginInches * m_writer->logicalDpiX();
    const qreal marginY = textMarginInches * m_writer->logicalDpiY();
    const QSizeF text(page.width() - 2 * marginX, page.height() - 2 * marginY);
    document.setPageSize(text);
    m_overflowMm = std::max(m_overflowMm, (document.idealWidth() - text.width()) * 25.4 / m_writer->logicalDpiX());
    // Where print() puts the number: under the text, flush with its right edge.
    const QFont font = document.defaultFont();
    const QPointF numberAt(page.width() - marginX, page.height() - marginY +
                                                       QFontMetricsF(font, m_writer.get()).ascent() +
                                                       5 * m_writer->logicalDpiY() / 72.0);
    const int pages = document.pageCount();
    for (int number = 1; number <= pages; ++number) {
        if (m_pages > 0)
            m_writer->newPage();
        ++m_pages;
        // A page's text, and the side margins too: a wide table runs into
        // the margin rather than being cut, as print() lets it.
        const QRectF view(-marginX, (number - 1) * text.height(), page.width(), text.height());
        m_painter->save();
        m_painter->translate(marginX, marginY - view.top());
        m_painter->setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(m_painter.get(), context);
        m_painter->restore();
        const QString digits = QString::number(number);
        m_painter->setFont(font);
        m_painter->drawText(
            QPointF(numberAt.x() - QFontMetricsF(font, m_writer.get()).horizontalAdvance(digits), numberAt.y()),
            digits);
    }
}

bool PdfBook::finish(QString *error)
{
    if (!m_painter)
        return false;
    m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (!m_file->commit()) {
        if (error)
            *error = cannotWrite(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace libreta::documents
