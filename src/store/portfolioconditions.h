#pragma once

#include "domain/textfold.h"
#include "store/portfoliorepository.h"

#include <QList>
#include <QString>

#include <functional>

namespace libreta::store {

class BoundSql;

// The SQL of a portfolio query's search and filters (store-internal; the
// repository decides how the rows are reached, this says which rows match).
//
// What the search matches: the typed text is folded like debtors.search_text
// (no accents, no case, no punctuation: "Pérez" == "perez") and split in
// words; a debtor matches when every typed word starts some word of its
// name, reference or tax id, in any order ("perez jose" finds "José Pérez
// Núñez", "cli-00012" finds CLI-000123). A text without letters and with at
// least kMinPhoneDigits digits also finds the debtors one of whose phone
// numbers starts with those digits, as stored or after a calling code of
// the Spanish-speaking market ("55 1234 5678" finds "+52 55-1234-5678").
// A text that can be an invoice number (domain::InvoiceNumberSearch: at
// least four characters from its first digit) also finds the debtors with
// an invoice, or an invoice's former number, it matches: its key's tail
// starts with the typed one's and its key holds the typed key whole
// ("44528" and "fac-4452" find FAC-44528; "abc4452" does not). A start
// more than kMaxInvoiceMatches numbers share, current and former together
// ("2026" in an office whose numbers start with the year), finds only the
// numbers it is whole (their tail equals it) until more is typed.
// Not found on purpose: the middle of a word ("erez"), a phone number by its
// last digits, text in notes or calls.
class PortfolioConditions final {
public:
    static constexpr int kMinPhoneDigits = 4;  // fewer would match a good part of a city's phones
    // An invoice number is looked for among at most this many invoices'
    // numbers (or as many former ones); a start shared by more waits for
    // more digits. A thousand invoices' debtors cost about a millisecond.
    static constexpr int kMaxInvoiceMatches = 1000;

    // How the search is tested. Each finds the same debtors; what differs
    // is what it reads per row (see portfoliorepository.cpp).
    enum class SearchTest {
        OnText,  // each word's start looked for in d.search_text: reads the debtor (free on the name index)
        InMatches,  // t.debtor_id (d.id when walksDebtors()) among the matches, read once
        Implied,  // the rows come from the matches already: nothing to test
        InWords,  // the rows come from debtor_words `w` (one word's range): the other words on w.search_text
        // The words alone looked for in d.search_text: the rows come from
        // the name index's range of one word, and a phone's or an invoice
        // number's matches are read in parts of their own.
        WordsOnText,
    };
    // What a source is, so the repository can tell which sets it knows.
    enum class SourceKind { Search, Status, Segment, Agent, DoNotContact, Aging, PromiseDue, BrokenPromise };

    // A set of debtors one index lists directly ("status = legal", the
    // full-text matches of the search). When one is small, reading it and
    // sorting what it holds beats walking the sort order looking for them.
    struct Source {
        // Appends its parameters to `sql` and returns a SELECT of debtor ids
        // (column `id`, each id once).
        std::function<QString(BoundSql &sql)> ids;
        SourceKind kind = SourceKind::Search;
    };

    explicit PortfolioConditions(const PortfolioQuery &query);
    void setSearchTest(SearchTest test) { m_searchTest = test; }
    // Sorted by the column a filter fixes (status, segment, agent), a walk
    // reads only that filter's section, where the filter holds already: its
    // clause is left out (a totals row read per debtor for nothing).
    void setSectionImplied(bool implied) { m_sectionImplied = implied; }
    // Whether source `kind` is a filter on the sorted column of few values.
    bool fixesSortedColumn(SourceKind kind) const;

