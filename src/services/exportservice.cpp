#include "services/exportservice.h"

#include "csv/csvwriter.h"
#include "domain/aging.h"
#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "domain/textfold.h"
#include "services/inputerror.h"
#include "store/agingrepository.h"
#include "store/auditrepository.h"
#include "store/exportrepository.h"
#include "store/figuresrepository.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {


QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QString dateText(const std::optional<QDate> &d) { return d ? dateText(*d) : QString(); }

} // namespace

QString ExportService::kindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Portfolio: return QStringLiteral("portfolio");
    case ExportKind::Agenda: return QStringLiteral("agenda");
    case ExportKind::Calls: return QStringLiteral("calls");
    case ExportKind::Promises: return QStringLiteral("promises");
    case ExportKind::Payments: return QStringLiteral("payments");
    case ExportKind::Invoices: return QStringLiteral("invoices");
    case ExportKind::Contacts: return QStringLiteral("contacts");
    case ExportKind::Figures: return QStringLiteral("figures");
    case ExportKind::Activity: return QStringLiteral("activity");
    case ExportKind::Aging: return QStringLiteral("aging");
    case ExportKind::Adjustments: return QStringLiteral("adjustments");
    case ExportKind::Scores: return QStringLiteral("scores");
    case ExportKind::FollowThrough: return QStringLiteral("followthrough");
    }
    return {};
}

std::optional<ExportKind> ExportService::kindFromName(QStringView name)
{
    // The Spanish words too, as a nightly task's author may write them.
    static const QHash<QString, ExportKind> spanish = {
        {QStringLiteral("cartera"), ExportKind::Portfolio},   {QStringLiteral("llamadas"), ExportKind::Calls},
        {QStringLiteral("promesas"), ExportKind::Promises},   {QStringLiteral("pagos"), ExportKind::Payments},
        {QStringLiteral("facturas"), ExportKind::Invoices},   {QStringLiteral("contactos"), ExportKind::Contacts},
        {QStringLiteral("cifras"), ExportKind::Figures},      {QStringLiteral("actividad"), ExportKind::Activity},
        {QStringLiteral("antiguedad"), ExportKind::Aging},    {QStringLiteral("ajustes"), ExportKind::Adjustments},
        {QStringLiteral("calificaciones"), ExportKind::Scores}, {QStringLiteral("cumplimiento"), ExportKind::FollowThrough},
    };
    for (ExportKind k : allKinds())
        if (name == kindName(k))
            return k;
    const QString folded = domain::foldForSearch(name);
    if (const auto it = spanish.constFind(folded); it != spanish.constEnd())
        return *it;
    for (ExportKind k : allKinds())
        if (folded == kindName(k))
            return k;
    return std::nullopt;
}

QString ExportService::kindLabel(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Portfolio: return tr("Portfolio");
    case ExportKind::Agenda: return tr("Agenda");
    case ExportKind::Calls: return tr("Calls");
    case ExportKind::Promises: return tr("Promises");
    case ExportKind::Payments: return tr("Payments");
    case ExportKind::Invoices: return tr("Invoices");
    case ExportKind::Contacts: return tr("Contacts");
    case ExportKind::Figures: return tr("Dashboard figures");
    case ExportKind::Activity: return tr("Activity");
    case ExportKind::Aging: return tr("Aging");
    case ExportKind::Adjustments: return tr("Balance adjustments");
    case ExportKind::Scores: return tr("Review scores");
    case ExportKind::FollowThrough: return tr("Follow-through");
    }
    return {};
}

QList<ExportKind> ExportService::allKinds()
{
    return {ExportKind::Portfolio, ExportKind::Agenda,   ExportKind::Calls,   ExportKind::Promises,
            ExportKind::Payments,  ExportKind::Invoices, ExportKind::Contacts, ExportKind::Figures,
            ExportKind::Activity,  ExportKind::Aging,    ExportKind::Adjustments, ExportKind::Scores,
            ExportKind::FollowThrough};
}

