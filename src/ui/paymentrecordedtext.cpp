#include "ui/paymentrecordedtext.h"

#include "domain/labels.h"
#include "ui/debtorfiletexts.h"

namespace libreta::ui {

using namespace domain;

QString PaymentRecordedText::html(const services::PostPaymentResult &r, const services::DebtorFile &file,
                                  const MoneyFormatter &money)
{
    QStringList lines;
    lines << tr("<b>Payment recorded.</b> New balance: <b>%1</b>.").arg(money.format(r.outstandingAfter).toHtmlEscaped());
    for (const services::PromiseChange &c : r.promiseChanges) {
        const Promise *p = file.promise(c.promiseId);
        lines << tr("Promise %1: %2")
                     .arg(p ? DebtorFileTexts::promise(*p, money) : QString::number(c.promiseId),
                          c.after == PromiseStatus::Pending ? tr("%1 paid so far").arg(money.format(c.paid))
                                                            : label(c.after))
                     .toHtmlEscaped();
    }
    if (r.credit.isPositive())
        lines << tr("Kept as credit: %1").arg(money.format(r.credit)).toHtmlEscaped();
    if (r.claimsClosed > 0)
        lines << tr("The statement about the payment the debtor claimed is closed: it is no longer in the agenda.")
                     .toHtmlEscaped();
    for (const Adjustment &discount : r.discountsGranted)
        lines << tr("The agreement is paid: its discount of %1 came off.").arg(money.format(discount.amount)).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace libreta::ui
