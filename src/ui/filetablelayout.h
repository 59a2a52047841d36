#pragma once

#include <QString>

class QTableView;

namespace libreta::ui {

// The tables of a debtor file share one look (compact rows) and remember
// their column widths and order per table name, like the portfolio does.
class FileTableLayout final {
public:
    static void prepare(QTableView *table);
    // True when a saved layout was applied; otherwise fit() once data is in.
    static bool restore(QTableView *table, const QString &name);
    // Columns to their contents, none wider than `widest` pixels.
    static void fit(QTableView *table, int widest);
    static void save(const QTableView *table, const QString &name);
};

} // namespace libreta::ui