QStringList ExportService::columns(ExportKind kind)
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    switch (kind) {
    case ExportKind::Portfolio:
        return list({"ref", "name", "kind", "tax_id", "phone", "email", "address", "city", "segment", "risk",
                     "value", "status", "agent", "outstanding", "days_past_due", "aging", "oldest_due_date",
                     "last_contact", "next_action", "promise_amount", "promise_paid", "promise_date", "promises_kept",
                     "promises_broken"});
    case ExportKind::Agenda:
        return list({"due_date", "due_time", "kind", "debtor_ref", "name", "description", "promise_amount",
                     "assigned_to"});
    case ExportKind::Calls:
        return list({"started_at", "debtor_ref", "name", "agent", "answered_by", "outcome", "excuse",
                     "excuse_words", "commitment", "refusal_reason", "next_step", "corrected_at"});
    case ExportKind::Promises:
        return list({"debtor_ref", "name", "amount", "due_date", "method", "status", "paid", "made_on", "plan",
                     "instalment"});
    case ExportKind::Payments:
        return list({"debtor_ref", "name", "invoice_number", "date", "amount", "method", "reference",
                     "allocated"});
    case ExportKind::Invoices:
        // former_number last: a sheet that reads the columns by place
        // reads what it always did.
        return list({"debtor_ref", "name", "number", "issue_date", "due_date", "amount", "outstanding",
                     "disputed", "former_number"});
    case ExportKind::Contacts:
        return list({"debtor_ref", "name", "role", "phone", "email"});
    case ExportKind::Figures:
        return list({"day", "agent", "segment", "calls", "contacts", "promises_made", "promised", "promises_kept",
                     "promises_partial", "promises_broken", "promises_paid", "payments", "recovered", "adjusted"});
    case ExportKind::Activity:
        return list({"at", "user", "login", "action", "entity", "entity_id", "debtor_ref", "name", "amount",
                     "details"});
    case ExportKind::Aging:
        return list({"as_of", "aging", "segment", "debtors", "outstanding"});
    case ExportKind::Scores:
        return list({"day", "agent", "reviews", "presentation_points", "presentation_scored", "listening_points",
                     "listening_scored", "negotiation_points", "negotiation_scored", "preclose_points",
                     "preclose_scored", "close_points", "close_scored"});
    case ExportKind::FollowThrough:
        return list({"day", "agent", "due", "done_on_time", "done_late", "cancelled", "open", "put_off"});
    case ExportKind::Adjustments:
        return list({"at", "debtor_ref", "name", "kind", "invoice_number", "amount", "by", "note"});
    }
    return {};
}

bool ExportService::isReport(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Figures:
    case ExportKind::Scores:
    case ExportKind::FollowThrough:
    case ExportKind::Aging:
    case ExportKind::Activity:
    case ExportKind::Adjustments: return true;
    default: return false;
    }
}

bool ExportService::inWordsAtTheDesk(ExportKind kind)
{
    // The calls, promises and payments a supervisor hands to the office's
    // client are read by people too: "Transferencia", not "transfer", and
    // the desk's clock, not UTC. The importer still reads them back.
    switch (kind) {
    case ExportKind::Portfolio:
    case ExportKind::Agenda:
    case ExportKind::Calls:
    case ExportKind::Promises:
    case ExportKind::Payments: return true;
    default: return isReport(kind);
    }
}

