#include "services/documentservice.h"
#include "services/documentwords.h"

#include "domain/aging.h"
#include "domain/entitycodes.h"
#include "domain/officecountry.h"
#include "domain/scriptaddressee.h"
#include "domain/scripttext.h"
#include "domain/shortdate.h"
#include "domain/taxidname.h"
#include "domain/textfold.h"
#include "domain/weekday.h"
#include "services/audittrail.h"
#include "services/contactservice.h"
#include "services/debtorfile.h"
#include "services/debtorfilereader.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/documentlogrepository.h"
#include "store/settingsrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace libreta::services {

using namespace domain;

namespace {

// The last part of an address, after a comma, begins with `city`:
// "Calle 45 # 12-30, Bogotá", "Av. Arequipa 1234, Lima 15001" (not
// "Av. Reforma 10" in Reforma, nor "Calle 5, Col. Reforma").
bool addressEndsWithCity(const QString &address, const QString &city)
{
    const QString place = foldForSearch(city);
    if (place.isEmpty() || !address.contains(QLatin1Char(',')))
        return false;
    const QString last = foldForSearch(address.section(QLatin1Char(','), -1));
    return last == place || last.startsWith(place + QLatin1Char(' '));
}

const char *kindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Statement: return "statement";
    case DocumentKind::PromiseConfirmation: return "confirmation";
    case DocumentKind::PaidInFull: return "paidinfull";
    case DocumentKind::PaymentReminder: return "reminder";
    }
    return "statement";
}

// What a reminder asks to be paid: the invoices past their due date, not
// those in dispute (an argument being cleared is not demanded), oldest first.
QList<Invoice> overdueInvoices(const DebtorFile &file)
{
    QList<Invoice> out;
    for (const Invoice &i : file.invoices)
        if (i.outstanding.isPositive() && !i.disputed && daysPastDue(i.dueDate, file.today) > 0)
            out.append(i);
    std::sort(out.begin(), out.end(), [](const Invoice &a, const Invoice &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id;
    });
    return out;
}

// The day a reminder asks the overdue balance to be paid by: a week gives
// the debtor time to arrange it, and the agent a date to follow up; a
// Saturday or Sunday (a letter written at the weekend) moves to Monday,
// when banks and the office are open.
QDate payBy(const QDate &today) { return onWeekday(today.addDays(7)); }

QList<Promise> pendingPromises(const DebtorFile &file)
{
    QList<Promise> out;
    for (const Promise &p : file.promises)
        if (p.status == PromiseStatus::Pending)
            out.append(p);
    std::sort(out.begin(), out.end(), [](const Promise &a, const Promise &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id;
    });
    return out;
}

} // namespace

QString DocumentService::templateFileName(DocumentKind kind, const QString &language)
{
    return QStringLiteral("%1.%2.html").arg(QString::fromLatin1(kindKey(kind)), language == u"en" ? QStringLiteral("en")
                                                                                                  : QStringLiteral("es"));
}

QString DocumentService::templateText(DocumentKind kind, const QString &language, QString *source) const
{
    const QString name = templateFileName(kind, language);
    QStringList candidates;
    if (!m_officeTemplates.isEmpty())
        candidates << QDir(m_officeTemplates).filePath(name);
    candidates << QStringLiteral(":/templates/") + name;
    for (const QString &path : std::as_const(candidates)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            if (source)
                *source = path;
            return QString::fromUtf8(f.readAll());
        }
    }
    throw InputError(QStringLiteral("template"), tr("The template %1 is missing.").arg(name));
}

OfficeDetails DocumentService::officeDetails()
{
    store::SettingsRepository s(m_db);
    return {s.value(QStringLiteral("office_name")),    s.value(QStringLiteral("office_address")),
            s.value(QStringLiteral("office_phone")),   s.value(QStringLiteral("office_email")),
            s.value(QStringLiteral("office_tax_id")),  s.value(QStringLiteral("payment_instructions"))};
}

