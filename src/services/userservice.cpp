#include "services/userservice.h"

#include "domain/entitycodes.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/pin.h"
#include "store/database.h"
#include "store/targetrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace libreta::services {
namespace {

bool keepsOffice(const domain::User &u) { return u.active && u.role == domain::UserRole::Admin; }

} // namespace

bool UserService::mayManage()
{
    store::UserRepository users(m_db);
    const QList<domain::User> all = users.all();
    if (std::none_of(all.cbegin(), all.cend(), [](const domain::User &u) { return u.active; }))
        return true;
    if (!m_actingUserId)
        return false;
    const auto me = users.byId(*m_actingUserId);
    return me && keepsOffice(*me);
}

bool UserService::mayLookAfter(const domain::User &user)
{
    if (user.role != domain::UserRole::Agent || !m_actingUserId)
        return false;
    const auto me = store::UserRepository(m_db).byId(*m_actingUserId);
    return me && me->active && me->role == domain::UserRole::Supervisor;
}

void UserService::check(domain::User &user, const std::optional<domain::User> &before)
{
    user.displayName = user.displayName.simplified();
    user.login = user.login.trimmed().toLower();
    if (!mayManage()) {
        // A supervisor: whether an agent works here, nothing else of them.
        if (!before || !mayLookAfter(*before))
            throw InputError(QStringLiteral("users"),
                             tr("Only an administrator may add users, or change a supervisor or an administrator."));
        if (user.role != before->role)
            throw InputError(QStringLiteral("role"), tr("Role: only an administrator changes a user's role."));
        if (user.displayName != before->displayName)
            throw InputError(QStringLiteral("name"), tr("Name: only an administrator changes a user's name."));
    }
    store::UserRepository users(m_db);
    if (!before) {
        // As the computer's user name: the desk recognises its person by it.
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
        if (!pattern.match(user.login).hasMatch())
            throw InputError(QStringLiteral("login"),
                             tr("Login: 2 to 32 lowercase letters, digits, dots, hyphens or underscores, like the "
                                "computer's user name (ana.lopez)."));
        if (const auto taken = users.byLogin(user.login))
            throw InputError(QStringLiteral("login"),
                             tr("Login: «%1» is %2's already.").arg(user.login, taken->displayName));
    } else if (user.login != before->login) {
        throw InputError(QStringLiteral("login"), tr("Login: it stays as it was made; add a new user instead."));
    }
    if (user.displayName.isEmpty())
        throw InputError(QStringLiteral("name"), tr("Name: write the person's name."));

    // Someone must still keep the office once this is stored.
    QList<domain::User> after = users.all();
    after.removeIf([&](const domain::User &u) { return before && u.id == before->id; });
    const bool othersActive = std::any_of(after.cbegin(), after.cend(), [](const domain::User &u) { return u.active; });
    const bool othersKeep = std::any_of(after.cbegin(), after.cend(), keepsOffice);
    if (!othersKeep && !keepsOffice(user) && (othersActive || user.active || before))
        throw InputError(before && before->role == domain::UserRole::Admin && user.role == domain::UserRole::Admin
                             ? QStringLiteral("active")
                             : QStringLiteral("role"),
                         before ? tr("Nobody else administers the office: keep this user an active administrator, "
                                     "or make another one first.")
                                : tr("The office's first user keeps it: make them an administrator."));
}

void UserService::checkPin(const PinChange &pin)
{
    if (pin.action != PinChange::Action::Set)
        return;
    Pin::checkFormat(pin.pin, QStringLiteral("pin"));
    if (pin.repeated != pin.pin)
        throw InputError(QStringLiteral("pin_repeat"), tr("Repeat the PIN: it is not the same."));
}

QString UserService::storePin(domain::Id userId, const PinChange &pin, const QByteArray &hash)
{
    switch (pin.action) {
    case PinChange::Action::Keep: return {};
    // A new PIN, or none, starts the wrong PINs' count over: a wait someone
    // caused by guessing the old one does not hold the new one back.
    case PinChange::Action::Set:
        store::UserRepository(m_db).setPinHash(userId, hash);
        store::UserRepository(m_db).clearPinTries(userId);
        return QStringLiteral(" pin=set");
    case PinChange::Action::Remove:
        store::UserRepository(m_db).setPinHash(userId, std::nullopt);
        store::UserRepository(m_db).clearPinTries(userId);
        return QStringLiteral(" pin=removed");
    }
    return {};
}

void UserService::checkTarget(const TargetChange &target)
{
    if (target.change && target.monthlyRecovery.minor() < 0)
        throw InputError(QStringLiteral("target"),
                         tr("Monthly target: an amount of money, or empty for none; not a negative one."));
}

QString UserService::storeTarget(domain::Id userId, const TargetChange &target)
{
    if (!target.change)
        return QString();
    const bool set = target.monthlyRecovery.isPositive();
    store::TargetRepository(m_db).setMonthlyRecovery(userId, set ? std::optional(target.monthlyRecovery)
                                                                  : std::nullopt);
    return set ? QStringLiteral(" target=%1").arg(target.monthlyRecovery.minor()) : QStringLiteral(" target=none");
}

