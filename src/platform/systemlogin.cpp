#include "platform/systemlogin.h"

#include <QDir>

namespace libreta::platform {

QString systemLogin()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

} // namespace libreta::platform
