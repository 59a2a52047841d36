#include "store/contactrepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/sqlquery.h"

namespace libreta::store {

domain::Id ContactRepository::add(const domain::Contact &c)
{
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO contacts (debtor_id, name, role, best_time, do_not_contact) "
                                      "VALUES (:debtor, :name, :role, :best, :dnc) RETURNING id"))
            .bind(QStringLiteral(":debtor"), c.debtorId)
            .bind(QStringLiteral(":name"), c.name)
            .bind(QStringLiteral(":role"), domain::toCode(c.role))
            .bind(QStringLiteral(":best"), c.bestTime)
            .bind(QStringLiteral(":dnc"), c.doNotContact)
            .execScalar();
    SqlQuery phone(m_db, QStringLiteral("INSERT INTO contact_phones (contact_id, number, digits, label) "
                                        "VALUES (:contact, :number, :digits, :label)"));
    for (const auto &p : c.phones)
        phone.bind(QStringLiteral(":contact"), id)
            .bind(QStringLiteral(":number"), p.number)
            .bind(QStringLiteral(":digits"), domain::phoneDigits(p.number))
            .bind(QStringLiteral(":label"), p.label)
            .exec();
    SqlQuery email(m_db, QStringLiteral("INSERT INTO contact_emails (contact_id, address, label) "
                                        "VALUES (:contact, :address, :label)"));
    for (const auto &e : c.emails)
        email.bind(QStringLiteral(":contact"), id)
            .bind(QStringLiteral(":address"), e.address)
            .bind(QStringLiteral(":label"), e.label)
            .exec();
    return id;
}

QList<domain::Contact> ContactRepository::forDebtor(domain::Id debtorId)
{
    QList<domain::Contact> contacts;
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, role, best_time, do_not_contact FROM contacts "
                                    "WHERE debtor_id = :debtor ORDER BY id"));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    while (q.next()) {
        domain::Contact c;
        c.id = q.integer(0);
        c.debtorId = debtorId;
        c.name = q.text(1);
        c.role = domain::fromCode<domain::ContactRole>(q.text(2)).value_or(domain::ContactRole::Debtor);
        c.bestTime = q.text(3);
        c.doNotContact = q.boolean(4);
        contacts.append(c);
    }
    for (auto &c : contacts) {
        SqlQuery p(m_db, QStringLiteral("SELECT id, number, label FROM contact_phones WHERE contact_id = :c ORDER BY id"));
        p.bind(QStringLiteral(":c"), c.id).exec();
        while (p.next())
            c.phones.append({p.integer(0), p.text(1), p.text(2)});
        SqlQuery e(m_db, QStringLiteral("SELECT id, address, label FROM contact_emails WHERE contact_id = :c ORDER BY id"));
        e.bind(QStringLiteral(":c"), c.id).exec();
        while (e.next())
            c.emails.append({e.integer(0), e.text(1), e.text(2)});
    }
    return contacts;
}

} // namespace libreta::store
