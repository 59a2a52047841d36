#include "services/debtorservice.h"

#include "domain/entitycodes.h"
#include "domain/nextreference.h"
#include "domain/segmentname.h"
#include "domain/taxidcheck.h"
#include "domain/textfold.h"
#include "services/audittrail.h"
#include "services/contactmerge.h"
#include "services/contactservice.h"
#include "services/inputerror.h"
#include "services/timezonecheck.h"
#include "store/debtorrepository.h"
#include "store/noterepository.h"
#include "store/portfoliorepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"


#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

Debtor DebtorService::checked(const Debtor &input, std::optional<Id> existingId)
{
    Debtor d = input;
    d.name = d.name.simplified();
    d.externalRef = d.externalRef.trimmed();
    d.taxId = d.taxId.trimmed().toUpper();
    d.timeZone = d.timeZone.trimmed();
    d.segment = d.segment.trimmed();
    d.address = d.address.trimmed();
    d.city = d.city.trimmed();

    if (d.name.isEmpty())
        throw InputError(QStringLiteral("name"), tr("Name: write the debtor's name."));
    if (d.name.size() > kMaxNameLength)
        throw InputError(QStringLiteral("name"), tr("Name: at most %1 characters.").arg(kMaxNameLength));
    if (d.externalRef.isEmpty())
        throw InputError(QStringLiteral("external_ref"),
                         tr("Reference: write the debtor's reference (account or customer number)."));
    if (d.externalRef.size() > kMaxRefLength)
        throw InputError(QStringLiteral("external_ref"), tr("Reference: at most %1 characters.").arg(kMaxRefLength));
    if (d.taxId.size() > kMaxTaxIdLength)
        throw InputError(QStringLiteral("tax_id"), tr("Tax id: at most %1 characters.").arg(kMaxTaxIdLength));
    // Checked when typed or changed: a debtor stored before the check keeps
    // saving while its other details are edited.
    const auto storedBefore = existingId ? store::DebtorRepository(m_db).byId(*existingId) : std::nullopt;
    if (!storedBefore || storedBefore->taxId != d.taxId)
        if (const auto problem = taxIdCheckProblem(d.taxId))
            throw InputError(QStringLiteral("tax_id"), tr("Tax id: %1").arg(*problem));
    TimeZoneCheck::require(QStringLiteral("time_zone"), d.timeZone);

    if (!d.segment.isEmpty()) {
        // A debtor's own segment retyped in other capitals is a correction
        // of its spelling, kept as typed.
        if (!storedBefore || foldForSearch(storedBefore->segment) != foldForSearch(d.segment))
            d.segment = segmentAsSpelled(d.segment, store::PortfolioRepository(m_db).segments());
    }
    const auto sameRef = store::DebtorRepository(m_db).byRef(d.externalRef);
    if (sameRef && sameRef->id != existingId.value_or(0))
        throw InputError(QStringLiteral("external_ref"),
                         tr("Reference: %1 already belongs to another debtor.").arg(d.externalRef));
    if (d.assignedAgentId) {
        const auto agent = store::UserRepository(m_db).byId(*d.assignedAgentId);
        if (!agent || !agent->active)
            throw InputError(QStringLiteral("agent"), tr("Agent: that user does not exist or is no longer active."));
    }
    return d;
}

QString DebtorService::suggestedReference()
{
    store::DebtorRepository debtors(m_db);
    QString ref = nextReference(debtors.lastRef());
    // References typed by hand may sit ahead of the numbering; a few steps
    // find a free one, and the form checks what is saved anyway.
    for (int tries = 0; tries < 50 && !ref.isEmpty() && debtors.byRef(ref); ++tries)
        ref = nextReference(ref);
    return ref.size() <= kMaxRefLength ? ref : QString();
}

Id DebtorService::create(const Debtor &input, std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    Debtor d = checked(input, std::nullopt);
    if (d.doNotContact && d.doNotContactReason.trimmed().isEmpty())
        throw InputError(QStringLiteral("reason"), tr("Do not contact: write the reason."));
    const Id id = store::DebtorRepository(m_db).add(d);
    store::TotalsRepository(m_db).refresh(id);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("debtor.create"), QStringLiteral("debtor"), id,
                                     QStringLiteral("kind=%1 status=%2").arg(toCode(d.kind), toCode(d.status)));
    tx.commit();
    spdlog::info("debtor {} created", id);
    return id;
}

