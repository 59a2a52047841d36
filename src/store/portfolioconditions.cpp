#include "store/portfolioconditions.h"

#include "store/portfoliosql.h"

#include "domain/entitycodes.h"
#include "domain/officecountry.h"
#include "domain/textfold.h"
#include "store/boundsql.h"
#include "store/sqlquery.h"

#include <algorithm>

namespace libreta::store {
namespace {

// Calling codes tried in front of a national number typed without one:
// Mexico and Spain first (the demo and the first offices), then the rest of
// the Spanish-speaking market and the North American plan.
const QStringList &callingCodes()
{
    static const QStringList codes = {
        QStringLiteral("52"),  QStringLiteral("34"),  QStringLiteral("57"),  QStringLiteral("54"),
        QStringLiteral("56"),  QStringLiteral("51"),  QStringLiteral("58"),  QStringLiteral("593"),
        QStringLiteral("502"), QStringLiteral("503"), QStringLiteral("504"), QStringLiteral("505"),
        QStringLiteral("506"), QStringLiteral("507"), QStringLiteral("591"), QStringLiteral("595"),
        QStringLiteral("598"), QStringLiteral("1")};
    return codes;
}

// [prefix, prefix + U+10FFFF): every text starting with `prefix` under the
// binary collation, as a range an index can walk (LIKE 'x%' would not use it).
QString prefixRange(BoundSql &sql, const QString &column, const QString &prefix)
{
    static const char32_t last = 0x10FFFF;
    return QStringLiteral("(%1 >= %2 AND %1 < %3)")
        .arg(column, sql.param(prefix), sql.param(QString(prefix + QString::fromUcs4(&last, 1))));
}

// The number as it may be stored, when what was typed in front of it is
// a way of dialling rather than part of it: an international prefix
// written as such ("+52 81…", "0052 81…"), or a prefix Mexico dialled
// before 2019 ("044 81…" for a mobile, "01 81…" long distance), which
// some still say and type. Each as kept without a calling code ("81…")
// and with its own ("5281…", or "005281…" as spreadsheets write it). Only
// when written so: "52 12…" may be a number of its own.
QStringList otherStoredForms(const QString &typed, const QString &digits)
{
    QStringList out;
    const auto both = [&out](const QString &code, const QString &national) {
        out << national << code + national << QStringLiteral("00") + code + national;
    };
    const QString written = typed.trimmed();
    const bool international = written.startsWith(u'+') || digits.startsWith(QLatin1String("00"));
    if (international) {
        const QString withCode = written.startsWith(u'+') ? digits : digits.mid(2);
        for (const QString &code : callingCodes())
            if (withCode.startsWith(code) && withCode.size() - code.size() >= PortfolioConditions::kMinPhoneDigits) {
                const QString national = withCode.mid(code.size());
                both(code, national);
                // "+52 1 81…": the 1 Mexico's mobiles took from abroad until 2019.
                if (code == QLatin1String("52") && national.size() == 11 && national.startsWith(u'1'))
                    both(code, national.mid(1));
                break;
            }
    }
    // Ten digits after them: a Mexican number, not one that starts so.
    for (const QLatin1String prefix : {QLatin1String("044"), QLatin1String("045"), QLatin1String("01")})
        if (digits.startsWith(prefix) && digits.size() == prefix.size() + 10)
            both(QStringLiteral("52"), digits.mid(prefix.size()));
    // A mobile said without the 9 that comes before it: in Chile the eight
    // digits after it ("8765 4321" for +56 9 8765 4321, or "09 8765 4321"
    // as dialled before 2012); in Argentina the area code and number of
    // "+54 9 11 2345 6789" (the 9 is dialled only from abroad). Only in an
    // office of that country: a Mexican "9" + eight digits is a landline.
    if (domain::officeCountry() == domain::OfficeCountry::Chile) {
        if (digits.size() == 8 && !digits.startsWith(u'0'))
            both(QStringLiteral("56"), u'9' + digits);
        else if (digits.size() == 10 && digits.startsWith(QLatin1String("09")))
            both(QStringLiteral("56"), digits.mid(1));
    } else if (domain::officeCountry() == domain::OfficeCountry::Argentina) {
        if (digits.size() == 10 && !digits.startsWith(u'0') && !digits.startsWith(QLatin1String("54")))
            both(QStringLiteral("54"), u'9' + digits);
    }
    out.removeAll(digits);  // "+52…" typed is already the form kept with its code
    out.removeDuplicates();
    return out;
}

QString statusCode(domain::DebtorStatus status) { return domain::toCode(status); }

// The debtors of an aging bucket other than "current", as a range of
// debtor_totals' oldest due date (an index's, with or without a status).
QString agingRange(BoundSql &sql, const domain::DueDateRange &range)
{
    QStringList inRange{QStringLiteral("oldest_due_date IS NOT NULL")};
    if (range.from)
        inRange << QStringLiteral("oldest_due_date >= ") + sql.param(SqlQuery::dateText(*range.from));
    if (range.to)
        inRange << QStringLiteral("oldest_due_date <= ") + sql.param(SqlQuery::dateText(*range.to));
    return inRange.join(QStringLiteral(" AND "));
}

// Whether one of the words of `text` (a folded search_text: lower case,
// words separated by one space) starts with the folded `word`. Not LIKE
// '% word%': SQLite compiles a statement whose LIKE pattern is a bound
// value again every time it runs (it might use the pattern's prefix on an
// index), and a page of a phone number's search in name order is a long
// statement: 1.26 ms a run at 10,000 debtors with LIKE, 0.87 with instr.
QString wordStartIn(BoundSql &sql, const QString &text, const QString &word)
{
    return QStringLiteral("instr(' ' || %1, %2) > 0").arg(text, sql.param(QString(u' ' + word)));
}

} // namespace

bool PortfolioFilters::isEmpty() const
{
    return !status && segment.isEmpty() && !agentId && !unassigned && !aging && !withBalanceOnly &&
           !brokenPromise && !promiseDue && !nothingScheduled && !doNotContact;
}

PortfolioConditions::PortfolioConditions(const PortfolioQuery &query) : m_query(query)
{
    m_words = domain::foldForSearch(query.search).split(u' ', Qt::SkipEmptyParts);
    m_digits = domain::phoneDigits(query.search);
    const bool hasLetters =
        std::any_of(query.search.cbegin(), query.search.cend(), [](QChar c) { return c.isLetter(); });
    m_phoneLike = !hasLetters && m_digits.size() >= kMinPhoneDigits;
    if (m_phoneLike)
        m_otherForms = otherStoredForms(query.search, m_digits);
    m_invoice = domain::invoiceNumberSearch(query.search);
    m_invoiceLike = m_invoice.applies();
    m_hasSearch = !m_words.isEmpty();
}

QString PortfolioConditions::matchExpression(const QStringList &words)
{
    // Quoted, so a word is never read as an operator (AND, NEAR) or column
    // filter; folded words hold no quote to escape (punctuation became spaces).
    QStringList terms;
    for (const QString &word : words)
        terms << u'"' + word + QStringLiteral("\"*");
    return terms.join(QStringLiteral(" AND "));
}

QString PortfolioConditions::phoneRange(BoundSql &sql) const
{
    QStringList ranges{prefixRange(sql, QStringLiteral("p.digits"), m_digits)};
    for (const QString &form : m_otherForms)
        ranges << prefixRange(sql, QStringLiteral("p.digits"), form);
    // A national number typed finds it kept with a calling code in front,
    // written "+34…" or "0034…" (how Spanish spreadsheets write it).
    for (const QString &code : callingCodes())
        if (!m_digits.startsWith(code)) {
            ranges << prefixRange(sql, QStringLiteral("p.digits"), code + m_digits);
            if (!m_digits.startsWith(QLatin1String("00")))
                ranges << prefixRange(sql, QStringLiteral("p.digits"), QStringLiteral("00") + code + m_digits);
        }
    return u'(' + ranges.join(QStringLiteral(" OR ")) + u')';
}

QString PortfolioConditions::phoneIds(BoundSql &sql) const
{
    // The digits index holds the debtor (schema 7): no contact row is read.
    return QStringLiteral("SELECT p.debtor_id FROM contact_phones p WHERE ") + phoneRange(sql);
}

QString PortfolioConditions::invoiceNumberKeySql(const QString &column)
{
    QString key = column;
    for (const char *separator : {"-", " ", ".", "/", "_"})
        key = QStringLiteral("replace(%1, '%2', '')").arg(key, QLatin1String(separator));
    return QStringLiteral("upper(%1)").arg(key);
}

QString PortfolioConditions::invoiceNumberTailSql(const QString &column)
{
    return QStringLiteral("ltrim(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')").arg(invoiceNumberKeySql(column));
}

QString PortfolioConditions::invoiceIds(BoundSql &sql) const
{
    // A start that most of a series shares ("2026" of 2026/00145, a third
    // of a million invoices at a million debtors: a second a keystroke) is
    // not looked for until more is typed: the numbers that start so, current
    // and former, are counted first (each no further than one past
    // kMaxInvoiceMatches), in a one-row table joined before the range, so a
    // range too long is never walked (a test in the walk's own WHERE still
    // stepped through all of it: 30 ms for "2026"). A number typed whole is
    // found whatever its start shares: its tail's exact value is one look-up.
    // Typed with its letters ("fac-4452"), the key must also hold them:
    // tested on the few rows either reads.
    // An invoice's tail is its column (schema 30); a former number's, the
    // expression its index holds.
    const auto tailOf = [](const QString &table, const QString &alias) -> QString {
        return table == QLatin1String("invoices") ? alias + QStringLiteral(".number_tail")
                                                  : invoiceNumberTailSql(alias + QStringLiteral(".number"));
    };
    const auto startCount = [&](const QString &table, const QString &alias) -> QString {
        return QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM %1 %2 WHERE ").arg(table, alias) +
               prefixRange(sql, tailOf(table, alias), m_invoice.tail) +
               QStringLiteral(" LIMIT ") + sql.param(kMaxInvoiceMatches + 1) + QStringLiteral("))");
    };
    const QString starting = QStringLiteral("(SELECT %1 + %2 AS n)")
                                 .arg(startCount(QStringLiteral("invoices"), QStringLiteral("ic")),
                                      startCount(QStringLiteral("invoice_former_numbers"), QStringLiteral("fc")));
    const auto matching = [&](const QString &table, const QString &alias) -> QString {
        const QString number = alias + QStringLiteral(".number");
        const QString tail = tailOf(table, alias);
        const QString letters = m_invoice.key == m_invoice.tail
                                    ? QString()
                                    : QStringLiteral(" AND instr(%1, %2) > 0")
                                          .arg(invoiceNumberKeySql(number), sql.param(m_invoice.key));
        return QStringLiteral("SELECT %1.debtor_id FROM %2 %1k CROSS JOIN %3 %1 WHERE %1k.n <= ")
                   .arg(alias, starting, table) +
               sql.param(kMaxInvoiceMatches) + QStringLiteral(" AND ") + prefixRange(sql, tail, m_invoice.tail) +
               letters +
               QStringLiteral(" UNION SELECT %1.debtor_id FROM %2 %1 WHERE %3 = ").arg(alias, table, tail) +
               sql.param(m_invoice.tail) + letters;
    };
    return matching(QStringLiteral("invoices"), QStringLiteral("i")) + QStringLiteral(" UNION ") +
           matching(QStringLiteral("invoice_former_numbers"), QStringLiteral("f"));
}

QString PortfolioConditions::searchIds(BoundSql &sql) const
{
    QString ids = QStringLiteral("SELECT rowid AS id FROM debtor_search WHERE debtor_search MATCH ") +
                  sql.param(matchExpression(m_words));
    if (m_phoneLike)
        ids += QStringLiteral(" UNION ") + phoneIds(sql);
    if (m_invoiceLike)
        ids += QStringLiteral(" UNION ") + invoiceIds(sql);
    return ids;
}

QStringList PortfolioConditions::words() const
{
    QStringList out = m_words;
    out.removeDuplicates();
    return out;
}

QString PortfolioConditions::wordRange(BoundSql &sql, const QString &word)
{
    return prefixRange(sql, QStringLiteral("w.word"), word);
}

QString PortfolioConditions::nameStartRange(BoundSql &sql, const QString &word)
{
    return prefixRange(sql, QStringLiteral("d.search_text"), word);
}

void PortfolioConditions::addSearchTo(BoundSql &sql) const
{
    if (!m_hasSearch || m_searchTest == SearchTest::Implied)
        return;
    if (m_searchTest == SearchTest::InWords) {
        // The range is one word's; each other word is tested on the text
        // the row carries, so no debtor is read for the search.
        for (const QString &word : words()) {
            if (word == m_rangeWord)
                continue;
            sql.where(wordStartIn(sql, QStringLiteral("w.search_text"), word));
        }
        return;
    }
    if (m_searchTest == SearchTest::InMatches) {
        // Read into a set once, then a lookup in memory per row: no row of
        // debtors is read for the search, and no text compared.
        sql.where((walksDebtors() ? QStringLiteral("+d.id IN (") : QStringLiteral("+t.debtor_id IN (")) +
                  searchIds(sql) + u')');
        return;
    }
    // Row by row, a word start in search_text finds what the full-text
    // index finds: the index's words are search_text's space-separated
    // words (see 0002_debtor_search.sql).
    QStringList allWords;
    for (const QString &word : m_words)
        allWords << wordStartIn(sql, QStringLiteral("+d.search_text"), word);
    QString clause = allWords.join(QStringLiteral(" AND "));
    if (m_searchTest == SearchTest::WordsOnText) {
        sql.where(u'(' + clause + u')');
        return;
    }
    if (m_phoneLike)
        clause = QStringLiteral("(%1) OR d.id IN (%2)").arg(clause, phoneIds(sql));
    if (m_invoiceLike)
        clause = QStringLiteral("(%1) OR d.id IN (%2)").arg(clause, invoiceIds(sql));
    sql.where(u'(' + clause + u')');
}

PortfolioConditions::Table PortfolioConditions::searchTable() const
{
    switch (m_searchTest) {
    case SearchTest::OnText:
    case SearchTest::WordsOnText: return Table::Debtors;
    case SearchTest::InMatches: return walksDebtors() ? Table::Debtors : Table::Totals;
    case SearchTest::Implied:
    case SearchTest::InWords: break;
    }
    return Table::Both;
}

QString PortfolioConditions::addWalkTo(BoundSql &sql, bool walkDebtors) const
{
    const QString rowId = walkDebtors ? QStringLiteral("d.id") : QStringLiteral("t.debtor_id");
    const int mark = sql.clauseCount();
    addTo(sql, walkDebtors ? Table::Totals : Table::Debtors, rowId);
    const QString other = sql.takeClausesSince(mark);
    addTo(sql, walkDebtors ? Table::Debtors : Table::Totals, rowId);
    addLookupsTo(sql, rowId);
    if (!other.isEmpty())
        sql.where((walkDebtors ? QStringLiteral("EXISTS (SELECT 1 FROM debtor_totals t WHERE t.debtor_id = d.id AND ")
                               : QStringLiteral("EXISTS (SELECT 1 FROM debtors d WHERE d.id = t.debtor_id AND ")) +
                  other + u')');
    return walkDebtors ? QStringLiteral(" FROM debtors d") : QStringLiteral(" FROM debtor_totals t");
}

bool PortfolioConditions::fixesSortedColumn(SourceKind kind) const
{
    const PortfolioSort sort = m_query.sort;
    return (kind == SourceKind::Status && sort == PortfolioSort::Status) ||
           (kind == SourceKind::Segment && sort == PortfolioSort::Segment) ||
           (kind == SourceKind::Agent && sort == PortfolioSort::Agent);
}

void PortfolioConditions::addLookupsTo(BoundSql &sql, const QString &rowId) const
{
    // INDEXED BY: SQLite would rather read the debtor by its id, a wide row
    // at random, than seek (agent, id) in the narrow index.
    const PortfolioFilters &f = m_query.filters;
    const QString agentLookup = QStringLiteral("EXISTS (SELECT 1 FROM debtors x INDEXED BY debtors_agent WHERE ");
    if (!(m_sectionImplied && m_query.sort == PortfolioSort::Agent)) {  // else the walked section is the agent's
        if (f.unassigned)
            sql.where(agentLookup + QStringLiteral("x.assigned_agent_id IS NULL AND x.id = ") + rowId + u')');
        else if (f.agentId)
            sql.where(agentLookup + QStringLiteral("x.assigned_agent_id = ") + sql.param(*f.agentId) +
                      QStringLiteral(" AND x.id = ") + rowId + u')');
    }
    if (f.doNotContact)
        sql.where(QStringLiteral("EXISTS (SELECT 1 FROM debtors x INDEXED BY debtors_do_not_contact "
                                 "WHERE x.do_not_contact = 1 AND x.id = ") +
                  rowId + u')');
}

void PortfolioConditions::addTo(BoundSql &sql, Table table, const QString &rowId) const
{
    const bool totals = table != Table::Debtors;
    if (table == Table::Both || searchTable() == table)
        addSearchTo(sql);
    if (table == Table::Both)
        addLookupsTo(sql, rowId);
    const PortfolioFilters &f = m_query.filters;
    // Segment and status are read from their copies beside the totals; the
    // one that leads an index of the sort order is written plainly so the
    // walk follows that index (see 0002_debtor_search.sql).
    const QString lead = leadingColumn();
    if (f.status && totals && !(m_sectionImplied && m_query.sort == PortfolioSort::Status))
        sql.where((lead == QLatin1String("status") ? QStringLiteral("t.status = ") : QStringLiteral("+t.status = ")) +
                  sql.param(statusCode(*f.status)));
    if (!f.segment.isEmpty() && totals && !(m_sectionImplied && m_query.sort == PortfolioSort::Segment))
        sql.where((lead == QLatin1String("segment") ? QStringLiteral("t.segment = ") : QStringLiteral("+t.segment = ")) +
                  sql.param(f.segment));
    if (!totals)
        return;
    // A condition on the sort column itself is a range of the sort order's
    // index: written plainly, so the walk starts and stops at its ends
    // (the 91–180 bucket sorted by days late skips the older debts).
    const QString dueDate = m_query.sort == PortfolioSort::DaysPastDue ? QStringLiteral("t.oldest_due_date")
                                                                       : QStringLiteral("+t.oldest_due_date");
    if (f.aging) {
        const domain::DueDateRange range = domain::dueDateRangeFor(*f.aging, f.today);
        QStringList inRange;
        if (range.from)
            inRange << dueDate + QStringLiteral(" >= ") + sql.param(SqlQuery::dateText(*range.from));
        if (range.to)
            inRange << dueDate + QStringLiteral(" <= ") + sql.param(SqlQuery::dateText(*range.to));
        QString clause = inRange.join(QStringLiteral(" AND "));
        if (*f.aging == domain::AgingBucket::Current)  // nothing due counts as current
            clause = u'(' + dueDate + QStringLiteral(" IS NULL OR ") + clause + u')';
        sql.where(clause);
    }
    if (f.withBalanceOnly || f.nothingScheduled)
        sql.where(m_query.sort == PortfolioSort::Outstanding ? QStringLiteral("t.outstanding > 0")
                                                             : QStringLiteral("+t.outstanding > 0"));
    if (f.brokenPromise)
        sql.where(QStringLiteral("+t.open_promise_id IS NULL AND +t.last_promise_status = 'broken'"));
    if (f.promiseDue)
        sql.where(QStringLiteral("+t.open_promise_date <= ") + sql.param(SqlQuery::dateText(f.today)));
    if (f.nothingScheduled)
        sql.where(QStringLiteral("+t.next_action_date IS NULL AND +t.open_promise_id IS NULL"));
}

QString PortfolioConditions::statusSectionIds(BoundSql &sql, const QString &status) const
{
    const PortfolioFilters &f = m_query.filters;
    QString in;
    if (f.aging && *f.aging != domain::AgingBucket::Current)
        in = agingRange(sql, domain::dueDateRangeFor(*f.aging, f.today));
    else if (f.withBalanceOnly || f.nothingScheduled)
        in = QStringLiteral("outstanding > 0");
    else
        return {};
    return QStringLiteral("SELECT debtor_id AS id FROM debtor_totals WHERE status = ") + sql.param(status) +
           QStringLiteral(" AND ") + in;
}

bool PortfolioConditions::excludesValuesOf(PortfolioSort sort) const
{
    // Nothing scheduled means no next action and no pending promise, and a
    // broken promise counts only with none pending: only the "no value"
    // section of those orders can hold a match (a pending promise's date is
    // its due date, none without one; see totalsrepository.cpp). Walking
    // the dated section first read 1.4 million rows for nothing.
    const PortfolioFilters &f = m_query.filters;
    return (sort == PortfolioSort::NextAction && f.nothingScheduled) ||
           (sort == PortfolioSort::Promise && (f.nothingScheduled || f.brokenPromise));
}

QString PortfolioConditions::leadingColumn() const
{
    const PortfolioFilters &f = m_query.filters;
    if (m_query.sort == PortfolioSort::Outstanding && !f.segment.isEmpty())
        return QStringLiteral("segment");
    if ((m_query.sort == PortfolioSort::Outstanding || m_query.sort == PortfolioSort::DaysPastDue) && f.status)
        return QStringLiteral("status");
    return {};
}

bool PortfolioConditions::walksDebtors() const
{
    return portfoliosql::specFor(m_query.sort).onDebtors;
}

bool PortfolioConditions::filtersDebtors() const
{
    const PortfolioFilters &f = m_query.filters;
    return f.agentId || f.unassigned || f.doNotContact;
}

bool PortfolioConditions::needsDebtors() const
{
    // The filters on debtors are index look-ups.
    return m_hasSearch && (m_searchTest == SearchTest::OnText || m_searchTest == SearchTest::WordsOnText);
}

bool PortfolioConditions::needsTotals() const
{
    const PortfolioFilters &f = m_query.filters;
    return f.aging || f.withBalanceOnly || f.brokenPromise || f.promiseDue || f.nothingScheduled || f.status ||
           !f.segment.isEmpty() || (m_hasSearch && m_searchTest == SearchTest::InMatches && !walksDebtors());
}

QList<PortfolioConditions::Source> PortfolioConditions::sources() const
{
    QList<Source> out;
    if (m_hasSearch) {
        out.append({[this](BoundSql &sql) -> QString { return searchIds(sql); }, SourceKind::Search});
    }
    const PortfolioFilters &f = m_query.filters;
    const auto debtorsWhere = [&out](SourceKind kind, std::function<QString(BoundSql &)> condition) {
        out.append({[condition](BoundSql &sql) -> QString {
                        return QStringLiteral("SELECT id FROM debtors WHERE ") + condition(sql);
                    },
                    kind});
    };
    if (f.unassigned)
        debtorsWhere(SourceKind::Agent, [](BoundSql &) -> QString { return QStringLiteral("assigned_agent_id IS NULL"); });
    else if (f.agentId)
        debtorsWhere(SourceKind::Agent, [id = *f.agentId](BoundSql &sql) -> QString {
            return QStringLiteral("assigned_agent_id = ") + sql.param(id);
        });
    if (f.doNotContact)
        debtorsWhere(SourceKind::DoNotContact, [](BoundSql &) -> QString { return QStringLiteral("do_not_contact = 1"); });

    const auto totalsWhere = [&out](SourceKind kind, std::function<QString(BoundSql &)> condition) {
        out.append({[condition](BoundSql &sql) -> QString {
                        return QStringLiteral("SELECT debtor_id AS id FROM debtor_totals WHERE ") + condition(sql);
                    },
                    kind});
    };
    if (f.status)
        totalsWhere(SourceKind::Status, [code = statusCode(*f.status)](BoundSql &sql) -> QString {
            return QStringLiteral("status = ") + sql.param(code);
        });
    if (!f.segment.isEmpty())
        totalsWhere(SourceKind::Segment, [segment = f.segment](BoundSql &sql) -> QString {
            return QStringLiteral("segment = ") + sql.param(segment);
        });
    // "Current" includes debtors with nothing due: many, and not one range.
    if (f.aging && *f.aging != domain::AgingBucket::Current) {
        const domain::DueDateRange range = domain::dueDateRangeFor(*f.aging, f.today);
        totalsWhere(SourceKind::Aging, [range](BoundSql &sql) -> QString { return agingRange(sql, range); });
    }
    if (f.promiseDue)
        totalsWhere(SourceKind::PromiseDue, [today = f.today](BoundSql &sql) -> QString {
            return QStringLiteral("open_promise_date <= ") + sql.param(SqlQuery::dateText(today));
        });
    if (f.brokenPromise)  // the exact terms of the partial index debtor_totals_broken_promise
        totalsWhere(SourceKind::BrokenPromise, [](BoundSql &) -> QString {
            return QStringLiteral("open_promise_id IS NULL AND last_promise_status = 'broken'");
        });
    return out;
}

} // namespace libreta::store
