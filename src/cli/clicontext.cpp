#include "cli/clicontext.h"

#include "store/database.h"

namespace libreta::cli {

std::unique_ptr<store::Database> CliContext::openDatabase() const
{
    return std::make_unique<store::Database>(databasePath);
}

} // namespace libreta::cli
