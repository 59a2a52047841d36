#include "store/storeerror.h"

#include <QCoreApplication>

namespace libreta::store {

InterruptedError::InterruptedError()
    : StoreError(QCoreApplication::translate("Store", "The reading was stopped: a newer one replaced it."))
{
}

NewerSchemaError::NewerSchemaError(int found, int known)
    : StoreError(QCoreApplication::translate(
                     "Store",
                     "This file was written by a newer version of Libreta (schema %1; this "
                     "program knows up to %2). It was left untouched: open it with the newer "
                     "version.")
                     .arg(found)
                     .arg(known)),
      m_found(found), m_known(known)
{
}

} // namespace libreta::store
