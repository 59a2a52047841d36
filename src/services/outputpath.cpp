#include "services/outputpath.h"

#include "services/inputerror.h"

#include <QDir>
#include <QFileInfo>

namespace libreta::services {

bool OutputPath::sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    const QString ca = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
    const QString cb = fb.exists() ? fb.canonicalFilePath() : fb.absoluteFilePath();
    return ca == cb;
}

bool OutputPath::isOfficeFile(const QString &path, const QString &officeFile)
{
    if (officeFile.isEmpty())
        return false;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (sameFile(path, officeFile + suffix))
            return true;
    return false;
}

void OutputPath::check(const QString &field, const QString &path, const QString &officeFile,
                       const QStringList &readFiles)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isOfficeFile(path, officeFile))
        throw InputError(field, tr("%1 is the office's own file: writing there would destroy its data. "
                                   "Choose another name.")
                                    .arg(shown));
    for (const QString &read : readFiles)
        if (sameFile(path, read))
            throw InputError(field, tr("%1 is the file being read: writing there would replace it. "
                                       "Choose another name.")
                                        .arg(shown));
}

} // namespace libreta::services
