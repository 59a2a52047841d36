#pragma once

#include <QString>

namespace libreta::store {

// The one definition of what an invoice no longer owes, for every statement
// that derives a balance (store-internal). Payments take money off an
// invoice through their allocations and adjustments (schema 19: a discount
// granted, a correction, a write-off) through their lines; an invoice owes
// its amount less both. `invoice` is the alias the statement gives the
// invoices row ("i").
QString allocatedToInvoiceSql(const QString &invoice);
QString adjustedOffInvoiceSql(const QString &invoice);
// Both together: what the invoice no longer owes.
QString takenOffInvoiceSql(const QString &invoice);

} // namespace libreta::store
