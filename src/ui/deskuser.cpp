#include "ui/deskuser.h"

#include "store/storeerror.h"
#include "store/userrepository.h"

#include <QDir>

namespace libreta::ui {

QString DeskUser::login()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

std::optional<domain::Id> DeskUser::id(store::Database &db)
{
    try {
        if (const auto user = store::UserRepository(db).byLogin(login()))
            return user->id;
    } catch (const store::StoreError &) {
        // Unknown user: the change is still recorded, without a user id.
    }
    return std::nullopt;
}

} // namespace libreta::ui
