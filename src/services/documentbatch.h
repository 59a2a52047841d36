#pragma once

#include "domain/clock.h"
#include "services/documentservice.h"
#include "store/portfoliorepository.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct DocumentBatchRequest {
    // The kind, the language and the formats; its debtor is not used.
    DocumentRequest document;
    // The debtors the portfolio shows (its search, filters and order)...
    store::PortfolioQuery query;
    // ...or those picked in it, in this order, when not empty.
    QList<domain::Id> chosen;
    // A letter is contact too: a debtor who asked not to be contacted gets none.
    bool skipDoNotContact = true;
    // Statements only: a debtor who owes nothing has nothing to be told.
    bool skipNothingOwed = true;
};

// Why a debtor of the batch got no document.
enum class BatchSkip {
    DoNotContact, NothingOwed, NoPendingPromise, StillOwes, NoInvoices, WrittenOff, NothingOverdue, PromisePending, Gone
};

struct BatchTally {
    qint64 seen = 0;      // debtors looked at so far
    qint64 composed = 0;  // documents handed out by next()
    QMap<BatchSkip, qint64> skipped;
    qint64 skippedCount() const;
};

// The same letter or statement for many debtors: those the portfolio
// shows or those picked in it, in the portfolio's order, read a page at a
// time (a million debtors are never held at once), each composed as
// DocumentService composes one. Debtors a document does not apply to are
// passed over and counted by reason. Reading only; record() writes what
// was written once the caller has written the documents.
class DocumentBatch final {
    Q_DECLARE_TR_FUNCTIONS(DocumentBatch)

public:
    DocumentBatch(store::Database &db, const domain::Clock &clock, QString officeTemplates,
                  DocumentBatchRequest request);

    // How many debtors the batch looks at: those picked, or those shown.
    qint64 debtorCount();
    // Looks at one more debtor: its document, or nothing when the document
    // does not apply to it (counted) or every debtor was seen (finished()).
    // A caller that must stay responsive steps; one debtor is a few
    // milliseconds, where a run of debtors passed over can be thousands.
    // Throws InputError when the template is missing.
    std::optional<Document> step();
    bool finished() const { return m_finished; }
    // The next debtor's document, stepping over those it does not apply
    // to; nothing once every debtor was seen.
    std::optional<Document> next();
    const BatchTally &tally() const { return m_tally; }

    // What was written, in one transaction: a line in the file of each
    // debtor in `writtenFor` (the caller's: a document composed is not
    // written until its PDF is), and the activity's entry
    // (`document.batch`: the kind, how many were written and passed over,
    // whether it was stopped; never a name).
    void record(std::optional<domain::Id> userId, const QList<domain::Id> &writtenFor, bool stopped);

    // "Account statements": a batch's PDF's title, in the desk's language.
    static QString kindTitle(DocumentKind kind);
    // "3 account statements", in the desk's language.
    static QString kindWords(DocumentKind kind, qint64 count);
    // "Left out: 2 marked do not contact, 5 who owe nothing."; empty when
    // nobody was.
    QString skippedText() const;

private:
    std::optional<domain::Id> nextDebtor();

    store::Database &m_db;
    const domain::Clock &m_clock;
    DocumentService m_documents;
    DocumentBatchRequest m_request;
    std::optional<OfficeDetails> m_office;
    QString m_template;
    QList<domain::Id> m_page;
    qsizetype m_inPage = 0;
    std::optional<store::PortfolioKey> m_after;
    qsizetype m_chosenAt = 0;
    bool m_lastPage = false;
    bool m_finished = false;
    // The debtors already looked at: a payment at another desk can move a
    // debtor of an order by balance past the page being read, and a debtor
    // gets one letter, not two.
    QBitArray m_seen;
    BatchTally m_tally;
};

} // namespace libreta::services
