#include "support/searchwords.h"

#include "store/sqlquery.h"

namespace libreta::test {

QStringList debtorWordsExpected(store::Database &db)
{
    QStringList out;
    store::SqlQuery q(db, QStringLiteral("SELECT id, search_text FROM debtors"));
    q.exec();
    while (q.next()) {
        QStringList words = q.text(1).split(u' ', Qt::SkipEmptyParts).mid(1);
        words.removeDuplicates();
        for (const QString &word : words)
            out << QStringLiteral("%1|%2|%3").arg(word, q.text(1)).arg(q.integer(0));
    }
    out.sort();
    return out;
}

QStringList debtorWordsStored(store::Database &db)
{
    QStringList out;
    store::SqlQuery q(db, QStringLiteral("SELECT word, search_text, debtor_id FROM debtor_words"));
    q.exec();
    while (q.next())
        out << QStringLiteral("%1|%2|%3").arg(q.text(0), q.text(1)).arg(q.integer(2));
    out.sort();
    return out;
}

} // namespace libreta::test