bool DocumentService::mayChangeOfficeDetails(store::Database &db, std::optional<Id> userId)
{
    return maySupervise(db, userId);
}

void DocumentService::saveOfficeDetails(const OfficeDetails &d, std::optional<Id> userId)
{
    if (!mayChangeOfficeDetails(m_db, userId))
        throw InputError(QStringLiteral("user"),
                         tr("Only a supervisor or an administrator may change the office's details: debtors pay "
                            "by them."));
    if (d.name.trimmed().isEmpty())
        throw InputError(QStringLiteral("office_name"), tr("Office name: write the name letters are signed with."));
    // Printed on every letter, where a debtor copies it to answer: checked
    // as a contact's are.
    if (!d.email.trimmed().isEmpty() && !ContactService::looksLikeEmail(d.email.trimmed()))
        throw InputError(QStringLiteral("office_email"),
                         tr("E-mail: “%1” is not an e-mail address (like cobranza@example.com).").arg(d.email.trimmed()));
    if (const QString phone = d.phone.simplified(); !phone.isEmpty()) {
        if (const QString problem = ContactService::phoneProblem(phone); !problem.isEmpty())
            throw InputError(QStringLiteral("office_phone"), tr("Phone: “%1” %2.").arg(phone, problem));
    }
    store::Transaction tx(m_db);
    store::SettingsRepository s(m_db);
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("office_name"), d.name.trimmed()},
        {QStringLiteral("office_address"), d.address.trimmed()},
        {QStringLiteral("office_phone"), d.phone.trimmed()},
        {QStringLiteral("office_email"), d.email.trimmed()},
        {QStringLiteral("office_tax_id"), d.taxId.trimmed()},
        {QStringLiteral("payment_instructions"), d.paymentInstructions.trimmed()},
    };
    // What changed, by name: the activity says who changed how debtors pay
    // and when (the old text is in the backups).
    QStringList changed;
    for (const auto &[key, value] : values) {
        if (s.value(key) == value)
            continue;
        s.setValue(key, value);
        changed << key;
    }
    if (!changed.isEmpty())
        AuditTrail(m_db, m_clock)
            .record(userId, QStringLiteral("office_details.changed"), QStringLiteral("office"), 0,
                    QStringLiteral("changed=") + changed.join(QLatin1Char(',')));
    tx.commit();
}

