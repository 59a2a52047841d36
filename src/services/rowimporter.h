#pragma once

#include "csv/csvparser.h"
#include "domain/clock.h"
#include "services/importrows.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace libreta::store {
class Database;
class ImportRepository;
}

namespace libreta::services {

class DebtorSpellings;

enum class RowOutcome { Added, Updated, Unchanged, Refused };

struct ImportContext {
    store::Database &db;
    const domain::Clock &clock;
    const RowReader &reader;
    bool createDebtors = false;
    std::optional<domain::Id> userId;
    // What a debtor the import adds is given (no file has a column for it).
    QString debtorTimeZone = domain::OfficeSettings().debtorTimeZone;
    // Whose a debtor the import adds is: a one-person office's owner
    // (services::onlyUser), else nobody until assigned.
    std::optional<domain::Id> newDebtorsAgent;
};

// Stores the rows of one kind of file, one at a time, inside the import's
// transaction: a row already stored (same reference, or same debtor and
// number) is compared and updated only where the file says something else.
class RowImporter {
public:
    explicit RowImporter(const ImportContext &context);
    virtual ~RowImporter();
    Q_DISABLE_COPY_MOVE(RowImporter)

    // Refused rows say why in `problems` and store nothing.
    virtual RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) = 0;
    // After the last row: the totals of every debtor the rows changed.
    // `kept` is false when the import's transaction is to be rolled back
    // (a dry run, refused rows in an all-or-nothing import): what the
    // rollback restores by itself need not be rebuilt first.
    virtual void finish(bool kept);
    qint64 debtorsCreated() const { return m_debtorsCreated; }
    // Of those, the ones the file gave no name: named by their reference.
    qint64 debtorsNamedByRef() const { return m_debtorsNamedByRef; }
    // Settled or written-off debtors the file made owe, active again.
    qint64 debtorsReactivated() const { return m_debtorsReactivated; }

    static std::unique_ptr<RowImporter> create(ImportKind kind, const ImportContext &context);

protected:
    // The totals of this debtor are recomputed in finish().
    void touch(domain::Id debtorId);
    // The debtor a contact or payment row names; when there is none the row
    // is refused with a problem on debtor_ref.
    std::optional<domain::Debtor> knownDebtor(const QString &ref, QList<FieldProblem> &problems);

    ImportContext m_context;
    qint64 m_debtorsCreated = 0;
    qint64 m_debtorsNamedByRef = 0;
    qint64 m_debtorsReactivated = 0;

private:
    std::vector<domain::Id> m_touched;
    // For a contact or payment row that names its debtor in another
    // spelling; made at the first such row.
    std::unique_ptr<store::ImportRepository> m_keys;
    std::unique_ptr<DebtorSpellings> m_spellings;
};

} // namespace libreta::services
