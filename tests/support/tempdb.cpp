#include "support/tempdb.h"

namespace libreta::test {

TempDb::TempDb() : database(std::make_unique<store::Database>(path())) {}

void TempDb::reopen()
{
    database.reset();
    database = std::make_unique<store::Database>(path());
}

} // namespace libreta::test
