#pragma once

#include "domain/entities.h"
#include "domain/promiseevaluation.h"

namespace libreta::store {

class Database;

class PaymentRepository final {
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    // Stores the payment and its allocations; `unallocated` is derived.
    domain::Id add(const domain::Payment &payment, std::optional<domain::Id> createdBy = std::nullopt);
    QList<domain::Payment> forDebtor(domain::Id debtorId);
    // Payments dated on or after `from`, oldest first, as promise evaluation reads them.
    QList<domain::PaymentEvent> eventsSince(domain::Id debtorId, const QDate &from);

private:
    Database &m_db;
};

} // namespace libreta::store
