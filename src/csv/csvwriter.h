#pragma once

#include <QStringList>

class QIODevice;

namespace libreta::csv {

// Writes CSV that Excel opens as it is: UTF-8 with a byte-order mark (without
// it Excel reads Windows-1252 and "Núñez" comes out as "NÃºÃ±ez"), CRLF line
// ends, and quotes only where a cell needs them (separator, quote, line
// break, or spaces at either end that a reader would trim).
class Writer final {
public:
    Writer(QIODevice &out, char delimiter);
    Q_DISABLE_COPY_MOVE(Writer)

    void writeRow(const QStringList &cells);
    // False when the device refused a write (disk full, removed).
    bool ok() const { return m_ok; }

private:
    QIODevice &m_out;
    char m_delimiter;
    bool m_ok = true;
};

} // namespace libreta::csv