Id DebtorService::createWithContact(const Debtor &debtor, const QString &phone, const QString &email,
                                    std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    const Id id = create(debtor, userId);  // a savepoint inside this one
    if (!phone.trimmed().isEmpty() || !email.trimmed().isEmpty()) {
        Contact own;
        own.debtorId = id;
        own.name = debtor.name.trimmed();
        own.role = ContactRole::Debtor;
        mergeReachability(own, phone, email);
        ContactService(m_db, m_clock).add(own, userId);
    }
    tx.commit();
    return id;
}

void DebtorService::update(const Debtor &input, std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    store::DebtorRepository debtors(m_db);
    const auto stored = debtors.byId(input.id);
    if (!stored)
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    Debtor d = checked(input, input.id);
    d.doNotContact = stored->doNotContact;
    d.doNotContactReason = stored->doNotContactReason;
    debtors.update(d);
    store::TotalsRepository(m_db).refresh(d.id);
    QStringList changed;
    if (d.name != stored->name)
        changed << QStringLiteral("name");
    if (d.externalRef != stored->externalRef)
        changed << QStringLiteral("external_ref");
    // Which fields, never their values: the log is kept for good.
    if (d.segment != stored->segment)
        changed << QStringLiteral("segment");  // it moves the discount limit
    if (d.taxId != stored->taxId)
        changed << QStringLiteral("tax_id");
    if (d.timeZone != stored->timeZone)
        changed << QStringLiteral("time_zone");
    if (d.address != stored->address || d.city != stored->city)
        changed << QStringLiteral("address");
    if (d.status != stored->status)
        changed << QStringLiteral("status=") + toCode(d.status);
    if (d.assignedAgentId != stored->assignedAgentId)
        changed << QStringLiteral("agent=") + (d.assignedAgentId ? QString::number(*d.assignedAgentId) : QStringLiteral("none"));
    if (d.risk != stored->risk || d.value != stored->value)
        changed << QStringLiteral("risk=%1 value=%2").arg(toCode(d.risk), toCode(d.value));
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("debtor.update"), QStringLiteral("debtor"), d.id,
                                     changed.join(QLatin1Char(' ')));
    tx.commit();
    spdlog::info("debtor {} updated", d.id);
}

void DebtorService::setDoNotContact(Id debtorId, bool doNotContact, const QString &reason,
                                    std::optional<Id> userId)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        throw InputError(QStringLiteral("reason"),
                         doNotContact ? tr("Reason: say why this debtor must not be called.")
                                      : tr("Reason: say why calls to this debtor may start again."));
    store::Transaction tx(m_db);
    store::DebtorRepository debtors(m_db);
    auto d = debtors.byId(debtorId);
    if (!d)
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    if (!doNotContact && !d->doNotContact)
        throw InputError(QStringLiteral("do_not_contact"), tr("This debtor is not marked do-not-contact."));
    if (doNotContact) {
        d->doNotContact = true;
        d->doNotContactReason = why;
    } else {
        // The flag's reason goes with the flag; why it was lifted stays in
        // the file's history, next to the calls that follow.
        Note note;
        note.debtorId = debtorId;
        note.authorId = userId;
        note.createdAt = m_clock.nowUtc();
        note.body = tr("Calls allowed again (do-not-contact lifted). Previous reason: %1. Why lifted: %2")
                        .arg(d->doNotContactReason, why);
        store::NoteRepository(m_db).add(note);
        d->doNotContact = false;
        d->doNotContactReason.clear();
    }
    debtors.update(*d);
    store::TotalsRepository(m_db).refresh(debtorId);
    AuditTrail(m_db, m_clock).record(userId, QStringLiteral("debtor.do_not_contact"), QStringLiteral("debtor"),
                                     debtorId, doNotContact ? QStringLiteral("set") : QStringLiteral("lifted"));
    tx.commit();
    spdlog::info("debtor {} do-not-contact {}", debtorId, doNotContact ? "set" : "lifted");
}

} // namespace libreta::services
