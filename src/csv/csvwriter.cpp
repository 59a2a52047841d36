#include "csv/csvwriter.h"

#include <QIODevice>

namespace libreta::csv {

Writer::Writer(QIODevice &out, char delimiter) : m_out(out), m_delimiter(delimiter)
{
    m_ok = m_out.write("\xEF\xBB\xBF", 3) == 3;
}

void Writer::writeRow(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(m_delimiter);
        const QByteArray cell = cells.at(i).toUtf8();
        const bool quote = cell.contains(m_delimiter) || cell.contains('"') || cell.contains('\n')
                           || cell.contains('\r') || cell.startsWith(' ') || cell.endsWith(' ');
        if (!quote) {
            line.append(cell);
            continue;
        }
        line.append('"');
        for (char c : cell) {
            if (c == '"')
                line.append('"');
            line.append(c);
        }
        line.append('"');
    }
    line.append("\r\n");
    m_ok = m_ok && m_out.write(line) == line.size();
}

} // namespace libreta::csv
