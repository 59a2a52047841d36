#pragma once

#include "domain/contactrules.h"
#include "services/debtorfile.h"
#include "ui/formcontext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CallDialBox;
}

namespace libreta::ui {

// Before dialling: whom the agent calls and at which number, and whether the
// contact rules allow it (the debtor's calling window, the attempts of the
// last 7 days, do-not-contact on the debtor and on the contact). When they
// refuse, the reasons show in red; a supervisor gets a box to write why the
// call goes ahead anyway, and the override goes to the audit log.
class CallDialBox final : public QWidget {
    Q_OBJECT

public:
    explicit CallDialBox(QWidget *parent = nullptr);
    ~CallDialBox() override;

    // `contactId` and `phone` as a recovered call had them; otherwise the
    // first contact who may hear about the debt, and their first phone.
    void setUp(const FormContext *context, const services::DebtorFile *file, std::optional<domain::Id> contactId,
               const QString &phone);
    std::optional<domain::Id> contactId() const;
    QString phone() const;

    // Checks the rules at `atUtc` (when the call started); an override
    // already recorded lets the call go ahead. Returns whether it is blocked.
    bool check(const QDateTime &atUtc, const QString &overrideReason);
    bool isBlocked() const { return m_blocked; }
    const domain::ContactDecision &decision() const { return m_decision; }
    // Puts the cursor where the agent acts on a refusal: the override reason
    // for a supervisor. False when there is nothing to do here.
    bool focusOverride();

Q_SIGNALS:
    void contactChanged();
    void phoneChanged();
    // A supervisor's override was recorded, with this reason.
    void overridden(const QString &reason);
    void error(const QString &message);

private:
    // The day of the last call to `number`, when it was a wrong number.
    std::optional<QDate> wrongNumberOn(const QString &number) const;
    void fillPhones(const QString &select);
    void recordOverride();

    std::unique_ptr<::Ui::CallDialBox> m_ui;
    const FormContext *m_context = nullptr;
    const services::DebtorFile *m_file = nullptr;
    domain::ContactDecision m_decision;
    bool m_blocked = false;
    bool m_filling = false;
};

} // namespace libreta::ui
