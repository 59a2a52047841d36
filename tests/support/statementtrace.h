#pragma once

#include <QStringList>

#include <functional>

namespace libreta::store {
class Database;
}

namespace libreta::test {

// The statements SQLite runs on `db` while `action` does: their text as
// prepared, or with the bound values written in (`withValues`).
QStringList statementsDuring(store::Database &db, const std::function<void()> &action, bool withValues = false);

} // namespace libreta::test
