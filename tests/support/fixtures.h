#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

namespace libreta::store {
class Database;
}

namespace libreta::test {

inline domain::Money pesos(qint64 whole, qint64 cents = 0)
{
    return domain::Money::fromMinor(whole * 100 + cents);
}

// The office keeps its accounts in `currencyCode` ("PEN", "EUR").
void setOfficeCurrency(store::Database &db, const QString &currencyCode);

// Adds a debtor (with its totals row) and returns its id.
domain::Id addDebtor(store::Database &db, const QString &ref, const QString &name = QStringLiteral("José Pérez Núñez"));
// Adds a contact of the debtor with these phone numbers (labelled "móvil").
void addPhones(store::Database &db, domain::Id debtorId, const QStringList &numbers);
// Adds an invoice due on `due` for `amount`.
domain::Id addInvoice(store::Database &db, domain::Id debtorId, const QString &number, const QDate &due,
                      domain::Money amount);
// Adds a pending promise of `amount` due on `due`, made on `madeOn`, with no
// call and no follow-ups, and refreshes the debtor's totals.
domain::Id addPromise(store::Database &db, domain::Id debtorId, domain::Money amount, const QDate &due,
                      const QDate &madeOn);
// Adds an office user and returns its id.
domain::Id addUser(store::Database &db, const QString &login, const QString &name, domain::UserRole role);
// Two agents, Ana and Beto, and their supervisor Susana: the office of the
// tests that need who did what.
struct TwoAgentsAndSupervisor {
    domain::Id ana = 0;
    domain::Id beto = 0;
    domain::Id sue = 0;
};
TwoAgentsAndSupervisor addTwoAgentsAndSupervisor(store::Database &db);
// Adds a call of `agentId` to the debtor at `startedAtUtc` (three minutes
// long; a promise when someone answered); returns its id.
domain::Id addCall(store::Database &db, domain::Id debtorId, domain::Id agentId, const QDateTime &startedAtUtc,
                   domain::AnsweredBy answeredBy = domain::AnsweredBy::Debtor);
// Adds an open follow-up of `kind` for the debtor due on `due` (at `at`, or
// any time of that day), for `assignedTo`; returns its id.
domain::Id addFollowUp(store::Database &db, domain::Id debtorId, domain::FollowUpKind kind, const QDate &due,
                       std::optional<domain::Id> assignedTo = std::nullopt, std::optional<QTime> at = std::nullopt);
// Adds an open call-back of the debtor due on `due` (at `at`, or any time
// of that day), for `assignedTo`, with its own words; returns its id.
domain::Id addCallback(store::Database &db, domain::Id debtorId, const QDate &due, std::optional<QTime> at,
                       std::optional<domain::Id> assignedTo = std::nullopt, const QString &words = {},
                       std::optional<domain::Id> callId = std::nullopt);
// Adds a promise call of `agentId` that agreed `percent` off a balance of
// 10,000.00 against a limit of 10%: waiting for a supervisor above it.
// Its commitment reads "Pago de 8500 pesos el viernes…" (at 15%); returns its id.
domain::Id addDiscountCall(store::Database &db, domain::Id debtorId, domain::Id agentId, const QDateTime &startedAtUtc,
                           int percent);

} // namespace libreta::test