QStringList ExportService::titles(ExportKind kind)
{
    // The reports' columns in words; one table, as a column means the same
    // in every report it is in.
    static const QHash<QString, const char *> words = {
        {QStringLiteral("day"), QT_TR_NOOP("Day")},
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("segment"), QT_TR_NOOP("Segment")},
        {QStringLiteral("calls"), QT_TR_NOOP("Calls")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contacts")},
        {QStringLiteral("promises_made"), QT_TR_NOOP("Promises made")},
        {QStringLiteral("promised"), QT_TR_NOOP("Promised")},
        {QStringLiteral("promises_kept"), QT_TR_NOOP("Promises kept")},
        {QStringLiteral("promises_partial"), QT_TR_NOOP("Partly kept")},
        {QStringLiteral("promises_broken"), QT_TR_NOOP("Broken")},
        {QStringLiteral("promises_paid"), QT_TR_NOOP("Paid of those promises")},
        {QStringLiteral("payments"), QT_TR_NOOP("Payments")},
        {QStringLiteral("recovered"), QT_TR_NOOP("Recovered")},
        {QStringLiteral("adjusted"), QT_TR_NOOP("Taken off without payment")},
        {QStringLiteral("at"), QT_TR_NOOP("When")},
        {QStringLiteral("user"), QT_TR_NOOP("Person")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("entity"), QT_TR_NOOP("About")},
        {QStringLiteral("entity_id"), QT_TR_NOOP("Its number")},
        {QStringLiteral("debtor_ref"), QT_TR_NOOP("Debtor's reference")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("details"), QT_TR_NOOP("Details")},
        {QStringLiteral("as_of"), QT_TR_NOOP("As of")},
        {QStringLiteral("aging"), QT_TR_NOOP("Age")},
        {QStringLiteral("debtors"), QT_TR_NOOP("Debtors")},
        {QStringLiteral("outstanding"), QT_TR_NOOP("Outstanding")},
        {QStringLiteral("reviews"), QT_TR_NOOP("Reviews")},
        {QStringLiteral("presentation_points"), QT_TR_NOOP("Presentation points")},
        {QStringLiteral("presentation_scored"), QT_TR_NOOP("Presentation scored")},
        {QStringLiteral("listening_points"), QT_TR_NOOP("Listening points")},
        {QStringLiteral("listening_scored"), QT_TR_NOOP("Listening scored")},
        {QStringLiteral("negotiation_points"), QT_TR_NOOP("Negotiation points")},
        {QStringLiteral("negotiation_scored"), QT_TR_NOOP("Negotiation scored")},
        {QStringLiteral("preclose_points"), QT_TR_NOOP("Pre-close points")},
        {QStringLiteral("preclose_scored"), QT_TR_NOOP("Pre-close scored")},
        {QStringLiteral("close_points"), QT_TR_NOOP("Close points")},
        {QStringLiteral("close_scored"), QT_TR_NOOP("Close scored")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("done_on_time"), QT_TR_NOOP("Done on time")},
        {QStringLiteral("done_late"), QT_TR_NOOP("Done late")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("open"), QT_TR_NOOP("Still open")},
        {QStringLiteral("put_off"), QT_TR_NOOP("Put off")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("invoice_number"), QT_TR_NOOP("Invoice")},
        {QStringLiteral("by"), QT_TR_NOOP("By")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        // The portfolio's, in words the importer maps back to its fields.
        {QStringLiteral("ref"), QT_TR_NOOP("Reference")},
        {QStringLiteral("tax_id"), QT_TR_NOOP("Tax id")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("risk"), QT_TR_NOOP("Risk")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("days_past_due"), QT_TR_NOOP("Days past due")},
        {QStringLiteral("oldest_due_date"), QT_TR_NOOP("Oldest due date")},
        {QStringLiteral("last_contact"), QT_TR_NOOP("Last contact")},
        {QStringLiteral("next_action"), QT_TR_NOOP("Next action")},
        {QStringLiteral("promise_amount"), QT_TR_NOOP("Open promise")},
        {QStringLiteral("promise_paid"), QT_TR_NOOP("Paid of the promise")},
        {QStringLiteral("promise_date"), QT_TR_NOOP("Promise date")},
        // The agenda's, the calls', the promises' and the payments'.
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("due_time"), QT_TR_NOOP("Time")},
        {QStringLiteral("description"), QT_TR_NOOP("What to do")},
        {QStringLiteral("assigned_to"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("started_at"), QT_TR_NOOP("Call started")},
        {QStringLiteral("answered_by"), QT_TR_NOOP("Answered by")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("excuse"), QT_TR_NOOP("Reason for not paying")},
        {QStringLiteral("excuse_words"), QT_TR_NOOP("In the debtor's words")},
        {QStringLiteral("commitment"), QT_TR_NOOP("Commitment")},
        {QStringLiteral("refusal_reason"), QT_TR_NOOP("Why they refused")},
        {QStringLiteral("next_step"), QT_TR_NOOP("Next step")},
        {QStringLiteral("corrected_at"), QT_TR_NOOP("Corrected")},
        {QStringLiteral("method"), QT_TR_NOOP("Payment method")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("made_on"), QT_TR_NOOP("Promised on")},
        {QStringLiteral("plan"), QT_TR_NOOP("Plan")},
        {QStringLiteral("instalment"), QT_TR_NOOP("Instalment")},
        {QStringLiteral("date"), QT_TR_NOOP("Payment date")},
        {QStringLiteral("reference"), QT_TR_NOOP("Payment reference")},
        {QStringLiteral("allocated"), QT_TR_NOOP("Applied to that invoice")},
    };
    QStringList out = columns(kind);
    if (!inWordsAtTheDesk(kind))
        return out;
    for (QString &column : out)
        if (const char *text = words.value(column))
            column = tr(text);
    return out;
}

qint64 ExportService::write(const ExportRequest &request, QIODevice &out)
{
    // An empty file would read as "nothing happened in those days".
    if (request.from && request.to && request.from->isValid() && request.to->isValid() && *request.from > *request.to)
        throw InputError(QStringLiteral("to"), tr("Up to: %1 is before the first day, %2.")
                                                   .arg(domain::shortDate(*request.to),
                                                        domain::shortDate(*request.from)));
    csv::Writer writer(out, request.delimiter);
    const bool comma = request.delimiter == ';';
    auto money = [comma](Money m) {
        QString s = m.toPlainString();
        if (comma)
            s.replace(u'.', u',');
        return s;
    };
    const QDate today = m_clock.today();
    writer.writeRow(request.titlesInWords ? titles(request.kind) : columns(request.kind));
    // In words, as the desk shows them (and the importer still reads them):
    // "Empresa", "Transferencia", the desk's clock. Otherwise the codes and
    // UTC a script reads.
    const bool words = request.titlesInWords;
    auto said = [words](auto v) { return words ? label(v) : toCode(v); };
    auto when = [words](const QDateTime &at) {
        return words ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : at.toUTC().toString(Qt::ISODate);
    };
    // A report's line for work nobody had: said, not an empty cell.
    const QString nobody = request.titlesInWords ? tr("Nobody") : QString();
    auto agent = [&nobody](const QString &name) { return name.isEmpty() ? nobody : name; };
    qint64 rows = 0;
    store::ExportRepository repo(m_db);

    switch (request.kind) {
    case ExportKind::Portfolio: {
        store::PortfolioQuery query = request.portfolio;
        if (!query.filters.today.isValid())
            query.filters.today = today;
        repo.portfolio(query, [&](const store::PortfolioRow &r, const store::DebtorDetails &d) {
            const int late = r.oldestDueDate ? std::max(0, daysPastDue(*r.oldestDueDate, today)) : 0;
            const AgingBucket bucket = agingBucketFor(r.oldestDueDate, today);
            writer.writeRow({r.externalRef, r.name, said(d.kind), d.taxId, d.phone, d.email, d.address, d.city,
                             r.segment, said(r.risk), said(r.value), said(r.status), r.agentName, money(r.outstanding),
                             QString::number(late),
                             r.outstanding.isPositive() ? (words ? agingBucketLabel(bucket) : agingBucketCode(bucket))
                                                        : QString(),
                             dateText(r.oldestDueDate), r.lastContactAt ? when(*r.lastContactAt) : QString(),
                             dateText(r.nextActionDate), r.openPromiseId ? money(r.openPromiseAmount) : QString(),
                             r.openPromiseId ? money(r.openPromisePaid) : QString(), dateText(r.openPromiseDate), QString::number(r.promisesKept),
                             QString::number(r.promisesBroken)});
            ++rows;
        });
        break;
    }
    case ExportKind::Agenda:
        repo.agenda(request.day.isValid() ? request.day : today, [&](const store::AgendaLine &l) {
            writer.writeRow({dateText(l.dueDate), l.dueTime ? l.dueTime->toString(QStringLiteral("HH:mm")) : QString(),
                             said(l.kind), l.debtorRef, l.debtorName, l.description,
                             l.promiseAmount.isZero() ? QString() : money(l.promiseAmount), l.assignedTo});
            ++rows;
        });
        break;
    case ExportKind::Calls:
        repo.calls(request.from, request.to, [&](const store::CallLine &l) {
            writer.writeRow({when(l.startedAt), l.debtorRef, l.debtorName, l.agentName, said(l.answeredBy),
                             said(l.outcome), l.excuse ? said(*l.excuse) : QString(), l.excuseWords, l.commitment,
                             l.refusalReason, l.nextStep, l.correctedAt ? when(*l.correctedAt) : QString()});
            ++rows;
        });
        break;
    case ExportKind::Adjustments:
        repo.adjustments(request.from, request.to, [&](const store::AdjustmentLine &l) {
            writer.writeRow({l.at.toUTC().toString(Qt::ISODate), l.debtorRef, l.debtorName, toCode(l.kind),
                             l.invoiceNumber, money(l.amount), l.byLogin, l.note});
            ++rows;
        });
        break;
    case ExportKind::Promises:
        repo.promises(request.from, request.to, [&](const store::PromiseLine &l) {
            writer.writeRow({l.debtorRef, l.debtorName, money(l.amount), dateText(l.dueDate), said(l.method),
                             said(l.status), money(l.paid), dateText(l.madeOn),
                             l.planId ? QString::number(*l.planId) : QString(),
                             l.planId ? QString::number(l.sequence) : QString()});
            ++rows;
        });
        break;
    case ExportKind::Payments:
        repo.payments(request.from, request.to, [&](const store::PaymentLine &l) {
            writer.writeRow({l.debtorRef, l.debtorName, l.invoiceNumber, dateText(l.paidOn), money(l.amount),
                             said(l.method), l.reference, money(l.allocated)});
            ++rows;
        });
        break;
    case ExportKind::Invoices:
        repo.invoices([&](const store::InvoiceLine &l) {
            writer.writeRow({l.debtorRef, l.debtorName, l.number, dateText(l.issueDate), dateText(l.dueDate),
                             money(l.amount), money(l.outstanding),
                             l.disputed ? QStringLiteral("yes") : QStringLiteral("no"), l.formerNumber});
            ++rows;
        });
        break;
    case ExportKind::Contacts:
        repo.contacts([&](const store::ContactLine &l) {
            // One line per phone (and e-mail beside it): importing the file
            // again gives the contact every one of them.
            const auto &c = l.contact;
            const qsizetype lines = std::max<qsizetype>(1, std::max(c.phones.size(), c.emails.size()));
            for (qsizetype i = 0; i < lines; ++i) {
                writer.writeRow({l.debtorRef, c.name, toCode(c.role), i < c.phones.size() ? c.phones[i].number : QString(),
                                 i < c.emails.size() ? c.emails[i].address : QString()});
                ++rows;
            }
        });
        break;
    case ExportKind::Figures: {
        // What the Panel sums, a line per day, agent and segment, for a
        // spreadsheet to turn as its reader wants.
        const store::PanelScope scope{request.from.value_or(QDate(2000, 1, 1)), request.to.value_or(today),
                                      request.agentId};
        store::FiguresRepository(m_db).daily(scope, [&](const store::DailyFigureLine &l) {
            const store::PanelFigures &f = l.figures;
            writer.writeRow({dateText(l.day), agent(l.agentName), l.segment, QString::number(f.calls),
                             QString::number(f.contacts), QString::number(f.promisesMade), money(f.promised),
                             QString::number(f.promisesKept), QString::number(f.promisesPartial),
                             QString::number(f.promisesBroken), money(f.promisesPaid), QString::number(f.payments),
                             money(f.recovered), money(f.adjusted)});
            ++rows;
        });
        break;
    }
    case ExportKind::Scores: {
        // The reviews the Scores tab averages, a line per day of the calls
        // and agent: each stage's points and how many reviews scored it,
        // which a spreadsheet adds up before it divides.
        const store::PanelScope scope{request.from.value_or(QDate(2000, 1, 1)), request.to.value_or(today),
                                      request.agentId};
        store::FiguresRepository(m_db).dailyReviews(scope, [&](const store::DailyReviewLine &l) {
            QStringList cells{dateText(l.day), agent(l.agentName), QString::number(l.figures.reviews)};
            for (int stage = 0; stage < domain::QualityReview::kStages; ++stage)
                cells << QString::number(l.figures.stagePoints[stage]) << QString::number(l.figures.stagesScored[stage]);
            writer.writeRow(cells);
            ++rows;
        });
        break;
    }
    case ExportKind::FollowThrough: {
        // The Follow-through tab's counts, a line per day due and agent:
        // what is still open of a day before today is overdue; put_off
        // counts the moves away from that day once it had come.
        const store::PanelScope scope{request.from.value_or(QDate(2000, 1, 1)), request.to.value_or(today),
                                      request.agentId};
        store::FiguresRepository(m_db).dailyFollowThrough(scope, [&](const store::DailyFollowThroughLine &l) {
            const store::FollowThroughLine &f = l.figures;
            writer.writeRow({dateText(l.day), agent(l.agentName), QString::number(f.due), QString::number(f.doneOnTime),
                             QString::number(f.doneLate), QString::number(f.cancelled), QString::number(f.open()),
                             QString::number(f.putOff)});
            ++rows;
        });
        break;
    }
    case ExportKind::Activity: {
        // The audit log as it is stored, oldest first: codes, not words, so
        // a spreadsheet can filter on them in any language.
        store::AuditQuery query;
        query.from = request.from.value_or(QDate());
        query.to = request.to.value_or(QDate());
        query.userId = request.agentId;
        query.action = request.action;
        query.debtorId = request.debtorId;
        store::AuditRepository(m_db).each(query, [&](const store::AuditLine &l) {
            const store::AuditEntry &e = l.entry;
            writer.writeRow({e.at.toUTC().toString(Qt::ISODate), l.userName, l.userLogin, e.action, e.entity,
                             e.entityId ? QString::number(*e.entityId) : QString(), l.debtorRef, l.debtorName,
                             l.amount ? money(*l.amount) : QString(), e.details});
            ++rows;
        });
        break;
    }
    case ExportKind::Aging: {
        // What is owed today by age and segment, as the Panel's By age tab
        // adds it up: the aging report to send on.
        for (const store::AgingLine &l : store::AgingRepository(m_db).lines({today, request.agentId})) {
            writer.writeRow({dateText(today), agingBucketCode(l.bucket), l.segment, QString::number(l.debtors),
                             money(l.outstanding)});
            ++rows;
        }
        break;
    }
    }
    if (!writer.ok())
        throw InputError(QStringLiteral("out"), tr("The file could not be written: %1").arg(out.errorString()));
    spdlog::info("export {}: {} rows", kindName(request.kind).toStdString(), rows);
    return rows;
}

} // namespace libreta::services
