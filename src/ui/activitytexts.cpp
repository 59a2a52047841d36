#include "ui/activitytexts.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "services/documentbatch.h"

#include <QLocale>
#include <QUrl>

namespace libreta::ui {

namespace {

using namespace domain;

// "debtor=12 outcome=promise name" as ordered pairs (a bare word has an
// empty value). A key named "reason" takes the rest of the line: it is what
// a person typed, spaces and all.
QList<std::pair<QString, QString>> pairsOf(const QString &details)
{
    QList<std::pair<QString, QString>> out;
    qsizetype at = 0;
    while (at < details.size()) {
        while (at < details.size() && details.at(at) == QLatin1Char(' '))
            ++at;
        if (at >= details.size())
            break;
        qsizetype end = details.indexOf(QLatin1Char(' '), at);
        if (details.mid(at).startsWith(QLatin1String("reason=")))
            end = -1;
        const QString token = details.mid(at, end < 0 ? -1 : end - at);
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        out.append(eq < 0 ? std::pair{token, QString()} : std::pair{token.left(eq), token.mid(eq + 1)});
        at = end < 0 ? details.size() : end;
    }
    return out;
}

template <typename Enum>
QString labelOf(const QString &code)
{
    const auto value = fromCode<Enum>(code);
    return value ? label(*value) : code;
}

QString dayText(const QString &iso)
{
    const QDate day = QDate::fromString(iso, Qt::ISODate);
    return day.isValid() ? domain::shortDate(day) : iso;
}

} // namespace

QString ActivityTexts::action(const QString &code)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("call.commit"), QT_TR_NOOP("Call saved")},
        {QStringLiteral("call.correct"), QT_TR_NOOP("Call corrected")},
        {QStringLiteral("call.review"), QT_TR_NOOP("Call scored")},
        {QStringLiteral("payment.post"), QT_TR_NOOP("Payment posted")},
        {QStringLiteral("payment.reverse"), QT_TR_NOOP("Payment reversed")},
        {QStringLiteral("balance.adjust"), QT_TR_NOOP("Balance adjusted")},
        {QStringLiteral("balance.discount"), QT_TR_NOOP("Discount taken off")},
        {QStringLiteral("balance.discount_withdraw"), QT_TR_NOOP("Discount withdrawn")},
        {QStringLiteral("note.add"), QT_TR_NOOP("Note added")},
        {QStringLiteral("note.correct"), QT_TR_NOOP("Note corrected")},
        {QStringLiteral("followup.schedule"), QT_TR_NOOP("Follow-up scheduled")},
        {QStringLiteral("followup.done"), QT_TR_NOOP("Follow-up done")},
        {QStringLiteral("followup.reschedule"), QT_TR_NOOP("Follow-up moved")},
        {QStringLiteral("followup.reassign"), QT_TR_NOOP("Follow-up given to another person")},
        {QStringLiteral("discount.request"), QT_TR_NOOP("Discount sent for approval")},
        {QStringLiteral("discount.approve"), QT_TR_NOOP("Discount approved")},
        {QStringLiteral("discount.refuse"), QT_TR_NOOP("Discount refused")},
        {QStringLiteral("contact.override"), QT_TR_NOOP("Contact rules overridden")},
        {QStringLiteral("debtor.create"), QT_TR_NOOP("Debtor added")},
        {QStringLiteral("debtor.update"), QT_TR_NOOP("Debtor changed")},
        {QStringLiteral("debtor.do_not_contact"), QT_TR_NOOP("Do not contact changed")},
        {QStringLiteral("contact.add"), QT_TR_NOOP("Contact added")},
        {QStringLiteral("contact.update"), QT_TR_NOOP("Contact changed")},
        {QStringLiteral("invoice.add"), QT_TR_NOOP("Invoice added")},
        {QStringLiteral("invoice.update"), QT_TR_NOOP("Invoice changed")},
        {QStringLiteral("invoice.dispute"), QT_TR_NOOP("Invoice disputed")},
        {QStringLiteral("invoice.undispute"), QT_TR_NOOP("Invoice dispute lifted")},
        {QStringLiteral("portfolio.assign"), QT_TR_NOOP("Debtors given to agents")},
        {QStringLiteral("debtor.assign"), QT_TR_NOOP("Debtor given to another agent")},
        {QStringLiteral("document.batch"), QT_TR_NOOP("Documents for several debtors")},
        {QStringLiteral("import.debtors"), QT_TR_NOOP("Debtors imported")},
        {QStringLiteral("import.contacts"), QT_TR_NOOP("Contacts imported")},
        {QStringLiteral("import.invoices"), QT_TR_NOOP("Invoices imported")},
        {QStringLiteral("import.payments"), QT_TR_NOOP("Payments imported")},
        {QStringLiteral("office_rules.changed"), QT_TR_NOOP("Office rules changed")},
        {QStringLiteral("office_details.changed"), QT_TR_NOOP("Office details changed")},
        {QStringLiteral("debtor.take"), QT_TR_NOOP("Debtor nobody had taken by an agent")},
        {QStringLiteral("script.changed"), QT_TR_NOOP("Call script changed")},
        {QStringLiteral("user.create"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.change"), QT_TR_NOOP("User changed")},
        {QStringLiteral("user.pin_wait"), QT_TR_NOOP("Wrong PINs typed")},
        {QStringLiteral("day.rollover"), QT_TR_NOOP("Day closed")},
    };
    const auto it = names.constFind(code);
    return it == names.constEnd() ? code : tr(*it);
}