TemplateValues DocumentService::values(DocumentKind kind, const DebtorFile &file, const OfficeDetails &office,
                                       const DocumentRequest &request, const QDateTime &calculatedAt)
{
    const QString &lang = request.language;
    const QLocale &locale = request.locale;
    const QString symbol = request.currencySymbol.isEmpty() ? file.settings.currencyCode : request.currencySymbol;
    auto money = [&](Money m) { return m.format(locale, symbol); };
    // A letter is kept for years: its dates have a four-digit year.
    auto date = [&](const QDate &d) { return domain::shortDate(d, locale); };

    TemplateValues v;
    auto &f = v.fields;
    f[QStringLiteral("office.name")] = office.name;
    f[QStringLiteral("office.address")] = office.address;
    f[QStringLiteral("office.phone")] = office.phone;
    f[QStringLiteral("office.email")] = office.email;
    f[QStringLiteral("office.tax_id")] = office.taxId;
    // Spanish letters name the tax id as the office's country does.
    f[QStringLiteral("tax_id_label")] = spanishTaxIdName(file.settings.currencyCode);
    // The debtor's, by what they are: a person's cédula is not a NIT.
    f[QStringLiteral("debtor.tax_id_label")] =
        spanishTaxIdName(file.settings.currencyCode, file.debtor.kind, file.debtor.taxId);
    // The instructions' placeholders ({referencia}: what the debtor writes
    // on the transfer) filled as the call's close fills them.
    ScriptValues script;
    script.company = office.name;
    // A person by name in the order it is said; a company as it is called.
    const bool company = file.debtor.kind == DebtorKind::Company;
    const QString addressee = company ? file.debtor.name : nameInSpeakingOrder(file.debtor.name);
    script.debtor = addressee;
    script.reference = file.debtor.externalRef;
    // A reminder asks for what is overdue: "{saldo}" in its instructions
    // is that, not the whole balance its table would contradict.
    Money overdueTotal;
    const QList<Invoice> overdueList = overdueInvoices(file);
    for (const Invoice &i : overdueList)
        overdueTotal += i.outstanding;
    script.balance = money(kind == DocumentKind::PaymentReminder ? overdueTotal : file.totals.outstanding);
    f[QStringLiteral("office.payment_instructions")] = fillScript(office.paymentInstructions, script);
    // Instructions that already tell the debtor's reference: a letter asks
    // for it once, not again below them.
    f[QStringLiteral("instructions_name_reference")] =
        namesReference(office.paymentInstructions) ? QStringLiteral("1") : QString();
    f[QStringLiteral("title")] = documentWord(lang, kindKey(kind));
    f[QStringLiteral("date")] = locale.toString(file.today, QLocale::LongFormat);
    // On the 24-hour clock: a template's sentence goes on after it, and a
    // time ending in "p. m." made it "p. m.." where a sentence ends.
    // On the office's clock: letters written in batch on a server kept
    // in UTC would say the server's hour, not the office's.
    const QTimeZone officeZone(file.settings.debtorTimeZone.toUtf8());
    const QDateTime officeTime = officeZone.isValid() ? calculatedAt.toTimeZone(officeZone) : calculatedAt.toLocalTime();
    f[QStringLiteral("calculated_at")] = date(officeTime.date()) + QLatin1Char(' ') +
                                         officeTime.time().toString(QStringLiteral("HH:mm"));
    f[QStringLiteral("debtor.name")] = addressee;
    // A company is written to as a company: "Estimado(a) Distribuidora
    // Escolar S.A.C." read as a letter to a person.
    f[QStringLiteral("greeting")] =
        lang == u"en" ? (company ? QStringLiteral("Dear Sir or Madam,") : QStringLiteral("Dear %1,").arg(addressee))
                      : (company ? QStringLiteral("Estimados señores:") : QStringLiteral("Estimado(a) %1:").arg(addressee));
    f[QStringLiteral("debtor.ref")] = file.debtor.externalRef;
    f[QStringLiteral("debtor.tax_id")] = file.debtor.taxId;
    f[QStringLiteral("debtor.address")] = file.debtor.address;
    // An address that ends with its city ("Calle 45 # 12-30, Bogotá") does
    // not get it twice ("…, Bogotá, Bogotá") where the letter adds it.
    f[QStringLiteral("debtor.city")] = addressEndsWithCity(file.debtor.address, file.debtor.city) ? QString()
                                                                                                  : file.debtor.city;

    Money invoiced, paid;
    auto &invoices = v.lists[QStringLiteral("invoices")];
    for (const Invoice &i : file.invoices) {
        invoiced += i.amount;
        const int late = i.outstanding.isPositive() ? std::max(0, daysPastDue(i.dueDate, file.today)) : 0;
        const char *status = !i.outstanding.isPositive() ? (i.adjusted.isPositive() ? "settled" : "paid")
                             : i.disputed                 ? "disputed"
                             : late > 0                   ? "overdue"
                                                          : "current";
        invoices.append({{QStringLiteral("number"), i.number},
                         // The number it came with, which the debtor's copy may still carry.
                         {QStringLiteral("former_number"), i.formerNumbers.join(QStringLiteral(", "))},
                         {QStringLiteral("issue_date"), date(i.issueDate)},
                         {QStringLiteral("due_date"), date(i.dueDate)},
                         {QStringLiteral("amount"), money(i.amount)},
                         {QStringLiteral("paid"), money(i.amount - i.outstanding - i.adjusted)},
                         {QStringLiteral("adjusted"), i.adjusted.isPositive() ? money(i.adjusted) : QString()},
                         {QStringLiteral("outstanding"), money(i.outstanding)},
                         {QStringLiteral("days_past_due"), late > 0 ? locale.toString(late) : QString()},
                         {QStringLiteral("status"), documentWord(lang, status)}});
    }
    auto &payments = v.lists[QStringLiteral("payments")];
    // The statement lists what the debtor paid: a reversed payment (a
    // cheque the bank returned) is not a payment.
    QList<Payment> byDate;
    for (const Payment &p : file.payments)
        if (!p.reversed())
            byDate.append(p);
    std::sort(byDate.begin(), byDate.end(), [](const Payment &a, const Payment &b) {
        return a.paidOn != b.paidOn ? a.paidOn < b.paidOn : a.id < b.id;
    });
    for (const Payment &p : std::as_const(byDate)) {
        paid += p.amount;
        payments.append({{QStringLiteral("date"), date(p.paidOn)},
                         {QStringLiteral("amount"), money(p.amount)},
                         {QStringLiteral("method"), documentMethodWord(lang, p.method)},
                         {QStringLiteral("reference"), p.reference}});
    }
    // What the office took off without money coming in (schema 19), oldest
    // first; the note is the office's own and stays out of the document.
    auto &adjustments = v.lists[QStringLiteral("adjustments")];
    Money adjusted;
    for (auto it = file.adjustments.crbegin(); it != file.adjustments.crend(); ++it) {
        if (it->withdrawn())
            continue;
        adjusted += it->amount;
        adjustments.append(
            {{QStringLiteral("date"), date(it->createdAt.toLocalTime().date())},
             {QStringLiteral("kind"),
              documentWord(lang, QByteArray(QByteArrayLiteral("adjustment.") + toCode(it->kind).toLatin1()).constData())},
             {QStringLiteral("amount"), money(it->amount)}});
    }
    f[QStringLiteral("total_adjusted")] = adjusted.isPositive() ? money(adjusted) : QString();
    // For templates that leave a table out when it would be empty.
    f[QStringLiteral("has_invoices")] = file.invoices.isEmpty() ? QString() : QStringLiteral("1");
    f[QStringLiteral("has_payments")] = byDate.isEmpty() ? QString() : QStringLiteral("1");
    f[QStringLiteral("total_invoiced")] = money(invoiced);
    f[QStringLiteral("total_paid")] = money(paid);
    f[QStringLiteral("outstanding")] = money(file.totals.outstanding);
    f[QStringLiteral("credit")] = file.totals.credit.isPositive() ? money(file.totals.credit) : QString();
    f[QStringLiteral("days_past_due")] = file.daysPastDue > 0 ? locale.toString(file.daysPastDue) : QString();
    f[QStringLiteral("aging")] =
        file.totals.outstanding.isPositive()
            ? documentWord(lang, QByteArray(QByteArrayLiteral("aging.") + agingBucketCode(file.bucket).toLatin1()).constData())
            : QString();
    f[QStringLiteral("last_payment_date")] = byDate.isEmpty() ? QString() : date(byDate.last().paidOn);
    f[QStringLiteral("invoice_count")] = locale.toString(file.invoices.size());
    // "la factura registrada … se encuentra", not "las 1 facturas … se encuentran".
    f[QStringLiteral("one_invoice")] = file.invoices.size() == 1 ? QStringLiteral("1") : QString();

    auto &promises = v.lists[QStringLiteral("promises")];
    Money promised;
    bool partlyPaid = false;
    const QList<Promise> pending = pendingPromises(file);
    for (const Promise &p : pending) {
        // What is left of it: a payment asked for again in full would be
        // paid twice.
        const Money left = p.amount - p.paid;
        promised += left;
        partlyPaid = partlyPaid || p.paid.isPositive();
        promises.append({{QStringLiteral("number"), locale.toString(promises.size() + 1)},
                         {QStringLiteral("due_date"), date(p.dueDate)},
                         {QStringLiteral("amount"), money(left)},
                         {QStringLiteral("agreed"), p.paid.isPositive() ? money(p.amount) : QString()},
                         {QStringLiteral("paid"), p.paid.isPositive() ? money(p.paid) : QString()},
                         {QStringLiteral("method"), documentMethodWord(lang, p.method)}});
    }
    f[QStringLiteral("promise_total")] = money(promised);
    f[QStringLiteral("partly_paid")] = partlyPaid ? QStringLiteral("1") : QString();
    f[QStringLiteral("promise_count")] = locale.toString(pending.size());
    f[QStringLiteral("promise_first_date")] = pending.isEmpty() ? QString() : date(pending.first().dueDate);
    f[QStringLiteral("promise_method")] = pending.isEmpty() ? QString() : documentMethodWord(lang, pending.first().method);
    f[QStringLiteral("promise_made_on")] = pending.isEmpty() ? QString() : date(pending.first().madeOn);
    f[QStringLiteral("plan")] = pending.size() > 1 ? QStringLiteral("1") : QString();
    // Charged to the debtor's account: the office's transfer instructions
    // would tell the debtor to pay twice, or neither way.
    const bool charged = !pending.isEmpty() && std::all_of(pending.cbegin(), pending.cend(), [](const Promise &p) {
        return p.method == PaymentMethod::DirectDebit;
    });
    if (kind == DocumentKind::PromiseConfirmation && charged) {
        f[QStringLiteral("office.payment_instructions")] = documentWord(lang, "direct_debit.instructions");
        f[QStringLiteral("instructions_name_reference")] = QStringLiteral("1");  // nothing to quote it on
    }

    auto &overdue = v.lists[QStringLiteral("overdue_invoices")];
    for (const Invoice &i : overdueList) {
        overdue.append({{QStringLiteral("number"), i.number},
                        {QStringLiteral("former_number"), i.formerNumbers.join(QStringLiteral(", "))},
                        {QStringLiteral("due_date"), date(i.dueDate)},
                        {QStringLiteral("days_past_due"), locale.toString(daysPastDue(i.dueDate, file.today))},
                        {QStringLiteral("outstanding"), money(i.outstanding)}});
    }
    f[QStringLiteral("overdue_total")] = money(overdueTotal);
    f[QStringLiteral("overdue_count")] = locale.toString(overdue.size());
    f[QStringLiteral("pay_by")] = locale.toString(payBy(file.today), QLocale::LongFormat);
    return v;
}

