#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace libreta::services {

// Where an export, a letter or a file of refused rows may be written. A
// name picked by hand (a path typed on the command line, a dialog that only
// asks "replace it?") can be the office's own database, which a CSV or a
// PDF written over it would destroy, or the very file being read.
class OutputPath final {
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // Throws InputError naming `field` when `path` is the office file
    // `officeFile`, one of the files SQLite keeps beside it (-wal, -shm,
    // -journal), or one of `readFiles`. Nothing is written either way.
    static void check(const QString &field, const QString &path, const QString &officeFile,
                      const QStringList &readFiles = {});
    // The same file by another spelling (a relative path, a link) counts too.
    static bool sameFile(const QString &a, const QString &b);
    // Whether `path` is the office file or one SQLite keeps beside it.
    static bool isOfficeFile(const QString &path, const QString &officeFile);
};

} // namespace libreta::services
