#pragma once

#include "domain/entities.h"

#include <QByteArrayView>
#include <QHash>
#include <QMap>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace libreta::store {

class Database;
class NativeStatement;

// An invoice as a re-import compares it with the file's row.
struct StoredInvoice {
    domain::Id id = 0;
    QString number;  // as the invoice carries it now; read by invoiceById only
    QDate issueDate;
    QDate dueDate;
    domain::Money amount;
    domain::Money allocated;  // what payments and adjustments already took off it
    domain::Money adjusted;   // of which adjustments (a discount, a correction, a write-off)
    bool disputed = false;
    QString disputeReason;
};

// What identifies a payment already stored when the same file (or an
// export of it) is imported again.
struct StoredPaymentKey {
    domain::Id id = 0;
    QDate paidOn;
    domain::Money amount;
    QString reference;
};

// The statements an import runs once per row, prepared once and run straight
// through SQLite (see NativeStatement): looking debtors up by reference,
// adding an invoice unless the debtor already has one with that number (the
// unique index answers both in one step), and reading or rewriting the one
// it has. Run inside the import's Transaction.
class ImportRepository final {
public:
    explicit ImportRepository(Database &db);
    ~ImportRepository();
    Q_DISABLE_COPY_MOVE(ImportRepository)

    std::optional<domain::Id> debtorIdByRef(QByteArrayView ref);
    // Every debtor's reference and tax id, as stored, for a file that names
    // debtors in another spelling of them (one pass over the debtors).
    void forEachDebtorKey(const std::function<void(domain::Id, QByteArrayView ref, QByteArrayView taxId)> &visit);
    // The debtor, unless one with its reference exists (then 0). With its
    // empty totals row, as DebtorRepository::add.
    domain::Id addDebtorIfNew(const domain::Debtor &debtor);

    // The new invoice's id, or 0 when the debtor already has that number.
    // `number` is UTF-8 and only read during the call.
    domain::Id addInvoiceIfNew(domain::Id debtorId, QByteArrayView number, const QDate &issue, const QDate &due,
                               domain::Money amount, bool disputed, const QString &disputeReason);
    std::optional<StoredInvoice> invoiceByNumber(domain::Id debtorId, QByteArrayView number);
    std::optional<StoredInvoice> invoiceById(domain::Id invoiceId);
    // Numbers invoices had before they were renumbered in Libreta (schema
    // 23), keyed by debtor and number: the invoice each belongs to. Few:
    // only a supervisor's corrections put them there.
    QHash<QPair<domain::Id, QByteArray>, domain::Id> formerInvoiceNumbers();
    void updateInvoice(const StoredInvoice &invoice);

    QList<StoredPaymentKey> paymentKeys(domain::Id debtorId);

    // Moves a debtor's totals by invoices just added to it (and nothing
    // else changed): their sum, their count and the earliest due date among
    // them. New invoices have nothing allocated, so these three totals are
    // the only ones they change, and they change them exactly as
    // TotalsRepository::refresh would.
    void addInvoicesToTotals(domain::Id debtorId, domain::Money amount, int count, const QDate &earliestDue);
    // Moving many debtors' totals at once costs less with the portfolio's
    // indexes on outstanding and oldest due date dropped and built again
    // after (one sort each) than kept up row by row. Inside the import's
    // transaction: a rollback brings them back as they were.
    void suspendTotalsIndexes();
    void restoreTotalsIndexes();
    // The invoice numbers' search index (schema 28) takes each new invoice
    // at a random place of its key: 3 million invoices imported into an
    // empty office took five times as long with it kept up row by row as
    // without. A load that adds many invoices sets it aside and builds it
    // again, in one sort. Inside the import's transaction.
    void suspendInvoiceNumberSearch();
    void restoreInvoiceNumberSearch();
    // A new debtor's words (schema 9, debtor_words) and full-text entry
    // (schema 2, debtor_search) are written by triggers, one debtor at a
    // time: the words at scattered places of their index (6 of the 14 s an
    // import of 100,000 debtors took), the full-text terms flushed by FTS5
    // at the end of each statement (3.6 of 8.5 s). An import of debtors
    // sets both triggers aside and writes what every debtor it added needs
    // at the end: the words in one sorted pass (1.2 s), the full-text
    // entries in one statement (2 s). Only debtors the import added are
    // left without them meanwhile, and it never updates those (a reference
    // met twice in a file is refused). Inside the import's transaction: a
    // rollback brings the triggers back.
    void deferNewDebtorsSearch();
    void writeDeferredSearch();
    qint64 debtorCount();
    // Debtors holding credit on account (payments beyond what they owed),
    // in id order: one pass over the totals, 0.1 s at a million debtors.
    std::vector<domain::Id> debtorsWithCredit();
    // Debtors settled or closed, in id order (the totals' status index).
    std::vector<domain::Id> debtorsSettledOrClosed();

    // The highest id in each table: rows above it were added by this import
    // (a reference or number met twice in one file is told from one stored
    // before).
    domain::Id maxDebtorId();
    domain::Id maxInvoiceId();
    domain::Id maxPaymentId();

private:
    std::unique_ptr<NativeStatement> storedInvoiceStatement(const char *where);
    static std::optional<StoredInvoice> readStoredInvoice(NativeStatement &s, bool withNumber);
    domain::Id maxId(const char *sql);
    void execute(const QByteArray &sql);
    // Drops the indexes `which` (a condition on sqlite_schema) selects,
    // keeping their CREATE statements in `kept`; restore() runs them again.
    void suspendIndexes(const char *which, QList<QByteArray> &kept);
    void restore(QList<QByteArray> &kept);
    void writeDeferredWords();
    void writeDeferredInitials();
    QList<QByteArray> m_suspendedTotals;  // CREATE INDEX statements to run again
    QList<QByteArray> m_suspendedNumberSearch;
    QMap<QByteArray, QByteArray> m_deferredTriggers;  // name -> the CREATE TRIGGER set aside, to run again
    domain::Id m_deferredAfter = 0;  // debtors above this id have no words nor full-text entry yet
    Database &m_db;
    sqlite3 *m_native;
    QByteArray m_now;
    std::unique_ptr<NativeStatement> m_debtorByRef;
    std::unique_ptr<NativeStatement> m_addDebtor;
    std::unique_ptr<NativeStatement> m_addTotals;
    std::unique_ptr<NativeStatement> m_addInvoice;
    std::unique_ptr<NativeStatement> m_invoiceByNumber;
    std::unique_ptr<NativeStatement> m_invoiceById;
    std::unique_ptr<NativeStatement> m_updateInvoice;
    std::unique_ptr<NativeStatement> m_paymentKeys;
    std::unique_ptr<NativeStatement> m_addToTotals;
};

} // namespace libreta::store
