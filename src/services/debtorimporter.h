#pragma once

#include "services/rowimporter.h"
#include "store/importrepository.h"

#include <QHash>
#include <QSet>

namespace libreta::services {

// Debtors matched by reference: a new reference is added (with the
// debtor's own contact when the row gives a phone or an e-mail), a known
// one updated with the fields the row fills in; an empty cell never erases
// what is stored.
class DebtorImporter final : public RowImporter {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    explicit DebtorImporter(const ImportContext &context);
    RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) override;
    void finish(bool kept) override;

private:
    bool updateOwnContact(domain::Id debtorId, const DebtorRow &row);

    store::ImportRepository m_store;
    domain::Id m_debtorsBefore;
    QSet<domain::Id> m_seen;
    // The office's segments by their folded name, and those the file adds:
    // a row's segment is spelled as the office already spells it
    // (domain::segmentAsSpelled, row by row without a query).
    QHash<QString, QString> m_segments;
    QString spelled(const QString &segment);
};

} // namespace libreta::services
