#include "csv/recordbatch.h"

namespace libreta::csv {

void RecordBatch::append(const Record &record)
{
    m_lines.append(record.line());
    m_firstCell.append(m_cells.size() / 2);
    for (int i = 0; i < record.size(); ++i) {
        const QByteArrayView cell = record.cell(i);
        m_cells.append(m_data.size());
        m_data.append(cell);
        m_cells.append(m_data.size());
    }
}

void RecordBatch::clear()
{
    m_data.resize(0);
    m_cells.resize(0);
    m_firstCell.resize(0);
    m_lines.resize(0);
    bytesRead = 0;
}

bool RecordBatch::deliver(const Parser::Handler &handler) const
{
    Record record;
    record.m_data = m_data.constData();
    const qsizetype records = m_lines.size();
    for (qsizetype r = 0; r < records; ++r) {
        const qsizetype first = m_firstCell.at(r);
        const qsizetype end = r + 1 < records ? m_firstCell.at(r + 1) : m_cells.size() / 2;
        record.m_line = m_lines.at(r);
        record.m_starts.resize(0);
        record.m_ends.resize(0);
        for (qsizetype c = first; c < end; ++c) {
            record.m_starts.append(m_cells.at(2 * c));
            record.m_ends.append(m_cells.at(2 * c + 1));
        }
        if (!handler(record))
            return false;
    }
    return true;
}

} // namespace libreta::csv
