#pragma once

#include "services/rowimporter.h"
#include "store/importrepository.h"

#include <QSet>

namespace libreta::services {

// Invoices matched by debtor and number: a new number is added, a known one
// updated where its dates, amount or dispute differ. Fast on millions of
// rows: one statement per new invoice (the unique index tells new from
// known), the debtor looked up once per run of its rows, totals refreshed
// together at the end.
class InvoiceImporter final : public RowImporter {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit InvoiceImporter(const ImportContext &context);
    RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) override;

private:
    domain::Id debtorFor(QByteArrayView ref, QList<FieldProblem> &problems);

    store::ImportRepository m_store;
    domain::Id m_invoicesBefore;
    QSet<domain::Id> m_seen;  // stored invoices this file already named
    QByteArray m_lastRef;
    domain::Id m_lastDebtor = 0;
    InvoiceRow m_row;
    QString m_disputeReason;
};

} // namespace libreta::services
