#pragma once

#include "csv/csvparser.h"

#include <QByteArray>
#include <QList>

namespace libreta::csv {

// Records copied out of the parser (whose records live only inside its
// handler), to be handed to a handler later, on another thread: what
// DelimitedFile::readAhead passes from the thread that parses to the one
// that stores.
class RecordBatch final {
public:
    void append(const Record &record);
    qsizetype size() const { return m_lines.size(); }
    qsizetype bytes() const { return m_data.size(); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    void clear();

    // Each record in order to `handler`, as the parser would have; false
    // when the handler asked to stop.
    bool deliver(const Parser::Handler &handler) const;

    // How far into the file the parser had read when the batch was full.
    qint64 bytesRead = 0;

private:
    QByteArray m_data;        // every record's cells, one after another
    QList<qsizetype> m_cells; // per cell: its start and end in m_data
    QList<qsizetype> m_firstCell;  // per record: its first cell in m_cells / 2
    QList<qint64> m_lines;
};

} // namespace libreta::csv
