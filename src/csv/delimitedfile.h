#pragma once

#include "csv/csvparser.h"
#include "csv/encoding.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace libreta::csv {

// What the person chose, or nothing to let the file say.
struct ReadOptions {
    std::optional<Encoding> encoding;
    std::optional<char> delimiter;
};

// A delimited text file on disk: its encoding and separator, detected from
// its first bytes or as chosen, and its records read from the start in
// chunks (a file of millions of rows is never held whole in memory).
class DelimitedFile final {
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Looks at the start of the file. Throws ParseError (line 0) when it
    // cannot be opened, is empty, or is not text (NUL bytes, not UTF-16).
    DelimitedFile(const QString &path, const ReadOptions &options = {});

    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }
    Encoding encoding() const { return m_encoding; }
    bool encodingFromBom() const { return m_encodingFromBom; }
    char delimiter() const { return m_delimiter; }
    // The start of the file as UTF-8 (up to kHeadBytes of the file).
    const QByteArray &headUtf8() const { return m_head; }

    using Progress = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;
    // Every record from the first line on, to `handler` (which returns false
    // to stop). Throws ParseError when the text is malformed (a quote never
    // closed) or the file cannot be read.
    void read(const Parser::Handler &handler, const Progress &progress = {}) const;

    static constexpr qint64 kHeadBytes = 256 * 1024;
    static constexpr qint64 kChunkBytes = 1024 * 1024;

private:
    QString m_path;
    qint64 m_size = 0;
    Encoding m_encoding = Encoding::Utf8;
    bool m_encodingFromBom = false;
    char m_delimiter = ',';
    QByteArray m_head;
};

} // namespace libreta::csv