    // Adds one WHERE clause per condition, tested row by row on `d`
    // (debtors) and `t` (debtor_totals). Columns are written as `+d.x` so
    // SQLite never swaps the caller's chosen way in (the sort order's index,
    // or a source) for a condition's own index. The agent, unassigned and
    // do-not-contact filters look the row's debtor (`rowId`: s.id, d.id,
    // t.debtor_id, w.debtor_id) up in their own narrow index instead of
    // reading its wide row: an agent's "garcia" sorted by outstanding read
    // the 11,550 matches' rows at random (42 ms at a million debtors; 11 ms
    // so).
    void addTo(BoundSql &sql, const QString &rowId) const { addTo(sql, Table::Both, rowId); }
    // The FROM clause of a walk along the order of debtors d (walkDebtors)
    // or debtor_totals t, the conditions added to `sql` (before any other
    // clause): those on the walked table as they are, the other table's in
    // a correlated EXISTS. A join reads the same rows, but with SQLite's
    // statistics in the file (a demo office has them) the planner may
    // first build a Bloom filter of the other table, a scan of every row
    // of it before the walk's first step: 0.4 s at a million debtors for
    // "ma" sorted by outstanding.
    QString addWalkTo(BoundSql &sql, bool walkDebtors) const;
    // Sorted by status: the debtors of status `status` an aging bucket (but
    // "current") or "with balance" leaves, as a range of the totals'
    // (status, oldest due date) or (status, outstanding) index; empty when
    // neither filter is set.
    QString statusSectionIds(BoundSql &sql, const QString &status) const;
    bool isEmpty() const { return !m_hasSearch && m_query.filters.isEmpty(); }
    bool hasSearch() const { return m_hasSearch; }
    // Whether the conditions read debtors (d) or debtor_totals (t) columns.
    bool needsDebtors() const;
    // Whether a filter is on a debtor's own columns (agent, unassigned,
    // do-not-contact), looked up in its index rather than read from `d`.
    bool filtersDebtors() const;
    // "segment" or "status" when that filter's column leads an index of the
    // sort order (debtor_totals (segment, outstanding), ...); else empty.
    QString leadingColumn() const;
    // Whether every match has no value in `sort`'s column.
    bool excludesValuesOf(PortfolioSort sort) const;
    bool needsTotals() const;
    QList<Source> sources() const;

    bool phoneLike() const { return m_phoneLike; }
    // The phones `p` whose digits start with the typed ones, as stored or
    // after a calling code, or as typed less a calling code written with
    // "+" or "00", or an old Mexican prefix (044, 045, 01) (phoneLike only).
    QString phoneRange(BoundSql &sql) const;
    // The debtors an invoice number typed finds (invoiceLike only).
    QString invoiceIds(BoundSql &sql) const;
    // What the phone and invoice matches depend on: their counts are kept
    // under these across keystrokes and filters.
    QString digits() const { return m_digits + u' ' + m_otherForms.join(u' '); }
    QString invoiceKey() const { return m_invoice.key + u' ' + m_invoice.tail; }
    bool invoiceLike() const { return m_invoiceLike; }
    // Whether the search also finds debtors by something other than their
    // words (a phone, an invoice number): a walk tests those against the
    // matches read into a set (sorted by name, they can also be read in
    // that order: see PortfolioRepository::wordsPage).
    bool findsBeyondWords() const { return m_phoneLike || m_invoiceLike; }
    // Whether a walk of the sort order reads debtors rows (name, reference
    // and the sectioned orders) rather than debtor_totals rows.
    bool walksDebtors() const;
    // The typed words, folded, each once.
    QStringList words() const;
    // The typed word whose range of debtor_words is read (the rarest, as
    // the repository counts them); the others are tested on each row.
    void setRangeWord(const QString &word) { m_rangeWord = word; }
    // The rows of debtor_words `w` whose word starts with `word`, and the
    // debtors `d` whose name starts with it: the matches that sit together
    // in name order.
    static QString wordRange(BoundSql &sql, const QString &word);
    static QString nameStartRange(BoundSql &sql, const QString &word);

    // The FTS5 query for the typed words: every word as a quoted prefix.
    static QString matchExpression(const QStringList &words);
    // An invoice number's key and its tail in SQL, as domain::invoiceNumberKey
    // and invoiceNumberTail compute them; the tail is what the former
    // numbers' index holds (schema 28), and a query reaches it only written
    // exactly so. An invoice keeps its tail in a column (schema 30).
    static QString invoiceNumberKeySql(const QString &column);
    static QString invoiceNumberTailSql(const QString &column);

private:
    QString phoneIds(BoundSql &sql) const;
    QString searchIds(BoundSql &sql) const;
    enum class Table { Both, Debtors, Totals };
    // The clauses on `table`'s columns (Both: all of them), and with Both
    // or the walked table the debtor's index look-ups (see addTo).
    void addTo(BoundSql &sql, Table table, const QString &rowId) const;
    void addLookupsTo(BoundSql &sql, const QString &rowId) const;
    void addSearchTo(BoundSql &sql) const;
    // The table the search's clause reads (Both: another, debtor_words w).
    Table searchTable() const;

    PortfolioQuery m_query;
    QStringList m_words;  // folded
    QString m_digits;
    QStringList m_otherForms;  // the typed number without a way of dialling, with and without a calling code
    domain::InvoiceNumberSearch m_invoice;
    QString m_rangeWord;
    bool m_phoneLike = false;
    bool m_invoiceLike = false;
    bool m_sectionImplied = false;
    bool m_hasSearch = false;
    SearchTest m_searchTest = SearchTest::OnText;
};

} // namespace libreta::store
