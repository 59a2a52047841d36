#include "store/contactrepository.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {
const QString kSelect = QStringLiteral("SELECT id, debtor_id, name, role, best_time, do_not_contact FROM contacts ");

domain::Contact readContact(const SqlQuery &q)
{
    domain::Contact c;
    c.id = q.integer(0);
    c.debtorId = q.integer(1);
    c.name = q.text(2);
    c.role = domain::fromCode<domain::ContactRole>(q.text(3)).value_or(domain::ContactRole::Debtor);
    c.bestTime = q.text(4);
    c.doNotContact = q.boolean(5);
    return c;
}
} // namespace

domain::Id ContactRepository::add(const domain::Contact &c)
{
    const domain::Id id =
        SqlQuery(m_db, QStringLiteral("INSERT INTO contacts (debtor_id, name, role, best_time, do_not_contact) "
                                      "VALUES (:debtor, :name, :role, :best, :dnc) RETURNING id"))
            // Unknown here (0): NULL, and the table's trigger reads it from the contact.
            .bind(QStringLiteral(":debtor"), c.debtorId > 0 ? QVariant(c.debtorId) : QVariant())
            .bind(QStringLiteral(":name"), c.name)
            .bind(QStringLiteral(":role"), domain::toCode(c.role))
            .bind(QStringLiteral(":best"), c.bestTime)
            .bind(QStringLiteral(":dnc"), c.doNotContact)
            .execScalar();
    addPhonesAndEmails(c, id);
    return id;
}

void ContactRepository::update(const domain::Contact &c)
{
    SqlQuery(m_db, QStringLiteral("UPDATE contacts SET name = :name, role = :role, best_time = :best, "
                                  "do_not_contact = :dnc WHERE id = :id"))
        .bind(QStringLiteral(":name"), c.name)
        .bind(QStringLiteral(":role"), domain::toCode(c.role))
        .bind(QStringLiteral(":best"), c.bestTime)
        .bind(QStringLiteral(":dnc"), c.doNotContact)
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM contact_phones WHERE contact_id = :id"))
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    SqlQuery(m_db, QStringLiteral("DELETE FROM contact_emails WHERE contact_id = :id"))
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    addPhonesAndEmails(c, c.id);
}

void ContactRepository::addPhonesAndEmails(const domain::Contact &c, domain::Id contactId)
{
    // The debtor's search_text goes with the phone: a phone search's matches
    // are read in name order from the digits index (schema 31).
    SqlQuery phone(m_db, QStringLiteral("INSERT INTO contact_phones (contact_id, number, digits, label, debtor_id, "
                                        "search_text) VALUES (:contact, :number, :digits, :label, :debtor, "
                                        "(SELECT search_text FROM debtors WHERE id = :debtor))"));
    for (const auto &p : c.phones)
        phone.bind(QStringLiteral(":contact"), contactId)
            // Unknown here (0): NULL, and the table's triggers read both from the contact.
            .bind(QStringLiteral(":debtor"), c.debtorId > 0 ? QVariant(c.debtorId) : QVariant())
            .bind(QStringLiteral(":number"), p.number)
            .bind(QStringLiteral(":digits"), domain::phoneDigits(p.number))
            .bind(QStringLiteral(":label"), p.label)
            .exec();
    SqlQuery email(m_db, QStringLiteral("INSERT INTO contact_emails (contact_id, address, label) "
                                        "VALUES (:contact, :address, :label)"));
    for (const auto &e : c.emails)
        email.bind(QStringLiteral(":contact"), contactId)
            .bind(QStringLiteral(":address"), e.address)
            .bind(QStringLiteral(":label"), e.label)
            .exec();
}

void ContactRepository::readPhonesAndEmails(domain::Contact &c)
{
    SqlQuery p(m_db, QStringLiteral("SELECT id, number, label FROM contact_phones WHERE contact_id = :c ORDER BY id"));
    p.bind(QStringLiteral(":c"), c.id).exec();
    while (p.next())
        c.phones.append({p.integer(0), p.text(1), p.text(2)});
    SqlQuery e(m_db, QStringLiteral("SELECT id, address, label FROM contact_emails WHERE contact_id = :c ORDER BY id"));
    e.bind(QStringLiteral(":c"), c.id).exec();
    while (e.next())
        c.emails.append({e.integer(0), e.text(1), e.text(2)});
}

QList<domain::Contact> ContactRepository::forDebtor(domain::Id debtorId)
{
    QList<domain::Contact> contacts;
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE debtor_id = :debtor ORDER BY id"));
    q.bind(QStringLiteral(":debtor"), debtorId).exec();
    while (q.next())
        contacts.append(readContact(q));
    for (auto &c : contacts)
        readPhonesAndEmails(c);
    return contacts;
}

std::optional<domain::Contact> ContactRepository::byId(domain::Id contactId)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), contactId).exec();
    if (!q.next())
        return std::nullopt;
    domain::Contact c = readContact(q);
    readPhonesAndEmails(c);
    return c;
}

} // namespace libreta::store
