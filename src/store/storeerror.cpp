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

namespace {

QString foreignFileMessage(ForeignFileError::Kind kind)
{
    switch (kind) {
    case ForeignFileError::Kind::OtherProgramsData:
        return QCoreApplication::translate("Store",
                                           "This file is not a Libreta file: it holds another program's data. It was "
                                           "left untouched: choose a Libreta file, or create a new one.");
    case ForeignFileError::Kind::NotADatabase:
        break;
    }
    return QCoreApplication::translate("Store",
                                       "This file is not a Libreta file, or it is damaged: it cannot be read as a "
                                       "database. It was left untouched: choose a Libreta file, or restore a backup "
                                       "copy.");
}

} // namespace

ForeignFileError::ForeignFileError(Kind kind) : StoreError(foreignFileMessage(kind)), m_kind(kind) {}

} // namespace libreta::store
