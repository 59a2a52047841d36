#pragma once

#include "domain/entities.h"
#include "domain/promiseevaluation.h"

namespace libreta::store {

class Database;

class PaymentRepository final {
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    // Stores the payment and its allocations; `unallocated` is derived.
    // `createdAtUtc`: when it was recorded, by the service's clock.
    domain::Id add(const domain::Payment &payment, std::optional<domain::Id> createdBy = std::nullopt,
                   const QDateTime &createdAtUtc = QDateTime::currentDateTimeUtc());
    // Newest first, reversed ones included (with their reversal).
    QList<domain::Payment> forDebtor(domain::Id debtorId);
    // One payment, with its allocations and its reversal if it has one.
    std::optional<domain::Payment> byId(domain::Id paymentId);
    // Marks the payment reversed and deletes its allocations, so every
    // balance derived from allocations counts it no more; false (and
    // nothing written) when it was already reversed or does not exist.
    bool reverse(domain::Id paymentId, const domain::Payment::Reversal &reversal);
    // More of a payment applied to invoices (its credit paying invoices
    // owed again after another payment was reversed).
    void addAllocations(domain::Id paymentId, const QList<domain::Allocation> &allocations);
    // Payments dated on or after `from`, or entered after `orEnteredAfter`
    // whatever their date, oldest first, as promise evaluation reads them
    // (domain::countsToward): a reversed payment is not among them.
    QList<domain::PaymentEvent> eventsSince(domain::Id debtorId, const QDate &from,
                                            const QDateTime &orEnteredAfter = {});
    // Payments that count, recorded after `instantUtc`: dated after its local
    // day, or on it and stored since (a payment of the same morning was
    // already in the balance a call agreed on).
    QList<domain::PaymentEvent> eventsAfter(domain::Id debtorId, const QDateTime &instantUtc);

private:
    QList<domain::Payment> read(const QString &filter, const QString &name, domain::Id id);
    Database &m_db;
};

} // namespace libreta::store
