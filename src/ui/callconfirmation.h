#pragma once

#include "domain/paymentoption.h"
#include "ui/callsetup.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace libreta::ui {

// The commitment in words: the sentence the agent reads back to the debtor
// (amount, date and payment method, and each instalment), and the written
// confirmation to print, save as PDF or paste into an e-mail or a WhatsApp
// message. Dates are written out in full, as they are read aloud.
class CallConfirmation final {
    Q_DECLARE_TR_FUNCTIONS(CallConfirmation)

public:
    CallConfirmation(const CallSetup &setup, const domain::OptionPlan &plan, domain::PaymentMethod method);

    QString readBack() const;
    // The office's payment instructions with the debtor's reference, for
    // the agent to give; empty when the office has not written any. For a
    // direct debit, what to confirm instead: there is nothing to transfer.
    QString instructions() const;
    // The same, as the debtor's copy of the confirmation says it.
    QString instructionsForDebtor() const;
    QString plainText() const;
    QString html() const;
    // Writes the confirmation to `device` (a QPdfWriter or a QPrinter).
    void render(QPagedPaintDevice &device) const;
    bool savePdf(const QString &path) const;
    void copyToClipboard() const;

    static QString frequencyWord(domain::PlanFrequency frequency);
    static QString spokenDate(const QDate &date);

private:
    QStringList lines() const;
    const CallSetup &m_setup;
    domain::OptionPlan m_plan;
    domain::PaymentMethod m_method;
};

} // namespace libreta::ui
