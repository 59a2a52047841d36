#pragma once

#include <QString>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The office's currency (ISO 4217 code, from its settings), or the default
// one when the settings cannot be read: amounts still show, in the default
// currency, rather than the screen failing.
QString officeCurrency(store::Database &db);

} // namespace libreta::ui
