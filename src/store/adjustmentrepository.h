#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// Adjustments to what debtors owe (schema 19) and their lines, the amounts
// taken off each invoice.
class AdjustmentRepository final {
public:
    explicit AdjustmentRepository(Database &db) : m_db(db) {}

    // Stores the adjustment and its lines; returns its id.
    domain::Id add(const domain::Adjustment &adjustment);
    // Newest first, withdrawn ones included (without lines).
    QList<domain::Adjustment> forDebtor(domain::Id debtorId);
    // The discount granted for `callId` that still stands, if any.
    std::optional<domain::Adjustment> standingForCall(domain::Id callId);
    // Marks it withdrawn and deletes its lines, so what it took off is owed
    // again; false (nothing written) when it was withdrawn already.
    bool withdraw(domain::Id adjustmentId, const QDateTime &atUtc);

private:
    QList<domain::Adjustment> read(const QString &filter, const QString &name, domain::Id id);
    Database &m_db;
};

} // namespace libreta::store
