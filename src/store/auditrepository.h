#pragma once

#include "domain/entities.h"

#include <functional>

namespace libreta::store {

class Database;

struct AuditEntry {
    domain::Id id = 0;
    QDateTime at;
    std::optional<domain::Id> userId;
    QString action;   // "payment.post", "call.commit", "contact.override"
    QString entity;   // "payment", "call", ...
    std::optional<domain::Id> entityId;
    QString details;  // what a supervisor needs to read: reasons, never personal data beyond ids
};

// Which entries the activity log reads: days of the desk, both included
// (invalid: no bound), one person (the entries they wrote), one action,
// one debtor (the entries about it; a review of its call is not).
struct AuditQuery {
    QDate from;
    QDate to;
    std::optional<domain::Id> userId;
    std::optional<domain::Id> debtorId;
    QString action;  // empty: every action
};

// Where a page of the log ended: the next one starts after it.
struct AuditKey {
    QDateTime at;  // UTC
    domain::Id id = 0;
};

// An entry as the log shows it: who wrote it, and the debtor and the
// amount it is about when it has them.
struct AuditLine {
    AuditEntry entry;
    QString userName;   // empty: nobody named (Libreta's own close of the day, or a desk naming nobody)
    QString userLogin;
    std::optional<domain::Id> debtorId;
    QString debtorName;
    QString debtorRef;
    std::optional<domain::Money> amount;  // a payment's or an invoice's
    // What the person wrote, for a supervisor reading the day: a note's
    // words, or a call's reason in the debtor's words and its notes of each
    // stage (a correction's line shows the correction's).
    QString written;

    AuditKey key() const { return {entry.at, entry.id}; }
};

// The append-only audit log of schema 1, read through the indexes of
// schemas 15 and 16.
class AuditRepository final {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    domain::Id add(const AuditEntry &entry);
    QList<AuditEntry> latest(int limit);

    // Newest first, `limit` entries after `after`.
    QList<AuditLine> page(const AuditQuery &query, const std::optional<AuditKey> &after, int limit);
    // Every entry the query matches, oldest first (the export).
    void each(const AuditQuery &query, const std::function<void(const AuditLine &)> &visit);
    // The actions the log holds, for the log's choice of action.
    QStringList actions();

private:
    Database &m_db;
};

} // namespace libreta::store
