#pragma once

#include "services/debtorfile.h"
#include "services/paymentservice.h"
#include "ui/moneyformatter.h"

#include <QCoreApplication>

namespace libreta::ui {

// What the file's banner says once a payment is recorded: the new balance,
// what became of each promise it touched, a credit kept, a claimed
// payment's statement closed, a discount earned. Rich text, one line each.
class PaymentRecordedText final {
    Q_DECLARE_TR_FUNCTIONS(PaymentRecordedText)

public:
    static QString html(const services::PostPaymentResult &result, const services::DebtorFile &file,
                        const MoneyFormatter &money);
};

} // namespace libreta::ui
