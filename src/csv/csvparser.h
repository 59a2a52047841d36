#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <stdexcept>

namespace libreta::csv {

// One record of a delimited file: its cells as UTF-8 bytes (quotes removed,
// doubled quotes undone, spaces around unquoted cells trimmed), valid only
// inside the handler that receives it.
class Record final {
public:
    // The line of the file it starts on, counting from 1 (what a text editor
    // or a spreadsheet shows; a record with a line break inside a quoted
    // cell spans several).
    qint64 line() const { return m_line; }
    int size() const { return int(m_ends.size()); }
    QByteArrayView cell(int i) const;
    // Every cell empty (a blank line, or a line of separators only).
    bool isBlank() const;
    // Cells up to the last non-empty one (trailing empty columns dropped).
    int trimmedSize() const;
    QList<QByteArray> toList() const;

private:
    friend class Parser;
    friend class RecordBatch;
    qint64 m_line = 0;
    const char *m_data = nullptr;
    QList<qsizetype> m_starts;
    QList<qsizetype> m_ends;
};

// The file cannot be read as delimited text; the message is translated and
// names the line.
class ParseError final : public std::runtime_error {
public:
    ParseError(qint64 line, const QString &message)
        : std::runtime_error(message.toStdString()), m_line(line), m_message(message) {}
    qint64 line() const { return m_line; }
    const QString &message() const { return m_message; }

private:
    qint64 m_line;
    QString m_message;
};

// RFC 4180 records from UTF-8 text fed in chunks, parsed by libcsv: quoted
// cells with separators, quotes and line breaks inside, CR, LF or CRLF line
// ends (mixed too). Blank lines are reported as blank records so line
// numbers stay right; callers skip them.
class Parser final {
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Return false to stop: no further records are reported.
    using Handler = std::function<bool(const Record &)>;

    explicit Parser(char delimiter);
    ~Parser();
    Q_DISABLE_COPY_MOVE(Parser)

    void feed(QByteArrayView utf8, const Handler &handler);
    // The end of the text. Throws ParseError when a quoted cell is never closed.
    void finish(const Handler &handler);
    bool stopped() const { return m_stopped; }

private:
    static void onCell(void *data, size_t length, void *self);
    static void onEnd(int terminator, void *self);
    void endRecord(int terminator);
    void countLines(const char *data, size_t length);

    struct Native;
    std::unique_ptr<Native> m_native;
    const Handler *m_handler = nullptr;
    QByteArray m_arena;
    Record m_record;
    qint64 m_line = 1;          // the line the next byte is on
    qint64 m_recordLine = 1;    // where the record being read started
    bool m_recordOpen = false;  // a cell of it was seen
    bool m_lastWasCr = false;   // a CR just ended a line: an LF now is its pair
    bool m_stopped = false;
};

} // namespace libreta::csv
