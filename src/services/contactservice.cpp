#include "services/contactservice.h"

#include "domain/entitycodes.h"
#include "domain/textfold.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QRegularExpression>
#include <QSet>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

// What a phone number may be written with: digits, spaces and the usual
// punctuation. Letters mean something else was typed in the field.
bool hasOnlyPhoneCharacters(const QString &number)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9+()\\-. /]+$"));
    return allowed.match(number).hasMatch();
}

} // namespace

bool ContactService::looksLikeEmail(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return pattern.match(address).hasMatch();
}

QString ContactService::phoneProblem(const QString &number)
{
    if (!hasOnlyPhoneCharacters(number))
        return tr("has characters that are not part of a phone number");
    const qsizetype digits = phoneDigits(number).size();
    if (digits < kMinPhoneDigits)
        return tr("has too few digits (at least %1)").arg(kMinPhoneDigits);
    if (digits > kMaxPhoneDigits)
        return tr("has too many digits (at most %1)").arg(kMaxPhoneDigits);
    return {};
}

Contact ContactService::checked(const Contact &input)
{
    Contact c = input;
    c.name = c.name.simplified();
    c.bestTime = c.bestTime.simplified();
    if (c.name.isEmpty())
        throw InputError(QStringLiteral("name"), tr("Name: write who this contact is."));

    c.phones.clear();
    QSet<QString> digitsSeen;
    int row = 0;
    for (Phone p : input.phones) {
        ++row;
        p.number = p.number.simplified();
        p.label = p.label.simplified();
        if (p.number.isEmpty() && p.label.isEmpty())
            continue;
        const QString field = QStringLiteral("phone.%1").arg(row);
        if (p.number.isEmpty())
            throw InputError(field, tr("Phone %1: the number is missing.").arg(row));
        if (!hasOnlyPhoneCharacters(p.number))
            throw InputError(field, tr("Phone %1: “%2” has characters that are not part of a phone number.")
                                        .arg(row)
                                        .arg(p.number));
        const QString digits = phoneDigits(p.number);
        if (digits.size() < kMinPhoneDigits)
            throw InputError(field, tr("Phone %1: “%2” has too few digits (at least %3).")
                                        .arg(row)
                                        .arg(p.number)
                                        .arg(kMinPhoneDigits));
        if (digits.size() > kMaxPhoneDigits)
            throw InputError(field, tr("Phone %1: “%2” has too many digits (at most %3).")
                                        .arg(row)
                                        .arg(p.number)
                                        .arg(kMaxPhoneDigits));
        if (digitsSeen.contains(digits))
            throw InputError(field, tr("Phone %1: this number is already in the list.").arg(row));
        digitsSeen.insert(digits);
        c.phones.append(p);
    }

    c.emails.clear();
    row = 0;
    for (Email e : input.emails) {
        ++row;
        e.address = e.address.trimmed();
        e.label = e.label.simplified();
        if (e.address.isEmpty() && e.label.isEmpty())
            continue;
        const QString field = QStringLiteral("email.%1").arg(row);
        if (!looksLikeEmail(e.address))
            throw InputError(field, tr("E-mail %1: “%2” is not an e-mail address (like name@example.com).")
                                        .arg(row)
                                        .arg(e.address));
        c.emails.append(e);
    }
    if (c.phones.isEmpty() && c.emails.isEmpty())
        throw InputError(QStringLiteral("phones"),
                         tr("Phones: give at least one phone number or e-mail, or the contact cannot be reached."));
    return c;
}

Id ContactService::add(const Contact &input, std::optional<Id> userId)
{
    const Contact c = checked(input);
    store::Transaction tx(m_db);
    if (!store::DebtorRepository(m_db).byId(c.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    const Id id = store::ContactRepository(m_db).add(c);
    store::TotalsRepository(m_db).refresh(c.debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("contact.add"), QStringLiteral("contact"), id,
                                     QStringLiteral("debtor=%1 role=%2 phones=%3 emails=%4 dnc=%5")
                                         .arg(c.debtorId)
                                         .arg(toCode(c.role))
                                         .arg(c.phones.size())
                                         .arg(c.emails.size())
                                         .arg(c.doNotContact ? 1 : 0));
    tx.commit();
    spdlog::info("contact {} added to debtor {}", id, c.debtorId);
    return id;
}

void ContactService::update(const Contact &input, std::optional<Id> userId)
{
    const Contact c = checked(input);
    store::Transaction tx(m_db);
    store::ContactRepository contacts(m_db);
    const auto stored = contacts.byId(c.id);
    if (!stored || stored->debtorId != c.debtorId)
        throw InputError(QStringLiteral("contact"), tr("This contact no longer exists in this debtor's file."));
    contacts.update(c);
    store::TotalsRepository(m_db).refresh(c.debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("contact.update"), QStringLiteral("contact"), c.id,
                                     QStringLiteral("debtor=%1 role=%2 phones=%3 emails=%4 dnc=%5")
                                         .arg(c.debtorId)
                                         .arg(toCode(c.role))
                                         .arg(c.phones.size())
                                         .arg(c.emails.size())
                                         .arg(c.doNotContact ? 1 : 0));
    tx.commit();
    spdlog::info("contact {} of debtor {} updated", c.id, c.debtorId);
}

} // namespace libreta::services
