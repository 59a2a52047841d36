#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

enum class DiscountStatus { WithinLimit, Pending, Approved, Rejected };

// A discount agreed in a call: inside the office's limit it stands, above
// it it waits for a supervisor.
struct CallDiscount {
    domain::Id callId = 0;
    domain::Id debtorId = 0;
    domain::Money balance;
    domain::Money agreedTotal;
    int percent = 0;
    int limitPercent = 0;
    DiscountStatus status = DiscountStatus::WithinLimit;
};

class CallDiscountRepository final {
public:
    explicit CallDiscountRepository(Database &db) : m_db(db) {}

    void add(const CallDiscount &discount);
    std::optional<CallDiscount> forCall(domain::Id callId);
    // Discounts waiting for a supervisor, oldest first.
    QList<CallDiscount> pending(int limit);

private:
    Database &m_db;
};

} // namespace libreta::store
