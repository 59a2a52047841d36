#include "ui/callconfirmation.h"

#include "domain/officecountry.h"
#include "domain/scripttext.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>

namespace libreta::ui {

using namespace domain;

CallConfirmation::CallConfirmation(const CallSetup &setup, const OptionPlan &plan, PaymentMethod method)
    : m_setup(setup), m_plan(plan), m_method(method)
{
}

QString CallConfirmation::frequencyWord(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Weekly:
        return tr("weekly");
    case PlanFrequency::Biweekly:
        return tr("fortnightly");
    case PlanFrequency::Semimonthly:
        return tr("twice-monthly");
    case PlanFrequency::Monthly:
        return tr("monthly");
    }
    return {};
}

QString CallConfirmation::spokenDate(const QDate &date) { return QLocale().toString(date, QLocale::LongFormat); }

QStringList CallConfirmation::lines() const
{
    const MoneyFormatter &money = m_setup.money;
    QStringList out;
    if (!m_plan.ok() || m_plan.instalments.isEmpty())
        return out;
    if (m_plan.paidNow) {
        const InstalmentTerms &now = m_plan.instalments.first();
        out << tr("You paid %1 today, %2.").arg(money.format(now.amount), paymentMethodPhrase(m_method));
        if (m_plan.instalments.size() > 1) {
            const InstalmentTerms &rest = m_plan.instalments.at(1);
            out << tr("You will pay the rest, %1, on %2, %3.")
                       .arg(money.format(rest.amount), spokenDate(rest.dueDate), paymentMethodPhrase(m_method));
        }
    } else if (m_plan.partAndRest && m_plan.instalments.size() == 2) {
        for (const InstalmentTerms &t : m_plan.instalments)
            out << (&t == &m_plan.instalments.first()
                        ? tr("You will pay %1 on %2, %3.")
                        : tr("You will pay the rest, %1, on %2, %3."))
                       .arg(money.format(t.amount), spokenDate(t.dueDate), paymentMethodPhrase(m_method));
    } else if (m_plan.isPlan()) {
        out << tr("You will pay %1 in %2 %3 instalments, %4:")
                   .arg(money.format(m_plan.agreedTotal))
                   .arg(m_plan.instalments.size())
                   .arg(frequencyWord(m_plan.frequency), paymentMethodPhrase(m_method));
        int n = 0;
        for (const InstalmentTerms &t : m_plan.instalments)
            out << tr("%1. %2 on %3").arg(++n).arg(money.format(t.amount), spokenDate(t.dueDate));
    } else {
        const InstalmentTerms &t = m_plan.instalments.first();
        out << tr("You will pay %1 on %2, %3.").arg(money.format(t.amount), spokenDate(t.dueDate), paymentMethodPhrase(m_method));
    }
    if (m_plan.discount.isPositive())
        out << tr("This includes a discount of %1 (%2%) on the balance.")
                   .arg(money.format(m_plan.discount))
                   .arg(m_plan.discountPercent);
    if (m_plan.needsApproval && !m_setup.approvesOwnDiscounts)
        out << tr("The discount needs a supervisor's approval: we will confirm it to you.");
    return out;
}

QString CallConfirmation::readBack() const { return lines().join(QLatin1Char('\n')); }

QString CallConfirmation::instructions() const
{
    // A direct debit is charged to the debtor's account: the office's
    // transfer instructions read out beside it told the debtor to pay twice.
    if (m_method == PaymentMethod::DirectDebit)
        return tr("Nothing to transfer: each payment is charged to the debtor's account on its date. Confirm the "
                  "account number and that the debtor authorises the charge.");
    return fillScript(m_setup.file.settings.paymentInstructions, m_setup.values).trimmed();
}

QString CallConfirmation::instructionsForDebtor() const
{
    if (m_method == PaymentMethod::DirectDebit)
        return tr("Each payment will be charged on its date to the account you authorised: there is nothing to "
                  "transfer.");
    return instructions();
}

QString CallConfirmation::plainText() const
{
    const Debtor &d = m_setup.file.debtor;
    QStringList out;
    if (!m_setup.officeName.isEmpty())
        out << m_setup.officeName;
    out << tr("Payment commitment, %1").arg(spokenDate(m_setup.file.today));
    out << tr("Debtor: %1 (reference %2)").arg(d.name, d.externalRef);
    out << QString();
    out << lines();
    if (!instructionsForDebtor().isEmpty())
        out << QString() << tr("How to pay: %1").arg(instructionsForDebtor());
    out << QString() << tr("Agreed by telephone with %1.").arg(m_setup.agentName);
    return out.join(QLatin1Char('\n'));
}

QString CallConfirmation::html() const
{
    const Debtor &d = m_setup.file.debtor;
    const QStringList l = lines();
    QString body;
    if (!m_setup.officeName.isEmpty())
        body += QStringLiteral("<h2>%1</h2>").arg(m_setup.officeName.toHtmlEscaped());
    body += QStringLiteral("<h3>%1</h3>").arg(tr("Payment commitment, %1").arg(spokenDate(m_setup.file.today)).toHtmlEscaped());
    body += QStringLiteral("<p>%1</p>").arg(tr("Debtor: %1 (reference %2)").arg(d.name, d.externalRef).toHtmlEscaped());
    if (!l.isEmpty()) {
        body += QStringLiteral("<p><b>%1</b></p>").arg(l.first().toHtmlEscaped());
        if (m_plan.isPlan() && !m_plan.paidNow) {
            body += QStringLiteral("<ul>");
            for (qsizetype i = 1; i <= m_plan.instalments.size() && i < l.size(); ++i)
                body += QStringLiteral("<li>%1</li>").arg(l.at(i).toHtmlEscaped());
            body += QStringLiteral("</ul>");
        }
        for (qsizetype i = m_plan.isPlan() && !m_plan.paidNow ? m_plan.instalments.size() + 1 : 1; i < l.size(); ++i)
            body += QStringLiteral("<p>%1</p>").arg(l.at(i).toHtmlEscaped());
    }
    if (!instructionsForDebtor().isEmpty())
        body += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("How to pay").toHtmlEscaped(), instructionsForDebtor().toHtmlEscaped());
    body += QStringLiteral("<p>%1</p>").arg(tr("Agreed by telephone with %1.").arg(m_setup.agentName).toHtmlEscaped());
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

void CallConfirmation::render(QPagedPaintDevice &device) const
{
    QTextDocument doc;
    doc.setHtml(html());
    doc.print(&device);
}

bool CallConfirmation::savePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Payment commitment"));
    writer.setCreator(QStringLiteral("Libreta"));
    writer.setPageSize(QPageSize(QPageSize::Letter));
    render(writer);
    return QFileInfo::exists(path);
}

void CallConfirmation::copyToClipboard() const { QGuiApplication::clipboard()->setText(plainText()); }

} // namespace libreta::ui
