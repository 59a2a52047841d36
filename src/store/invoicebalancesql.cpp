#include "store/invoicebalancesql.h"

namespace libreta::store {

QString allocatedToInvoiceSql(const QString &invoice)
{
    return QStringLiteral("coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.invoice_id = %1.id), 0)")
        .arg(invoice);
}

QString adjustedOffInvoiceSql(const QString &invoice)
{
    return QStringLiteral("coalesce((SELECT sum(l.amount) FROM adjustment_lines l WHERE l.invoice_id = %1.id), 0)")
        .arg(invoice);
}

QString takenOffInvoiceSql(const QString &invoice)
{
    return QStringLiteral("(%1 + %2)").arg(allocatedToInvoiceSql(invoice), adjustedOffInvoiceSql(invoice));
}

} // namespace libreta::store
