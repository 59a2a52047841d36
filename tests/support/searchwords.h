#pragma once

#include <QStringList>

namespace libreta::store {
class Database;
}

namespace libreta::test {

// debtor_words (schema 9) as it should be, and as it is, one line per row
// ("word|search_text|debtor id"), sorted: every word of every debtor's
// search_text but the first (the name index holds that one in order).
QStringList debtorWordsExpected(store::Database &db);
QStringList debtorWordsStored(store::Database &db);
// debtor_initials (schema 40) the same way ("letter|search_text|debtor
// id"): the first letter of each of those words, once per debtor.
QStringList debtorInitialsExpected(store::Database &db);
QStringList debtorInitialsStored(store::Database &db);

} // namespace libreta::test
