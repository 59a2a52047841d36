#pragma once

#include "services/debtorspellings.h"
#include "services/rowimporter.h"
#include "store/importrepository.h"

#include <QSet>

#include <unordered_map>
#include <vector>

namespace libreta::services {

// Invoices matched by debtor and number: a new number is added, a known one
// updated where its dates, amount or dispute differ. Fast on millions of
// rows: one statement per new invoice (the unique index tells new from
// known), the debtor looked up once per run of its rows. Totals at the end:
// a debtor that only gained invoices has its totals moved by what it gained
// (one statement, where the full recomputation reads every source table:
// twenty index lookups per debtor, a minute at a million); a debtor with an
// invoice updated is recomputed with the check's query.
class InvoiceImporter final : public RowImporter {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit InvoiceImporter(const ImportContext &context);
    RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) override;
    void finish(bool kept) override;

private:
    // What the new invoices of one run of a debtor's rows add to its totals.
    struct Added {
        domain::Id debtorId = 0;
        domain::Money amount;
        int count = 0;
        QDate earliestDue;
    };
    void added(domain::Id debtorId, domain::Money amount, const QDate &due);
    // Every debtor the file added invoices to or raised one of, in id order.
    std::vector<domain::Id> debtorsOwingMore() const;
    void payNewInvoicesFromCredit(const std::vector<domain::Id> &gained);
    void reopenOwingAgain(const std::vector<domain::Id> &gained);

    // `name` names the debtor when the import creates it (its reference
    // when the file has no name for it).
    domain::Id debtorFor(QByteArrayView ref, QByteArrayView name, QList<FieldProblem> &problems);
    // The stored invoice a row names by a number it had before it was
    // renumbered in Libreta, unless an invoice carries that number now.
    std::optional<store::StoredInvoice> renumbered(domain::Id debtorId, QByteArrayView number);

    store::ImportRepository m_store;
    DebtorSpellings m_spellings{m_store};
    domain::Id m_invoicesBefore;
    QSet<domain::Id> m_seen;  // stored invoices this file already named
    QHash<QPair<domain::Id, QByteArray>, domain::Id> m_formerNumbers;  // see ImportRepository
    QHash<domain::Id, QByteArray> m_namedByFormer;  // of m_seen, those named by a former number: which
    QByteArray m_lastRef;
    domain::Id m_lastDebtor = 0;
    InvoiceRow m_row;
    QString m_disputeReason;
    std::vector<Added> m_added;
    static constexpr qint64 kSuspendAfterRows = 20000;
    qint64 m_addedRows = 0;
    bool m_numberSearchSuspended = false;
    // Debtors with an invoice amount the file changed, and by how much
    // (negative: lowered).
    std::vector<std::pair<domain::Id, domain::Money>> m_amountChanges;
    std::unordered_map<domain::Id, domain::Money> m_creditUsed;  // what credit paid, by debtor
};

} // namespace libreta::services