QStringList ActivityTexts::knownActions()
{
    return {QStringLiteral("call.commit"),       QStringLiteral("call.correct"),
            QStringLiteral("call.review"),       QStringLiteral("payment.post"),
            QStringLiteral("payment.reverse"),   QStringLiteral("balance.adjust"),
            QStringLiteral("balance.discount"),  QStringLiteral("balance.discount_withdraw"),
            QStringLiteral("note.add"),          QStringLiteral("note.correct"),
            QStringLiteral("followup.schedule"), QStringLiteral("followup.done"),
            QStringLiteral("followup.reschedule"), QStringLiteral("followup.reassign"),
            QStringLiteral("discount.request"),  QStringLiteral("discount.approve"),
            QStringLiteral("discount.refuse"),   QStringLiteral("contact.override"),
            QStringLiteral("debtor.create"),     QStringLiteral("debtor.update"),
            QStringLiteral("debtor.do_not_contact"), QStringLiteral("contact.add"),
            QStringLiteral("contact.update"),    QStringLiteral("invoice.add"),
            QStringLiteral("invoice.update"),
            QStringLiteral("invoice.dispute"),   QStringLiteral("invoice.undispute"),
            QStringLiteral("portfolio.assign"),  QStringLiteral("debtor.assign"),
            QStringLiteral("document.batch"),
            QStringLiteral("import.debtors"),
            QStringLiteral("import.contacts"),   QStringLiteral("import.invoices"),
            QStringLiteral("import.payments"),   QStringLiteral("office_rules.changed"),
            QStringLiteral("office_details.changed"), QStringLiteral("debtor.take"),
            QStringLiteral("script.changed"),    QStringLiteral("user.create"),
            QStringLiteral("user.change"),       QStringLiteral("user.pin_wait"),
            QStringLiteral("day.rollover")};
}

QString ActivityTexts::person(const QString &id) const
{
    if (id.isEmpty() || id == QLatin1String("none") || id == QLatin1String("0"))
        return tr("nobody");
    return m_people.value(id.toLongLong(), id);
}

