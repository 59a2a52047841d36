#pragma once

#include "domain/callworksheet.h"
#include "ui/callsetup.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CallClosePage;
}

namespace libreta::ui {

class CallConfirmation;

// Stage 5: the commitment as the sentence the agent reads back (amount,
// date and payment method, and each instalment), the "debtor confirmed"
// tick it needs (Alt+1), the payment instructions to give, and the written
// confirmation to print (Alt+2), save as PDF (Alt+3) or copy as text for an
// e-mail or a WhatsApp message (Alt+4). A refusal shows what will be
// recorded instead.
class CallClosePage final : public QWidget {
    Q_OBJECT

public:
    explicit CallClosePage(QWidget *parent = nullptr);
    ~CallClosePage() override;

    void setUp(const CallSetup *setup);
    // What the earlier stages agreed: the commitment (nullptr when nothing
    // was accepted) or the refusal.
    void setOutcome(const CallConfirmation *confirmation, const domain::CallWorksheet &worksheet);
    void load(const domain::CallWorksheet &worksheet);
    void store(domain::CallWorksheet &worksheet) const;
    void focusFirst();

    QString commitmentText() const;
    bool savePdf(const QString &path);
    void copyText();
    void print();

Q_SIGNALS:
    void changed();
    void statusMessage(const QString &text);

private:
    void refocus();
    std::unique_ptr<::Ui::CallClosePage> m_ui;
    const CallSetup *m_setup = nullptr;
    const CallConfirmation *m_confirmation = nullptr;
    bool m_loading = false;
};

} // namespace libreta::ui
