#pragma once

#include "domain/entities.h"

#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::test {

inline domain::Money pesos(qint64 whole, qint64 cents = 0)
{
    return domain::Money::fromMinor(whole * 100 + cents);
}

// Adds a debtor (with its totals row) and returns its id.
domain::Id addDebtor(store::Database &db, const QString &ref, const QString &name = QStringLiteral("José Pérez Núñez"));
// Adds an invoice due on `due` for `amount`.
domain::Id addInvoice(store::Database &db, domain::Id debtorId, const QString &number, const QDate &due,
                      domain::Money amount);

} // namespace libreta::test
