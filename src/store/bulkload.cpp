#include "store/bulkload.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/sqlquery.h"
#include "store/storeerror.h"

#include <spdlog/spdlog.h>

namespace libreta::store {
namespace {

// Each setting on its own: one SQLite refuses (see Dialect::largeSortPragmas)
// costs speed, never the load, so it is no error in the log either.
void apply(Database &db, const QStringList &pragmas, const char *what)
{
    for (const QString &pragma : pragmas) {
        try {
            SqlQuery query(db, pragma);
            if (!query.tryExec())
                spdlog::debug("store: {}: {} refused", what, pragma.toStdString());
        } catch (const StoreError &e) {
            spdlog::debug("store: {}: {} refused: {}", what, pragma.toStdString(), e.message().toStdString());
        }
    }
}

} // namespace

BulkLoad::BulkLoad(Database &db, References references) : m_db(db), m_active(db.transactionDepth() == 0)
{
    if (m_active)
        apply(m_db, Dialect::bulkLoadPragmas(references == References::Checked), "bulk load");
}

BulkLoad::~BulkLoad()
{
    if (m_active)
        apply(m_db, Dialect::afterBulkLoadPragmas(), "end of a bulk load");
}

CheckpointLater::CheckpointLater(Database &db) : m_db(db) { m_db.holdCheckpoints(true); }

CheckpointLater::~CheckpointLater() { m_db.holdCheckpoints(false); }

LargeSort::LargeSort(Database &db) : m_db(db) { apply(m_db, Dialect::largeSortPragmas(), "large sort"); }

LargeSort::~LargeSort() { apply(m_db, Dialect::afterLargeSortPragmas(), "end of a large sort"); }

} // namespace libreta::store
