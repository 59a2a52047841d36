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
    void updateCallStatus(const QDateTime &nowUtc, int attemptsInLast7Days, int attemptsToday);
    bool callAllowed() const { return m_callAllowed; }
    // During a call the approach and whether a call may be made are not
    // shown: the call panel's negotiation says the approach of the call
    // being made, and the call is under way.
    void setDuringCall(bool duringCall);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Side by side (name and profile left, balance and promise right) or,
    // when the left side would be squeezed to a word a line (beside a
    // call, on a small screen), one above the other.
    void arrange(bool oneColumn);


    std::unique_ptr<::Ui::DebtorFileHeader> m_ui;
    domain::Debtor m_debtor;
    domain::OfficeSettings m_settings;
    bool m_callAllowed = false;
    bool m_hasNumber = false;  // some contact of the debtor has a phone
    bool m_owes = false;       // something is outstanding
    bool m_oneColumn = false;
};

} // namespace libreta::ui