QString ActivityTexts::details(const store::AuditEntry &entry) const
{
    const auto pairs = pairsOf(entry.details);
    QHash<QString, QString> v;
    for (const auto &[key, value] : pairs)
        v.insert(key, value);
    const QString &a = entry.action;
    const auto count = [&v](const char *key) { return v.value(QLatin1String(key)).toInt(); };
    QStringList parts;

    if (a == QLatin1String("call.commit")) {
        parts << labelOf<CallOutcome>(v.value(QStringLiteral("outcome")));
        if (count("promises") > 0)
            parts << tr("%n promise(s)", nullptr, count("promises"));
        if (count("replaced") > 0)
            parts << tr("replaces %n promise(s)", nullptr, count("replaced"));
        if (count("followups") > 0)
            parts << tr("%n follow-up(s)", nullptr, count("followups"));
        if (v.contains(QStringLiteral("override")))
            parts << tr("contact rules overridden");
        if (v.contains(QStringLiteral("taken")))
            parts << tr("the debtor nobody had is now the agent's");
    } else if (a == QLatin1String("call.correct")) {
        parts << tr("corrects what was written about the call");
        if (v.contains(QStringLiteral("task")))
            parts << tr("a task to remove the argument");
    } else if (a == QLatin1String("call.review")) {
        parts << tr("scores %1").arg(domain::stageScores(v.value(QStringLiteral("scores")).split(QLatin1Char(','))));
    } else if (a == QLatin1String("payment.post")) {
        parts << labelOf<PaymentMethod>(v.value(QStringLiteral("method")));
        if (count("allocations") > 0)
            parts << tr("to %n invoice(s)", nullptr, count("allocations"));
        if (count("promises_changed") > 0)
            parts << tr("%n promise(s) updated", nullptr, count("promises_changed"));
    } else if (a == QLatin1String("payment.reverse")) {
        parts << labelOf<ReversalReason>(v.value(QStringLiteral("cause")));
        if (count("allocations") > 0)
            parts << tr("%n invoice(s) owed again", nullptr, count("allocations"));
        if (count("promises_changed") > 0)
            parts << tr("%n promise(s) updated", nullptr, count("promises_changed"));
        if (v.contains(QStringLiteral("credit_applied")))
            parts << tr("the debtor's credit paid part of it again");
        if (v.contains(QStringLiteral("status")))
            parts << tr("the debtor is active again");
        if (count("discounts_withdrawn") > 0)
            parts << tr("the discount of the agreement it completed withdrawn");
    } else if (a.startsWith(QLatin1String("balance."))) {
        parts << labelOf<AdjustmentKind>(v.value(QStringLiteral("kind")));
        if (count("invoices") > 0)
            parts << (a == QLatin1String("balance.discount_withdraw")
                          ? tr("%n invoice(s) owed again", nullptr, count("invoices"))
                          : tr("off %n invoice(s)", nullptr, count("invoices")));
        if (count("promises_cancelled") > 0)
            parts << tr("%n promise(s) cancelled", nullptr, count("promises_cancelled"));
        if (v.value(QStringLiteral("status")) == QLatin1String("closed"))
            parts << tr("the debtor's status set to Closed");
        if (count("followups_cancelled") > 0)
            parts << tr("%n follow-up(s) cancelled", nullptr, count("followups_cancelled"));
    } else if (a == QLatin1String("note.correct")) {
        parts << tr("corrects an earlier note");
    } else if (a == QLatin1String("followup.schedule")) {
        parts << tr("%1 for %2").arg(labelOf<FollowUpKind>(v.value(QStringLiteral("kind"))),
                                     dayText(v.value(QStringLiteral("due"))));
    } else if (a == QLatin1String("followup.done")) {
        parts << labelOf<FollowUpKind>(v.value(QStringLiteral("kind")));
    } else if (a == QLatin1String("followup.reschedule")) {
        parts << tr("from %1 to %2").arg(dayText(v.value(QStringLiteral("from"))), dayText(v.value(QStringLiteral("to"))));
    } else if (a == QLatin1String("followup.reassign")) {
        parts << tr("from %1 to %2").arg(person(v.value(QStringLiteral("from"))), person(v.value(QStringLiteral("to"))));
    } else if (a.startsWith(QLatin1String("discount."))) {
        parts << tr("%1% against a limit of %2%").arg(v.value(QStringLiteral("percent")), v.value(QStringLiteral("limit")));
    } else if (a == QLatin1String("contact.override")) {
        QStringList blocks;
        for (const QString &code : v.value(QStringLiteral("blocks")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (code == QLatin1String("outside_window"))
                blocks << tr("outside the calling hours");
            else if (code == QLatin1String("too_many_attempts"))
                blocks << tr("over the attempts");
            else if (code == QLatin1String("too_many_attempts_today"))
                blocks << tr("over today's attempts");
            else if (code == QLatin1String("debtor_do_not_contact") || code == QLatin1String("contact_do_not_contact"))
                blocks << tr("marked do not contact");
            else if (code == QLatin1String("unknown_time_zone"))
                blocks << tr("time zone unknown");
            else
                blocks << code;
        }
        parts << blocks.join(QStringLiteral(", "));
        parts << tr("reason: %1").arg(v.value(QStringLiteral("reason")));
    } else if (a == QLatin1String("debtor.create")) {
        parts << labelOf<DebtorKind>(v.value(QStringLiteral("kind")))
              << labelOf<DebtorStatus>(v.value(QStringLiteral("status")));
    } else if (a == QLatin1String("debtor.update")) {
        for (const auto &[key, value] : pairs) {
            if (key == QLatin1String("name"))
                parts << tr("name");
            else if (key == QLatin1String("external_ref"))
                parts << tr("reference");
            else if (key == QLatin1String("segment"))
                parts << tr("segment");
            else if (key == QLatin1String("tax_id"))
                parts << tr("tax id");
            else if (key == QLatin1String("time_zone"))
                parts << tr("time zone");
            else if (key == QLatin1String("address"))
                parts << tr("address");
            else if (key == QLatin1String("status"))
                parts << tr("status: %1").arg(labelOf<DebtorStatus>(value));
            else if (key == QLatin1String("agent"))
                parts << tr("agent: %1").arg(person(value));
            else if (key == QLatin1String("risk"))
                parts << tr("risk: %1").arg(labelOf<Level>(value));
            else if (key == QLatin1String("value"))
                parts << tr("value: %1").arg(labelOf<Level>(value));
            else
                parts << (value.isEmpty() ? key : key + QLatin1Char('=') + value);
        }
        if (parts.isEmpty())
            parts << tr("other details");
    } else if (a == QLatin1String("invoice.add") || a == QLatin1String("invoice.update")) {
        for (const auto &[key, value] : pairs) {
            if (key == QLatin1String("number")) {
                // "from:to", percent-encoded (entries before 2026-12-01: the word alone).
                const QStringList numbers = value.split(QLatin1Char(':'));
                parts << (numbers.size() == 2
                              ? tr("number from %1 to %2")
                                    .arg(QUrl::fromPercentEncoding(numbers.at(0).toLatin1()),
                                         QUrl::fromPercentEncoding(numbers.at(1).toLatin1()))
                              : tr("number"));
            }
            else if (key == QLatin1String("issue_date"))
                parts << tr("issue date");
            else if (key == QLatin1String("due_date"))
                parts << tr("due date");
            else if (key == QLatin1String("amount")) {
                // "from:to", in minor units.
                const QStringList amounts = value.split(QLatin1Char(':'));
                const QLocale locale;
                parts << (amounts.size() == 2 ? tr("amount from %1 to %2")
                                                    .arg(Money::fromMinor(amounts.at(0).toLongLong()).format(locale),
                                                         Money::fromMinor(amounts.at(1).toLongLong()).format(locale))
                                              : tr("amount"));
            }
        }
        if (count("promises_cancelled") > 0)
            parts << tr("%n promise(s) cancelled", nullptr, count("promises_cancelled"));
        const qint64 credit = v.value(QStringLiteral("credit_applied")).toLongLong();
        if (credit > 0)
            parts << tr("%1 paid from the debtor's credit on account").arg(Money::fromMinor(credit).format(QLocale()));
        if (v.contains(QStringLiteral("status")))
            parts << tr("the debtor is active again");
    } else if (a == QLatin1String("debtor.do_not_contact")) {
        parts << (entry.details == QLatin1String("set") ? tr("marked do not contact") : tr("may be contacted again"));
    } else if (a == QLatin1String("contact.add") || a == QLatin1String("contact.update")) {
        parts << labelOf<ContactRole>(v.value(QStringLiteral("role")));
        if (count("phones") > 0)
            parts << tr("%n phone(s)", nullptr, count("phones"));
        if (count("emails") > 0)
            parts << tr("%n e-mail(s)", nullptr, count("emails"));
        if (count("dnc") > 0)
            parts << tr("do not contact");
    } else if (a == QLatin1String("portfolio.assign")) {
        QStringList who;
        for (const QString &id : v.value(QStringLiteral("agents")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            who << person(id);
        parts << tr("%Ln debtor(s) to %1", nullptr, count("debtors"))
                     .arg(who.isEmpty() ? tr("nobody") : who.join(QStringLiteral(", ")));
        if (count("followups") > 0)
            parts << tr("%Ln follow-up(s) moved with them", nullptr, count("followups"));
        if (count("only_unassigned") > 0)
            parts << tr("only those with no agent");
        if (count("selected") > 0)
            parts << tr("picked in the portfolio");
    } else if (a == QLatin1String("debtor.assign")) {
        parts << tr("from %1 to %2").arg(person(v.value(QStringLiteral("from"))), person(v.value(QStringLiteral("to"))));
    } else if (a == QLatin1String("document.batch")) {
        const auto kind = services::DocumentService::kindFromCode(v.value(QStringLiteral("kind")));
        parts << services::DocumentBatch::kindWords(kind.value_or(services::DocumentKind::Statement), count("written"));
        if (count("skipped") > 0)
            parts << tr("%Ln debtor(s) left out", nullptr, count("skipped"));
        if (count("selected") > 0)
            parts << tr("picked in the portfolio");
        if (count("stopped") > 0)
            parts << tr("stopped before the end");
    } else if (a.startsWith(QLatin1String("import."))) {
        const QLocale locale;
        parts << tr("%Ln row(s)", nullptr, count("rows"))
              << tr("%1 added, %2 updated, %3 unchanged, %4 refused")
                     .arg(locale.toString(count("added")), locale.toString(count("updated")),
                          locale.toString(count("unchanged")), locale.toString(count("refused")));
        if (count("debtors_created") > 0)
            parts << tr("%Ln new debtor(s)", nullptr, count("debtors_created"));
        if (count("reactivated") > 0)
            parts << tr("%Ln debtor(s) owing again, active again", nullptr, count("reactivated"));
    } else if (a == QLatin1String("office_rules.changed")) {
        parts << tr("grace %1 days").arg(v.value(QStringLiteral("grace")))
              << tr("calls %1").arg(v.value(QStringLiteral("window")).replace(QLatin1Char('-'), QStringLiteral("–")))
              << tr("%1 attempts in 7 days").arg(v.value(QStringLiteral("attempts")));
        // Entries written before the office could limit a day's have none.
        if (count("attempts_day") > 0)
            parts << tr("%1 a day").arg(v.value(QStringLiteral("attempts_day")));
        parts
              << tr("discount up to %1%").arg(v.value(QStringLiteral("discount")))
              << tr("rest %1 days").arg(v.value(QStringLiteral("rest")))
              << tr("reminders at %1").arg(v.value(QStringLiteral("reminders")));
        if (count("segment_limits") > 0)
            parts << tr("%n segment(s) with a discount limit of their own", nullptr, count("segment_limits"));
        if (count("segment_rests") > 0)
            parts << tr("%n segment(s) with a rest of their own", nullptr, count("segment_rests"));
        // Entries written before the weights were the office's have none.
        if (const QStringList w = v.value(QStringLiteral("priority")).split(QLatin1Char('/')); w.size() == 4)
            parts << tr("priority: balance %1, days late %2, risk %3, broken promises %4").arg(w[0], w[1], w[2], w[3]);
    } else if (a == QLatin1String("office_details.changed")) {
        static const QHash<QString, const char *> fields = {
            {QStringLiteral("office_name"), QT_TR_NOOP("name")},
            {QStringLiteral("office_address"), QT_TR_NOOP("address")},
            {QStringLiteral("office_phone"), QT_TR_NOOP("phone")},
            {QStringLiteral("office_email"), QT_TR_NOOP("e-mail")},
            {QStringLiteral("office_tax_id"), QT_TR_NOOP("tax id")},
            {QStringLiteral("payment_instructions"), QT_TR_NOOP("how to pay")},
        };
        for (const QString &field : v.value(QStringLiteral("changed")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            parts << (fields.contains(field) ? tr(fields.value(field)) : field);
    } else if (a == QLatin1String("script.changed")) {
        parts << tr("version %1 (from %2)").arg(v.value(QStringLiteral("version")), v.value(QStringLiteral("from")))
              << tr("%n stage(s) changed", nullptr, count("stages_changed"))
              << tr("%n answer(s) to objections", nullptr, count("answers"));
    } else if (a == QLatin1String("user.create") || a == QLatin1String("user.change")) {
        parts << labelOf<UserRole>(v.value(QStringLiteral("role")));
        if (count("active") == 0)
            parts << tr("no longer works in the office");
        if (v.value(QStringLiteral("pin")) == QLatin1String("set"))
            parts << tr("PIN set");
        else if (v.value(QStringLiteral("pin")) == QLatin1String("removed"))
            parts << tr("PIN removed");
    } else if (a == QLatin1String("user.pin_wait")) {
        parts << tr("%1's PIN, %n time(s) in a row; the next try waited %2 seconds", nullptr, count("tries"))
                     .arg(person(v.value(QStringLiteral("user"))), v.value(QStringLiteral("wait")));
    } else if (a == QLatin1String("day.rollover")) {
        parts << dayText(v.value(QStringLiteral("date")))
              << tr("%Ln promise(s) broken", nullptr, count("broken"))
              << tr("%Ln partly kept", nullptr, count("partial"))
              << tr("%Ln kept", nullptr, count("kept"));
    } else if (!a.startsWith(QLatin1String("note.")) && !a.startsWith(QLatin1String("invoice."))) {
        // An action this version does not know: as stored.
        return entry.details;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

} // namespace libreta::ui
