#pragma once

#include "services/rowimporter.h"
#include "store/importrepository.h"

#include <QHash>

namespace libreta::services {

// Payments go through PaymentService::post one by one, exactly as if typed
// in: allocated to the invoice the row names first, then oldest first;
// promises re-evaluated; totals refreshed. A payment already stored (same
// debtor, date, amount and reference) is reported unchanged, so a bank file
// imported twice is not counted twice; payments are never edited by an import.
class PaymentImporter final : public RowImporter {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit PaymentImporter(const ImportContext &context);
    RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) override;

private:
    store::ImportRepository m_store;
    domain::Id m_paymentsBefore;
    // Stored payments each file row already matched, by key: two equal rows
    // match two equal stored payments, not the same one twice.
    QHash<QString, int> m_matched;
};

} // namespace libreta::services
