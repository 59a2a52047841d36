#include "store/debtorrepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kColumns = QStringLiteral(
    "id, external_ref, kind, name, tax_id, time_zone, segment, risk, value, assigned_agent_id, "
    "status, do_not_contact, dnc_reason, address, city");

domain::Debtor readDebtor(const SqlQuery &q)
{
    using namespace domain;
    Debtor d;
    d.id = q.integer(0);
    d.externalRef = q.text(1);
    d.kind = fromCode<DebtorKind>(q.text(2)).value_or(DebtorKind::Person);
    d.name = q.text(3);
    d.taxId = q.text(4);
    d.timeZone = q.text(5);
    d.segment = q.text(6);
    d.risk = fromCode<Level>(q.text(7)).value_or(Level::Medium);
    d.value = fromCode<Level>(q.text(8)).value_or(Level::Medium);
    d.assignedAgentId = q.optionalInteger(9);
    d.status = fromCode<DebtorStatus>(q.text(10)).value_or(DebtorStatus::Active);
    d.doNotContact = q.boolean(11);
    d.doNotContactReason = q.text(12);
    d.address = q.text(13);
    d.city = q.text(14);
    return d;
}

void bindDebtor(SqlQuery &q, const domain::Debtor &d)
{
    using domain::toCode;
    q.bind(QStringLiteral(":ref"), d.externalRef)
        .bind(QStringLiteral(":kind"), toCode(d.kind))
        .bind(QStringLiteral(":name"), d.name)
        .bind(QStringLiteral(":tax_id"), d.taxId)
        .bind(QStringLiteral(":tz"), d.timeZone)
        .bind(QStringLiteral(":segment"), d.segment)
        .bind(QStringLiteral(":risk"), toCode(d.risk))
        .bind(QStringLiteral(":value"), toCode(d.value))
        .bind(QStringLiteral(":agent"), d.assignedAgentId)
        .bind(QStringLiteral(":status"), toCode(d.status))
        .bind(QStringLiteral(":dnc"), d.doNotContact)
        .bind(QStringLiteral(":dnc_reason"), d.doNotContactReason)
        .bind(QStringLiteral(":address"), d.address)
        .bind(QStringLiteral(":city"), d.city)
        .bind(QStringLiteral(":search"), DebtorRepository::searchTextFor(d))
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc());
}
} // namespace

QString DebtorRepository::searchTextFor(const domain::Debtor &d)
{
    QString text = domain::foldForSearch(QString(d.name + QLatin1Char(' ') + d.externalRef + QLatin1Char(' ') + d.taxId));
    // "0012" is also "12", "CLI-000372" "372", "1.020.345.678" "1020345678",
    // as schema 44 wrote them for the debtors before it.
    for (const QString &word : domain::extraSearchWords(d.externalRef, d.taxId))
        text += QLatin1Char(' ') + word;
    return text;
}

domain::Id DebtorRepository::add(const domain::Debtor &debtor)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO debtors (external_ref, kind, name, tax_id, time_zone, segment, risk, value, "
        "assigned_agent_id, status, do_not_contact, dnc_reason, address, city, search_text, "
        "created_at, updated_at) VALUES (:ref, :kind, :name, :tax_id, :tz, :segment, :risk, "
        ":value, :agent, :status, :dnc, :dnc_reason, :address, :city, :search, :now, :created) "
        "RETURNING id"));
    bindDebtor(q, debtor);
    q.bind(QStringLiteral(":created"), QDateTime::currentDateTimeUtc());
    const domain::Id id = q.execScalar();
    SqlQuery(m_db, QStringLiteral("INSERT INTO debtor_totals (debtor_id) VALUES (:id)"))
        .bind(QStringLiteral(":id"), id)
        .exec();
    return id;
}

void DebtorRepository::update(const domain::Debtor &debtor)
{
    SqlQuery q(m_db, QStringLiteral(
        "UPDATE debtors SET external_ref = :ref, kind = :kind, name = :name, tax_id = :tax_id, "
        "time_zone = :tz, segment = :segment, risk = :risk, value = :value, "
        "assigned_agent_id = :agent, status = :status, do_not_contact = :dnc, "
        "dnc_reason = :dnc_reason, address = :address, city = :city, search_text = :search, "
        "updated_at = :now WHERE id = :id"));
    bindDebtor(q, debtor);
    q.bind(QStringLiteral(":id"), debtor.id).exec();
}

bool DebtorRepository::reactivateIfSettled(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE debtors SET status = 'active', updated_at = :now "
                                    "WHERE id = :id AND status = 'settled'"));
    q.bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc()).bind(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() == 1;
}

bool DebtorRepository::close(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE debtors SET status = 'closed', updated_at = :now "
                                    "WHERE id = :id AND status <> 'closed'"));
    q.bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc()).bind(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() == 1;
}

bool DebtorRepository::reopenIfClosed(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE debtors SET status = 'active', updated_at = :now "
                                    "WHERE id = :id AND status = 'closed'"));
    q.bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc()).bind(QStringLiteral(":id"), id).exec();
    return q.rowsAffected() == 1;
}

bool DebtorRepository::exists(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next();
}

std::optional<domain::Debtor> DebtorRepository::byId(domain::Id id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM debtors WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readDebtor(q);
}

std::optional<domain::Debtor> DebtorRepository::byRef(const QString &externalRef)
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM debtors WHERE external_ref = :ref"));
    q.bind(QStringLiteral(":ref"), externalRef).exec();
    if (!q.next())
        return std::nullopt;
    return readDebtor(q);
}

qint64 DebtorRepository::count()
{
    return SqlQuery(m_db, QStringLiteral("SELECT count(*) FROM debtors")).execScalar();
}

qint64 DebtorRepository::moveTimeZone(const QString &from, const QString &to)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE debtors SET time_zone = :to, updated_at = :now WHERE time_zone = :from"));
    q.bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":from"), from)
        .exec();
    return q.rowsAffected();
}

QString DebtorRepository::lastRef()
{
    SqlQuery q(m_db, QStringLiteral("SELECT external_ref FROM debtors ORDER BY id DESC LIMIT 1"));
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace libreta::store
