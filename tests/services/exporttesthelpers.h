#pragma once

// What the export tests share: a request written to memory and read back
// as the lines a spreadsheet would get.

#include "domain/clock.h"
#include "services/exportservice.h"

#include <QBuffer>
#include <QStringList>

namespace libreta::test {

struct ExportedCsv {
    qint64 rows = 0;    // what ExportService::write said it wrote
    QStringList lines;  // the header first; without the byte-order mark
};

inline ExportedCsv exportCsv(store::Database &db, const domain::Clock &clock, const services::ExportRequest &request)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ExportedCsv csv;
    csv.rows = services::ExportService(db, clock).write(request, out);
    csv.lines = QString::fromUtf8(out.data()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return csv;
}

} // namespace libreta::test
