#include "support/fixtures.h"

#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/totalsrepository.h"

namespace libreta::test {

domain::Id addDebtor(store::Database &db, const QString &ref, const QString &name)
{
    domain::Debtor d;
    d.externalRef = ref;
    d.name = name;
    d.taxId = QStringLiteral("PENJ800101AB1");
    return store::DebtorRepository(db).add(d);
}

domain::Id addInvoice(store::Database &db, domain::Id debtorId, const QString &number, const QDate &due,
                      domain::Money amount)
{
    domain::Invoice inv;
    inv.debtorId = debtorId;
    inv.number = number;
    inv.issueDate = due.addDays(-30);
    inv.dueDate = due;
    inv.amount = amount;
    const auto id = store::InvoiceRepository(db).add(inv);
    store::TotalsRepository(db).refresh(debtorId);
    return id;
}

} // namespace libreta::test
