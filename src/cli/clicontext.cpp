#include "cli/clicontext.h"

#include "services/inputerror.h"
#include "services/useofficecurrency.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>

namespace libreta::cli {

std::unique_ptr<store::Database> CliContext::openDatabase() const
{
    if (!QFileInfo(databasePath).isFile())
        throw services::InputError(
            QStringLiteral("db"),
            tr("There is no office file at %1. Check the path given with --db, or create a new office with: "
               "libreta-cli --db %1 init")
                .arg(QDir::toNativeSeparators(databasePath)));
    auto db = std::make_unique<store::Database>(databasePath);
    services::useOfficeCurrency(*db);
    return db;
}

std::unique_ptr<store::Database> CliContext::openOrCreateDatabase() const
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    auto db = std::make_unique<store::Database>(databasePath);
    services::useOfficeCurrency(*db);
    return db;
}

} // namespace libreta::cli
