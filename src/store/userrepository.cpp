#include "store/userrepository.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kColumns = QStringLiteral("id, login, display_name, role, active, pin_hash IS NOT NULL");

domain::User readUser(const SqlQuery &q)
{
    domain::User u;
    u.id = q.integer(0);
    u.login = q.text(1);
    u.displayName = q.text(2);
    u.role = domain::fromCode<domain::UserRole>(q.text(3)).value_or(domain::UserRole::Agent);
    u.active = q.boolean(4);
    u.hasPin = q.boolean(5);
    return u;
}
} // namespace

domain::Id UserRepository::add(const domain::User &user)
{
    return SqlQuery(m_db, QStringLiteral("INSERT INTO users (login, display_name, role, active, created_at) "
                                         "VALUES (:login, :name, :role, :active, :now) RETURNING id"))
        .bind(QStringLiteral(":login"), user.login)
        .bind(QStringLiteral(":name"), user.displayName)
        .bind(QStringLiteral(":role"), domain::toCode(user.role))
        .bind(QStringLiteral(":active"), user.active)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
        .execScalar();
}

void UserRepository::update(const domain::User &user)
{
    SqlQuery(m_db, QStringLiteral("UPDATE users SET display_name = :name, role = :role, active = :active WHERE id = :id"))
        .bind(QStringLiteral(":name"), user.displayName)
        .bind(QStringLiteral(":role"), domain::toCode(user.role))
        .bind(QStringLiteral(":active"), user.active)
        .bind(QStringLiteral(":id"), user.id)
        .exec();
}

std::optional<domain::User> UserRepository::byId(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<domain::User> UserRepository::byLogin(const QString &login)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE login = :login"));
    q.bind(QStringLiteral(":login"), login).exec();
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

void UserRepository::setPinHash(domain::Id id, const std::optional<QByteArray> &hash)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET pin_hash = :hash WHERE id = :id"));
    if (hash)
        q.bind(QStringLiteral(":hash"), QString::fromLatin1(*hash));
    else
        q.bind(QStringLiteral(":hash"), QVariant());
    q.bind(QStringLiteral(":id"), id).exec();
}

std::optional<QByteArray> UserRepository::pinHash(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT pin_hash FROM users WHERE id = :id AND pin_hash IS NOT NULL"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0).toLatin1();
}

PinTries UserRepository::pinTries(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT pin_wrong, pin_waits, pin_wait_until FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    PinTries tries;
    if (q.next()) {
        tries.wrongInRow = int(q.integer(0));
        tries.waits = int(q.integer(1));
        tries.waitUntil = q.optionalInstant(2);
    }
    return tries;
}

void UserRepository::setPinTries(domain::Id id, const PinTries &tries)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET pin_wrong = :wrong, pin_waits = :waits, "
                                    "pin_wait_until = :until WHERE id = :id"));
    q.bind(QStringLiteral(":wrong"), tries.wrongInRow)
        .bind(QStringLiteral(":waits"), tries.waits)
        .bind(QStringLiteral(":until"), tries.waitUntil)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserRepository::clearPinTries(domain::Id id)
{
    SqlQuery(m_db, QStringLiteral("UPDATE users SET pin_wrong = 0, pin_waits = 0, pin_wait_until = NULL "
                                  "WHERE id = :id AND (pin_wrong <> 0 OR pin_waits <> 0 OR pin_wait_until IS NOT NULL)"))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

QList<domain::User> UserRepository::all()
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY display_name"));
    q.exec();
    QList<domain::User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

} // namespace libreta::store
