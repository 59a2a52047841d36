#pragma once

#include "csv/delimitedfile.h"
#include "services/importfields.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace libreta::services {

// How to read the file's text; anything left empty is found in the file.
struct ImportFormat {
    std::optional<csv::Encoding> encoding;
    std::optional<char> delimiter;
    std::optional<qint64> headerLine;  // the line holding the column titles
};

// A row of the file as text, for previews and the rejects file.
struct SourceRow {
    qint64 line = 0;
    QStringList cells;
};

// An import's file: its text read as chosen or detected, and the header
// found below any title or blank lines. Rows are read after it, blank ones
// skipped. Throws InputError (field "file") when the file cannot be read
// as delimited text or holds no header.
class ImportSource final {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    ImportSource(const QString &path, ImportKind kind, const ImportFormat &format);

    const csv::DelimitedFile &file() const { return m_file; }
    qint64 headerLine() const { return m_headerLine; }
    // Titles with trailing empty ones dropped; an empty title in the middle
    // becomes "Column N".
    const QStringList &headers() const { return m_headers; }
    bool headerDetected() const { return m_headerDetected; }

    // Every data row after the header, to `handler` (false stops). Throws
    // InputError when the file turns out malformed (a quote never closed).
    void readRows(const csv::Parser::Handler &handler, const csv::DelimitedFile::Progress &progress = {}) const;
    // The same, with the file parsed on a second thread while `handler`
    // works (csv::readAhead): for reading the whole file, as an import does.
    void readAllRowsAhead(const csv::Parser::Handler &handler,
                          const csv::DelimitedFile::Progress &progress = {}) const;
    QList<SourceRow> firstRows(int count) const;
    // The file's first lines, header or not (for choosing the header line).
    QList<SourceRow> firstLines(int count) const;

    static QString cellText(QByteArrayView utf8);

private:
    void findHeader(ImportKind kind, std::optional<qint64> chosen);
    // `handler` for the rows after the header, blank ones skipped.
    csv::Parser::Handler dataRows(const csv::Parser::Handler &handler) const;

    csv::DelimitedFile m_file;
    qint64 m_headerLine = 0;
    QStringList m_headers;
    bool m_headerDetected = false;
};

} // namespace libreta::services
