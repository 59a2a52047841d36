#pragma once

#include "store/agendarepository.h"
#include "ui/moneyformatter.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace libreta::ui {

// The notebook page people are used to: one day's open follow-ups, group by
// group, with a blank column to write down what came of each call. Printed
// or saved as a PDF from the agenda. It reads the whole day (up to
// kMaxItems) through the same paged queries as the screen.
class AgendaDaySheet final {
    Q_DECLARE_TR_FUNCTIONS(AgendaDaySheet)

public:
    AgendaDaySheet(store::Database &db, const store::AgendaScope &scope, const QString &whose,
                   const MoneyFormatter &money);

    QString html() const;
    int itemCount() const { return m_items; }
    // Lays the sheet out on a printer or PDF writer (A4 or Letter as set).
    void printTo(QPagedPaintDevice *device) const;
    // False when the file cannot be written.
    bool savePdf(const QString &path) const;

    static constexpr int kMaxItems = 5000;

private:
    QString m_html;
    int m_items = 0;
};

} // namespace libreta::ui
