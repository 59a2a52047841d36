#include "store/transaction.h"

#include "store/database.h"

namespace libreta::store {

Transaction::Transaction(Database &db) : m_db(db) { m_db.begin(); }

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace libreta::store
