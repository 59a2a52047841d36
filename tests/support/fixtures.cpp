#include "support/fixtures.h"

#include "store/calldiscountrepository.h"
#include "store/contactrepository.h"
#include "store/callrepository.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"

namespace libreta::test {

void setOfficeCurrency(store::Database &db, const QString &currencyCode)
{
    store::SettingsRepository settings(db);
    domain::OfficeSettings s = settings.load();
    s.currencyCode = currencyCode;
    settings.save(s);
}

domain::Id addDebtor(store::Database &db, const QString &ref, const QString &name)
{
    domain::Debtor d;
    d.externalRef = ref;
    d.name = name;
    d.taxId = QStringLiteral("PENJ800101AB1");
    return store::DebtorRepository(db).add(d);
}

void addPhones(store::Database &db, domain::Id debtorId, const QStringList &numbers)
{
    domain::Contact c;
    c.debtorId = debtorId;
    c.name = QStringLiteral("Contacto");
    for (const QString &number : numbers)
        c.phones.append(domain::Phone{0, number, QStringLiteral("móvil")});
    store::ContactRepository(db).add(c);
}

domain::Id addInvoice(store::Database &db, domain::Id debtorId, const QString &number, const QDate &due,
                      domain::Money amount)
{
    domain::Invoice inv;
    inv.debtorId = debtorId;
    inv.number = number;
    inv.issueDate = due.addDays(-30);
    inv.dueDate = due;
    inv.amount = amount;
    const auto id = store::InvoiceRepository(db).add(inv);
    store::TotalsRepository(db).refresh(debtorId);
    return id;
}

domain::Id addPromise(store::Database &db, domain::Id debtorId, domain::Money amount, const QDate &due,
                      const QDate &madeOn)
{
    domain::Promise p;
    p.debtorId = debtorId;
    p.amount = amount;
    p.dueDate = due;
    p.madeOn = madeOn;
    const domain::Id id = store::PromiseRepository(db).add(p);
    store::TotalsRepository(db).refresh(debtorId);
    return id;
}

domain::Id addUser(store::Database &db, const QString &login, const QString &name, domain::UserRole role)
{
    return store::UserRepository(db).add(domain::User{0, login, name, role, true});
}

TwoAgentsAndSupervisor addTwoAgentsAndSupervisor(store::Database &db)
{
    using domain::UserRole;
    TwoAgentsAndSupervisor staff;
    staff.ana = addUser(db, QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    staff.beto = addUser(db, QStringLiteral("beto"), QStringLiteral("Beto Paz"), UserRole::Agent);
    staff.sue = addUser(db, QStringLiteral("sue"), QStringLiteral("Susana Paz"), UserRole::Supervisor);
    return staff;
}

namespace {

domain::FollowUp followUp(domain::Id debtorId, domain::FollowUpKind kind, const QDate &due,
                          std::optional<domain::Id> assignedTo, std::optional<QTime> at)
{
    domain::FollowUp f;
    f.debtorId = debtorId;
    f.kind = kind;
    f.dueDate = due;
    f.dueTime = at;
    f.assignedTo = assignedTo;
    return f;
}

} // namespace

domain::Id addFollowUp(store::Database &db, domain::Id debtorId, domain::FollowUpKind kind, const QDate &due,
                       std::optional<domain::Id> assignedTo, std::optional<QTime> at)
{
    return *store::FollowUpRepository(db).add(followUp(debtorId, kind, due, assignedTo, at));
}

domain::Id addCallback(store::Database &db, domain::Id debtorId, const QDate &due, std::optional<QTime> at,
                       std::optional<domain::Id> assignedTo, const QString &words, std::optional<domain::Id> callId)
{
    domain::FollowUp f = followUp(debtorId, domain::FollowUpKind::Callback, due, assignedTo, at);
    f.description = words;
    f.callId = callId;
    return *store::FollowUpRepository(db).add(f);
}

domain::Id addCall(store::Database &db, domain::Id debtorId, domain::Id agentId, const QDateTime &startedAtUtc,
                   domain::AnsweredBy answeredBy)
{
    using namespace domain;
    Call c;
    c.debtorId = debtorId;
    c.agentId = agentId;
    c.startedAt = startedAtUtc;
    c.endedAt = startedAtUtc.addSecs(180);
    c.answeredBy = answeredBy;
    const bool talked = answeredBy == AnsweredBy::Debtor || answeredBy == AnsweredBy::DecisionMaker;
    c.outcome = talked ? CallOutcome::Promise : CallOutcome::NoAnswer;
    return store::CallRepository(db).add(c);
}

domain::Id addDiscountCall(store::Database &db, domain::Id debtorId, domain::Id agentId, const QDateTime &startedAtUtc,
                           int percent)
{
    using namespace domain;
    const Money agreed = pesos(10000 - 100 * percent);
    Call c;
    c.debtorId = debtorId;
    c.agentId = agentId;
    c.startedAt = startedAtUtc;
    c.endedAt = startedAtUtc.addSecs(300);
    c.answeredBy = AnsweredBy::Debtor;
    c.outcome = CallOutcome::Promise;
    c.commitmentText = QStringLiteral("Pago de %1 pesos el viernes por transferencia.").arg(10000 - 100 * percent);
    const Id callId = store::CallRepository(db).add(c);
    store::CallDiscount d;
    d.callId = callId;
    d.debtorId = debtorId;
    d.balance = pesos(10000);
    d.agreedTotal = agreed;
    d.percent = percent;
    d.limitPercent = 10;
    d.status = percent > 10 ? store::DiscountStatus::Pending : store::DiscountStatus::WithinLimit;
    store::CallDiscountRepository(db).add(d);
    return callId;
}

} // namespace libreta::test
