#pragma once

#include <QDateTime>

namespace libreta::store {

class Database;

// The activity log of a demo office: the entries the services would have
// written for the calls, payments, notes, reviews and discount decisions
// made since `sinceUtc`, in the services' own shape (services/audittrail.h;
// keep the two in step), so the log reads like an office's. Older work
// stays out of the log: a month is what a supervisor reads. `today`: the
// demo's day, whose payments are posted as the office opens.
void writeDemoActivity(Database &db, const QDateTime &sinceUtc, const QDate &today);

} // namespace libreta::store
