#include "ui/deskuser.h"

#include "platform/systemlogin.h"
#include "domain/labels.h"
#include "services/supervision.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/uisettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <lmcons.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace libreta::ui {
namespace {

std::optional<domain::User> activeUser(store::Database &db, const QString &login)
{
    if (login.isEmpty())
        return std::nullopt;
    auto user = store::UserRepository(db).byLogin(login);
    if (user && !user->active)
        return std::nullopt;
    return user;
}

// Who was chosen at this desk since the program started, by file: a user
// with a PIN typed it, and is not remembered beyond the session.
QHash<QString, QString> &sessionChoices()
{
    static QHash<QString, QString> choices;
    return choices;
}

bool officeListsUsers(store::Database &db)
{
    const QList<domain::User> users = store::UserRepository(db).all();
    return std::any_of(users.cbegin(), users.cend(), [](const domain::User &u) { return u.active; });
}

} // namespace

QString DeskUser::systemAccount()
{
    // From the system, never the environment (USER, USERNAME are whatever
    // the person starting the program says). Unknown: empty, so a user
    // with a PIN is asked for it.
#if defined(Q_OS_WIN)
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1).toLower();
#elif defined(Q_OS_UNIX)
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name).toLower();
#endif
    return {};
}

QString DeskUser::login() { return platform::systemLogin(); }

std::optional<domain::User> DeskUser::current(store::Database &db)
{
    try {
        const QString own = login();
        if (auto chosen = activeUser(db, sessionChoices().value(db.path())))
            return chosen;
        // A choice remembered from an earlier session stands for a user
        // without a PIN; one with a PIN typed it for that session only.
        auto remembered = activeUser(db, UiSettings().deskLogin(db.path()));
        if (remembered && !needsPin(*remembered))
            return remembered;
        // The login the environment gives stands for a user without a PIN;
        // one with a PIN only for the account that really is theirs.
        auto matched = activeUser(db, own);
        if (matched && !needsPin(*matched))
            return matched;
        // A one-person office: its person wherever the file is opened (a
        // backup copy, another computer), unless a PIN guards them.
        std::optional<domain::User> only;
        for (const domain::User &user : store::UserRepository(db).all()) {
            if (!user.active)
                continue;
            if (only)
                return std::nullopt;
            only = user;
        }
        if (only && !needsPin(*only))
            return only;
        return std::nullopt;
    } catch (const store::StoreError &) {
        // Unknown user: what they record is still stored, without a user id.
        return std::nullopt;
    }
}

std::optional<domain::Id> DeskUser::id(store::Database &db)
{
    if (const auto user = current(db))
        return user->id;
    return std::nullopt;
}

bool DeskUser::canSupervise(store::Database &db)
{
    try {
        return services::maySupervise(db, id(db));
    } catch (const store::StoreError &) {
        return false;
    }
}

bool DeskUser::needsChoice(store::Database &db)
{
    try {
        return !current(db) && officeListsUsers(db);
    } catch (const store::StoreError &) {
        return false;
    }
}

void DeskUser::choose(store::Database &db, const QString &login)
{
    sessionChoices().insert(db.path(), login);
    // Someone who typed a PIN is not remembered beyond the session: the
    // desk's own remembered choice stays for its next start.
    try {
        if (const auto user = activeUser(db, login); user && needsPin(*user))
            return;
    } catch (const store::StoreError &) {
    }
    UiSettings().setDeskLogin(db.path(), login);
}

int DeskUser::forgetSessionChoices()
{
    const int count = int(sessionChoices().size());
    sessionChoices().clear();
    return count;
}

bool DeskUser::needsPin(const domain::User &user) { return user.hasPin && user.login != systemAccount(); }

QString DeskUser::describe(store::Database &db)
{
    if (const auto user = current(db))
        return QCoreApplication::translate("DeskUser", "%1 (%2)").arg(user->displayName, domain::label(user->role));
    // An office that lists its people: nobody is at the desk until someone
    // says who they are; the computer's account would read as a user.
    try {
        if (officeListsUsers(db))
            return QCoreApplication::translate("DeskUser", "nobody chosen yet");
    } catch (const store::StoreError &) {
    }
    return login();
}

} // namespace libreta::ui