QString DocumentService::kindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Statement: return QStringLiteral("statement");
    case DocumentKind::PromiseConfirmation: return QStringLiteral("confirmation");
    case DocumentKind::PaidInFull: return QStringLiteral("paid_in_full");
    case DocumentKind::PaymentReminder: return QStringLiteral("reminder");
    }
    return QStringLiteral("statement");
}

std::optional<DocumentKind> DocumentService::kindFromCode(const QString &code)
{
    for (const DocumentKind kind : {DocumentKind::Statement, DocumentKind::PaymentReminder,
                                    DocumentKind::PromiseConfirmation, DocumentKind::PaidInFull})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString DocumentService::kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Statement: return tr("Account statement");
    case DocumentKind::PromiseConfirmation: return tr("Confirmation letter");
    case DocumentKind::PaidInFull: return tr("Paid-in-full letter");
    case DocumentKind::PaymentReminder: return tr("Payment reminder");
    }
    return {};
}

void DocumentService::recordWritten(const QList<domain::Id> &debtorIds, DocumentKind kind, bool printed,
                                    std::optional<domain::Id> userId)
{
    if (debtorIds.isEmpty())
        return;
    store::Transaction tx(m_db);
    store::DocumentLogRepository log(m_db);
    domain::DocumentWritten d;
    d.kind = kindCode(kind);
    d.writtenAt = m_clock.nowUtc();
    d.writtenBy = userId;
    d.printed = printed;
    for (const domain::Id id : debtorIds) {
        d.debtorId = id;
        log.add(d);
    }
    tx.commit();
}

