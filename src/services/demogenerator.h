#pragma once

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct DemoOptions {
    int debtors = 1000;
    quint32 seed = 1;
    QDate today;  // invalid = QDate::currentDate()
    // ISO 4217 code of the office's money; empty keeps the file's own (pesos
    // unless `libreta-cli init --currency` chose another).
    QString currencyCode;
};

struct DemoSummary {
    qint64 debtors = 0, contacts = 0, invoices = 0, payments = 0, calls = 0, promises = 0, followups = 0,
           users = 0;
};

// Fills an EMPTY database (refuses with store::StoreError if debtors exist)
// with a realistic office: settings, users, a call script and `debtors`
// debtors with a year of calls, promises, payments and follow-ups as of
// `options.today`. Same seed => same data (only the store's own created_at
// stamps differ). Commits in batches; progress(done, total) may be null.
DemoSummary generateDemo(store::Database &db, const DemoOptions &options,
                         const std::function<void(qint64, qint64)> &progress = {});

} // namespace libreta::services
