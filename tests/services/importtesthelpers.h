#pragma once

// What the importer's tests share: the corpus folder, a clock fixed after
// every date in it, running an import as the CLI and the wizard do, and
// reading back what was stored.

#include "domain/clock.h"
#include "services/importservice.h"
#include "services/inputerror.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <functional>

namespace libreta::test {

inline QString corpus(const char *name)
{
    return QDir(QStringLiteral(LIBRETA_TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(name));
}

// 15 January 2026: after every date in the corpus.
inline const domain::FixedClock &importClock()
{
    static const domain::FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return clock;
}

inline services::ImportRequest importRequest(services::ImportKind kind, const char *file)
{
    services::ImportRequest r;
    r.kind = kind;
    r.path = corpus(file);
    return r;
}

inline services::ImportResult runImport(store::Database &db, services::ImportKind kind, const char *file,
                                        const std::function<void(services::ImportRequest &)> &tweak = {})
{
    auto request = importRequest(kind, file);
    if (tweak)
        tweak(request);
    return services::ImportService(db, importClock()).run(request);
}

// Imports `content` as a file of its own: a case written in the test.
inline services::ImportResult runImportText(store::Database &db, services::ImportKind kind, const QByteArray &content,
                                           const std::function<void(services::ImportRequest &)> &tweak = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    return runImport(db, kind, "", [&](services::ImportRequest &q) {
        q.path = path;
        if (tweak)
            tweak(q);
    });
}

// The debtors the invoice, payment and contact tests import into.
inline void importBaseDebtors(store::Database &db)
{
    const auto r = runImport(db, services::ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv");
    REQUIRE(r.stored);
    REQUIRE(r.added == 3);
}

inline domain::Debtor storedDebtor(store::Database &db, const QString &ref)
{
    const auto d = store::DebtorRepository(db).byRef(ref);
    REQUIRE(d.has_value());
    return *d;
}

inline domain::Invoice storedInvoice(store::Database &db, const QString &ref, const QString &number)
{
    const auto inv = store::InvoiceRepository(db).byNumber(storedDebtor(db, ref).id, number);
    REQUIRE(inv.has_value());
    return *inv;
}

// Rows in a table (the names are the test's own, never input).
inline qint64 rowsIn(store::Database &db, const char *table)
{
    return store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).execScalar();
}

struct Counts {
    qint64 debtors, contacts, invoices, payments, allocations, audit;
    bool operator==(const Counts &) const = default;
};

inline Counts countsOf(store::Database &db)
{
    return {rowsIn(db, "debtors"), rowsIn(db, "contacts"), rowsIn(db, "invoices"), rowsIn(db, "payments"),
            rowsIn(db, "allocations"), rowsIn(db, "audit_log")};
}

// What `libreta-cli check` compares: no debtor's stored totals differ from
// a recomputation from the source rows.
inline bool totalsConsistent(store::Database &db) { return store::TotalsRepository(db).mismatches().isEmpty(); }

inline QString messagesOf(const services::ImportResult &r)
{
    QStringList lines;
    for (const auto &refusal : r.refusals)
        for (const auto &p : refusal.problems)
            lines << QStringLiteral("%1 %2: %3").arg(refusal.line).arg(p.field, p.message);
    return lines.join(QLatin1Char('\n'));
}

template <typename Action>
QString importRefusal(Action action)
{
    try {
        action();
    } catch (const services::InputError &e) {
        return e.message();
    }
    return {};
}

} // namespace libreta::test
