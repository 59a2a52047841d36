#pragma once

#include "services/panelservice.h"

#include <QCoreApplication>

class QIODevice;

namespace libreta::services {

// The Panel's table by agent, or by segment, written as the Panel shows it
// (one line each, then the total), for the owner's spreadsheet: the same
// figures the supervisor reads on screen, promises counted up to the same
// day, with the agents' targets and how much of each came in. A report in
// words, like ExportService's (UTF-8 with BOM, comma or semicolon; with a
// semicolon, a decimal comma).
class PanelTableExport final {
    Q_DECLARE_TR_FUNCTIONS(PanelTableExport)

public:
    enum class Table { ByAgent, BySegment };

    // The rows written, the header and the total not counted.
    static qint64 write(const PanelReport &report, Table table, char delimiter, QIODevice &out);
    // What the save dialog proposes: "cifras por gestor".
    static QString name(Table table);
};

} // namespace libreta::services
