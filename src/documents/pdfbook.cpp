#include "documents/pdfbook.h"

#include "documents/pdfwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>

namespace libreta::documents {

namespace {

// QTextDocument::print's margins, 2 cm, in the layout's own units (the
// 96 dpi a text layout measures frame margins in before scaling them to
// the device).
constexpr qreal layoutDpi = 96.0;
constexpr qreal marginInches = 2.0 / 2.54;

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
    // The margins are the layout's (below), as QTextDocument::print keeps them.
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    m_writer->setResolution(300);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        if (error)
            *error = cannotWrite(m_path, m_file->errorString());
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
    const int margin = qRound(marginInches * layoutDpi);
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setMargin(margin);
    document.rootFrame()->setFrameFormat(frame);
    const QRectF body(0, 0, m_writer->width(), m_writer->height());
    document.setPageSize(body.size());
    const qreal scaleX = m_writer->logicalDpiX() / layoutDpi;
    const qreal scaleY = m_writer->logicalDpiY() / layoutDpi;
    // Where print() puts the number: under the text, flush with its right edge.
    const QPointF numberAt(body.width() - margin * scaleX,
                           body.height() - margin * scaleY +
                               QFontMetrics(document.defaultFont(), m_writer.get()).ascent() +
                               5 * m_writer->logicalDpiY() / 72.0);
    const int pages = document.pageCount();
    for (int page = 1; page <= pages; ++page) {
        if (m_pages > 0)
            m_writer->newPage();
        ++m_pages;
        m_painter->save();
        const QRectF view(0, (page - 1) * body.height(), body.width(), body.height());
        m_painter->translate(body.left(), body.top() - view.top());
        m_painter->setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(m_painter.get(), context);
        m_painter->setClipping(false);
        m_painter->setFont(document.defaultFont());
        const QString number = QString::number(page);
        m_painter->drawText(
            QPointF(numberAt.x() - QFontMetricsF(document.defaultFont(), m_writer.get()).horizontalAdvance(number),
                    numberAt.y() + view.top()),
            number);
        m_painter->restore();
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