std::optional<DocumentObstacle> DocumentService::obstacle(DocumentKind kind, const DebtorFile &file)
{
    if (kind == DocumentKind::PromiseConfirmation && pendingPromises(file).isEmpty())
        return DocumentObstacle::NoPendingPromise;
    if (kind == DocumentKind::PaidInFull) {
        if (file.totals.outstanding.isPositive())
            return DocumentObstacle::StillOwes;
        if (file.invoices.isEmpty())
            return DocumentObstacle::NoInvoices;
        // A debt written off was not paid: the letter would say it was.
        if (file.writtenOff())
            return DocumentObstacle::WrittenOff;
    }
    if (kind == DocumentKind::PaymentReminder) {
        // A letter asking to pay by a date of ours would contradict the
        // date the debtor agreed.
        if (!pendingPromises(file).isEmpty())
            return DocumentObstacle::PromisePending;
        if (overdueInvoices(file).isEmpty())
            return DocumentObstacle::NothingOverdue;
    }
    return std::nullopt;
}

Document DocumentService::compose(const DocumentRequest &request)
{
    const auto file = DebtorFileReader(m_db).read(request.debtorId, m_clock.today(), m_clock.nowUtc());
    if (!file)
        throw InputError(QStringLiteral("debtor"), tr("This debtor is no longer in the file."));
    if (const auto why = obstacle(request.kind, *file)) {
        const QString &name = file->debtor.name;
        switch (*why) {
        case DocumentObstacle::NoPendingPromise:
            throw InputError(QStringLiteral("promise"), tr("%1 has no pending promise or plan to confirm.").arg(name));
        case DocumentObstacle::StillOwes:
            throw InputError(QStringLiteral("balance"),
                             tr("%1 still owes %2: a paid-in-full letter is written once the balance is zero.")
                                 .arg(name, file->totals.outstanding.format(request.locale,
                                                                            request.currencySymbol.isEmpty()
                                                                                ? file->settings.currencyCode
                                                                                : request.currencySymbol)));
        case DocumentObstacle::NoInvoices:
            throw InputError(QStringLiteral("balance"),
                             tr("%1 has no invoices: there is nothing to declare paid.").arg(name));
        case DocumentObstacle::WrittenOff:
            throw InputError(QStringLiteral("balance"),
                             tr("%1's balance was written off, not paid: a paid-in-full letter cannot say it "
                                "was paid.")
                                 .arg(name));
        case DocumentObstacle::NothingOverdue:
            throw InputError(QStringLiteral("balance"),
                             tr("%1 has no invoice past its due date (disputed ones aside): there is nothing to "
                                "remind.")
                                 .arg(name));
        case DocumentObstacle::PromisePending:
            throw InputError(QStringLiteral("promise"),
                             tr("%1 has a promise pending: send the confirmation letter rather than a reminder "
                                "with a date of ours.")
                                 .arg(name));
        }
    }
    return compose(*file, request, officeDetails(), templateText(request.kind, request.language));
}

Document DocumentService::compose(const DebtorFile &file, const DocumentRequest &request, const OfficeDetails &office,
                                  const QString &templateText) const
{
    const TemplateValues v = values(request.kind, file, office, request, m_clock.nowUtc());
    Document d;
    d.debtorId = file.debtor.id;
    d.title = QStringLiteral("%1 — %2").arg(v.fields.value(QStringLiteral("title")), file.debtor.name);
    d.html = fillTemplate(templateText, v);
    QString ref = file.debtor.externalRef;
    for (QChar &c : ref)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    d.fileName = QStringLiteral("%1-%2-%3.pdf")
                     .arg(documentWord(request.language, QByteArray(QByteArrayLiteral("file.") + kindKey(request.kind)).constData()),
                          ref, m_clock.today().toString(Qt::ISODate));
    return d;
}

} // namespace libreta::services
