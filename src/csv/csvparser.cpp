#include "csv/csvparser.h"

#include <csv.h>

#include <cstring>

namespace libreta::csv {
QByteArrayView Record::cell(int i) const
{
    if (i < 0 || i >= size())
        return {};
    return QByteArrayView(m_data + m_starts[i], m_ends[i] - m_starts[i]);
}

bool Record::isBlank() const { return trimmedSize() == 0; }

int Record::trimmedSize() const
{
    int n = size();
    while (n > 0 && m_ends[n - 1] == m_starts[n - 1])
        --n;
    return n;
}

QList<QByteArray> Record::toList() const
{
    QList<QByteArray> out;
    out.reserve(size());
    for (int i = 0; i < size(); ++i)
        out.append(cell(i).toByteArray());
    return out;
}

struct Parser::Native {
    csv_parser parser{};
};

Parser::Parser(char delimiter) : m_native(std::make_unique<Native>())
{
    // Every line end is reported (blank lines too) so line numbers are
    // exact.
    csv_init(&m_native->parser, CSV_REPALL_NL);
    csv_set_delim(&m_native->parser, static_cast<unsigned char>(delimiter));
    // libcsv's own tests for spaces (space and tab, unless the tab is the
    // separator) and line ends (CR, LF) are inline; functions of ours would
    // be called for every byte of the file. It trims spaces around unquoted
    // cells and before an opening quote (`a, "b, c"`).
    m_arena.reserve(4096);
}

Parser::~Parser() { csv_free(&m_native->parser); }

void Parser::countLines(const char *data, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        if (data[i] == '\n') {
            if (!m_lastWasCr)
                ++m_line;
            m_lastWasCr = false;
        } else if (data[i] == '\r') {
            ++m_line;
            m_lastWasCr = true;
        } else {
            m_lastWasCr = false;
        }
    }
}

void Parser::onCell(void *data, size_t length, void *self)
{
    auto *p = static_cast<Parser *>(self);
    if (!p->m_recordOpen) {
        p->m_recordOpen = true;
        p->m_recordLine = p->m_line;
    }
    p->m_lastWasCr = false;
    const qsizetype start = p->m_arena.size();
    if (data && length > 0) {
        p->m_arena.append(static_cast<const char *>(data), qsizetype(length));
        // A quoted cell may hold line breaks: the record spans lines.
        if (std::memchr(data, '\n', length) || std::memchr(data, '\r', length))
            p->countLines(static_cast<const char *>(data), length);
    }
    p->m_record.m_starts.append(start);
    p->m_record.m_ends.append(p->m_arena.size());
}

void Parser::onEnd(int terminator, void *self) { static_cast<Parser *>(self)->endRecord(terminator); }

void Parser::endRecord(int terminator)
{
    // The LF of a CRLF pair: the CR already ended the line.
    if (terminator == '\n' && m_lastWasCr && !m_recordOpen) {
        m_lastWasCr = false;
        return;
    }
    m_record.m_line = m_recordOpen ? m_recordLine : m_line;
    m_record.m_data = m_arena.constData();
    if (!m_stopped && m_handler && !(*m_handler)(m_record))
        m_stopped = true;
    m_record.m_starts.resize(0);
    m_record.m_ends.resize(0);
    m_arena.resize(0);
    m_recordOpen = false;
    if (terminator == '\n' || terminator == '\r') {
        ++m_line;
        m_lastWasCr = terminator == '\r';
    }
}

void Parser::feed(QByteArrayView utf8, const Handler &handler)
{
    if (m_stopped || utf8.isEmpty())
        return;
    m_handler = &handler;
    const size_t done = csv_parse(&m_native->parser, utf8.data(), size_t(utf8.size()), onCell, onEnd, this);
    m_handler = nullptr;
    if (done != size_t(utf8.size()))
        throw ParseError(m_line, tr("Line %1: the file could not be read (%2).")
                                     .arg(m_line)
                                     .arg(QString::fromUtf8(csv_strerror(csv_error(&m_native->parser)))));
}

void Parser::finish(const Handler &handler)
{
    m_handler = &handler;
    const qint64 openedOn = m_recordOpen ? m_recordLine : m_line;
    // libcsv reports a quote left open only in strict mode, which also
    // refuses a stray quote inside an unquoted cell (`5" screen`), as
    // spreadsheets write them. So the open quote is read from the parser's
    // state: a quoted cell still being read (FIELD_BEGUN in csv.c).
    constexpr int kFieldBegun = 2;
    const bool open = m_native->parser.quoted && m_native->parser.pstate == kFieldBegun;
    const int rc = open ? CSV_EPARSE : csv_fini(&m_native->parser, onCell, onEnd, this);
    m_handler = nullptr;
    if (rc != 0) {
        // The only error left at the end: a quote opened and never closed.
        // Everything after it was read as one cell, so the line the record
        // started on is where to look.
        throw ParseError(openedOn, tr("Line %1: a quoted value starts here and is never closed (a \" is missing); "
                                      "the rest of the file was read as part of it.")
                                       .arg(openedOn));
    }
}

} // namespace libreta::csv
