#include "support/searchwords.h"

#include "store/sqlquery.h"

namespace libreta::test {

namespace {

// Each debtor's later words, or only their first letters, once each.
QStringList expected(store::Database &db, qsizetype letters)
{
    QStringList out;
    store::SqlQuery q(db, QStringLiteral("SELECT id, search_text FROM debtors"));
    q.exec();
    while (q.next()) {
        QStringList keys;
        for (const QString &word : q.text(1).split(u' ', Qt::SkipEmptyParts).mid(1))
            keys << word.left(letters);
        keys.removeDuplicates();
        for (const QString &key : keys)
            out << QStringLiteral("%1|%2|%3").arg(key, q.text(1)).arg(q.integer(0));
    }
    out.sort();
    return out;
}

QStringList stored(store::Database &db, const QString &select)
{
    QStringList out;
    store::SqlQuery q(db, select);
    q.exec();
    while (q.next())
        out << QStringLiteral("%1|%2|%3").arg(q.text(0), q.text(1)).arg(q.integer(2));
    out.sort();
    return out;
}

} // namespace

QStringList debtorWordsExpected(store::Database &db) { return expected(db, -1); }

QStringList debtorWordsStored(store::Database &db)
{
    return stored(db, QStringLiteral("SELECT word, search_text, debtor_id FROM debtor_words"));
}

QStringList debtorInitialsExpected(store::Database &db) { return expected(db, 1); }

QStringList debtorInitialsStored(store::Database &db)
{
    return stored(db, QStringLiteral("SELECT letter, search_text, debtor_id FROM debtor_initials"));
}

} // namespace libreta::test