domain::Id UserService::add(domain::User user, const PinChange &request, const TargetChange &target)
{
    check(user, std::nullopt);
    checkPin(request);
    checkTarget(target);
    // A new user has no PIN to remove.
    const PinChange pin = request.action == PinChange::Action::Remove ? PinChange{} : request;
    // Hashed before the write lock is taken: it takes a tenth of a second.
    const QByteArray hash = pin.action == PinChange::Action::Set ? Pin::hash(pin.pin) : QByteArray();
    store::Transaction tx(m_db);
    const domain::Id id = store::UserRepository(m_db).add(user);
    const QString pinDetail = storePin(id, pin, hash) + storeTarget(id, target);
    AuditTrail(m_db, m_clock)
        .record(m_actingUserId, QStringLiteral("user.create"), QStringLiteral("user"), id,
                QStringLiteral("role=%1 active=%2").arg(domain::toCode(user.role)).arg(user.active ? 1 : 0) +
                    pinDetail);
    tx.commit();
    return id;
}

store::AssignmentCounts UserService::workOf(domain::Id userId) { return store::AssignmentRepository(m_db).workOf(userId); }

void UserService::checkHandOver(const domain::User &leaving, const WorkHandOver &handOver,
                                const store::AssignmentCounts &work)
{
    if (work.debtors == 0 && work.followUps == 0)
        return;
    if (!handOver.chosen)
        throw InputError(QStringLiteral("hand_over"),
                         tr("Give their work to: %1 still has debtors (%2) and open follow-ups (%3); choose who takes them.")
                             .arg(leaving.displayName)
                             .arg(work.debtors)
                             .arg(work.followUps));
    if (handOver.to) {
        const auto taker = store::UserRepository(m_db).byId(*handOver.to);
        if (!taker || !taker->active || taker->id == leaving.id)
            throw InputError(QStringLiteral("hand_over"),
                             tr("Give their work to: choose someone who works in the office."));
    }
}

void UserService::update(domain::User user, const PinChange &pin, const TargetChange &target,
                         const WorkHandOver &handOver)
{
    const auto before = store::UserRepository(m_db).byId(user.id);
    if (!before)
        throw InputError(QStringLiteral("users"), tr("This user is no longer in the office's file."));
    check(user, before);
    if (!mayManage() && pin.action != PinChange::Action::Keep)
        throw InputError(QStringLiteral("pin"), tr("PIN: only an administrator sets or removes another person's PIN."));
    checkPin(pin);
    checkTarget(target);
    const bool leaving = before->active && !user.active;
    const QByteArray hash = pin.action == PinChange::Action::Set ? Pin::hash(pin.pin) : QByteArray();
    store::Transaction tx(m_db);
    QString handedDetail;
    if (leaving) {
        store::AssignmentRepository assignments(m_db);
        checkHandOver(user, handOver, assignments.workOf(user.id));
        const store::AssignmentCounts handed = assignments.handOver(user.id, handOver.to);
        if (handed.debtors > 0 || handed.followUps > 0)
            handedDetail = QStringLiteral(" handed_over=%1/%2 to=%3")
                               .arg(handed.debtors)
                               .arg(handed.followUps)
                               .arg(handOver.to ? QString::number(*handOver.to) : QStringLiteral("none"));
    }
    store::UserRepository(m_db).update(user);
    const QString pinDetail = (before->hasPin || pin.action != PinChange::Action::Remove
                                   ? storePin(user.id, pin, hash)
                                   : QString()) +
                              storeTarget(user.id, target);
    AuditTrail(m_db, m_clock)
        .record(m_actingUserId, QStringLiteral("user.change"), QStringLiteral("user"), user.id,
                QStringLiteral("role=%1 active=%2").arg(domain::toCode(user.role)).arg(user.active ? 1 : 0) +
                    pinDetail + handedDetail);
    tx.commit();
}

void UserService::changeOwnPin(const QString &currentPin, const PinChange &pin)
{
    if (!m_actingUserId)
        throw InputError(QStringLiteral("users"), tr("Say who is working at this desk first: a PIN is a person's."));
    store::UserRepository users(m_db);
    const auto me = users.byId(*m_actingUserId);
    if (!me || !me->active)
        throw InputError(QStringLiteral("users"), tr("This user is no longer in the office's file."));
    if (me->hasPin) {
        const auto stored = users.pinHash(me->id);
        if (currentPin.isEmpty())
            throw InputError(QStringLiteral("current_pin"), tr("Current PIN: type the PIN you have now."));
        if (!stored || !Pin::matches(*stored, currentPin))
            throw InputError(QStringLiteral("current_pin"), tr("Current PIN: it is not the right one."));
    }
    if (pin.action == PinChange::Action::Keep || (pin.action == PinChange::Action::Remove && !me->hasPin))
        throw InputError(QStringLiteral("pin"), tr("PIN: type the new PIN twice, or tick Remove my PIN."));
    checkPin(pin);
    const QByteArray hash = pin.action == PinChange::Action::Set ? Pin::hash(pin.pin) : QByteArray();
    store::Transaction tx(m_db);
    const QString pinDetail = storePin(me->id, pin, hash);
    AuditTrail(m_db, m_clock)
        .record(m_actingUserId, QStringLiteral("user.change"), QStringLiteral("user"), me->id,
                QStringLiteral("role=%1 active=%2").arg(domain::toCode(me->role)).arg(me->active ? 1 : 0) +
                    pinDetail + QStringLiteral(" own=1"));
    tx.commit();
}

} // namespace libreta::services
