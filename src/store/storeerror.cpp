#include "store/storeerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

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

StoreError sqliteFailure(int resultCode, const QString &sqliteText)
{
    switch (resultCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError(QCoreApplication::translate(
            "Store", "The office file is damaged and nothing more can be saved in it. Close Libreta and open "
                     "your latest backup copy (File ▸ Open…); keep the damaged file apart for whoever can look "
                     "at it."));
    case SQLITE_FULL:
        return StoreError(QCoreApplication::translate(
            "Store", "The disk is full: nothing was saved. Free some space and try again."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return StoreError(QCoreApplication::translate(
            "Store", "The office file cannot be written here (a read-only file or folder, or a drive that does "
                     "not allow it): nothing was saved."));
    case SQLITE_IOERR:
        return StoreError(QCoreApplication::translate(
            "Store", "The disk could not be read or written (a drive taken out, a network folder that "
                     "dropped?): nothing was saved. Try again; if it goes on, save a backup copy elsewhere."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError(QCoreApplication::translate(
            "Store", "Another program is using the office file (a backup or an import run at the same "
                     "time?): nothing was saved. Try again in a moment."));
    default: break;
    }
    return StoreError(QCoreApplication::translate("Store", "The database refused the change: %1").arg(sqliteText));
}

} // namespace libreta::store
