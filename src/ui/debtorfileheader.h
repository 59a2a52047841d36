#pragma once

#include "services/debtorfile.h"
#include "ui/moneyformatter.h"

#include <QFrame>

#include <memory>

namespace Ui {
class DebtorFileHeader;
}

namespace libreta::ui {

// The top of a debtor's file, what an agent reads before dialling: name,
// outstanding, days past due and bucket, risk and value, the open promise,
// the suggested approach with its reason, and whether a call is allowed
// right now (the debtor's local time, attempts in the last 7 days,
// do-not-contact) with every reason when it is not.
class DebtorFileHeader final : public QFrame {
    Q_OBJECT

public:
    explicit DebtorFileHeader(QWidget *parent = nullptr);
    ~DebtorFileHeader() override;

    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    // The call rule is re-read as time passes: the window opens and closes.
    void updateCallStatus(const QDateTime &nowUtc, int attemptsInLast7Days);
    bool callAllowed() const { return m_callAllowed; }

private:
    std::unique_ptr<::Ui::DebtorFileHeader> m_ui;
    domain::Debtor m_debtor;
    domain::OfficeSettings m_settings;
    bool m_callAllowed = false;
    bool m_hasNumber = false;  // some contact of the debtor has a phone
};

} // namespace libreta::ui
