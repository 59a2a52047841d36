#pragma once

#include "domain/callworksheet.h"
#include "ui/callsetup.h"

#include <QWidget>

#include <memory>

class QButtonGroup;

namespace Ui {
class CallPreClosePage;
}

namespace libreta::ui {

// Stage 4: the debtor's answer to the offer (Alt+1 refusal, Alt+2 partial,
// Alt+3 full acceptance). A first refusal is not recorded at once: the page
// asks for an alternative first (Alt+4 back to the negotiation, Alt+5 one
// was offered and they still refuse); only then the reason and next step.
class CallPreClosePage final : public QWidget {
    Q_OBJECT

public:
    explicit CallPreClosePage(QWidget *parent = nullptr);
    ~CallPreClosePage() override;

    void setUp(const CallSetup *setup);
    // What is on offer, in words (from the negotiation).
    void setOffer(const QString &summary);
    void load(const domain::CallWorksheet &worksheet);
    void store(domain::CallWorksheet &worksheet) const;
    void focusFirst();
    std::optional<domain::PreCloseAnswer> answer() const;
    bool alternativeOffered() const { return m_alternativeOffered; }
    bool isAskingForAlternative() const;

Q_SIGNALS:
    void changed();
    // The agent goes back to offer something else.
    void backToNegotiation();

private:
    // The callback's time on the debtor's clock, when it is not the desk's.
    void showTimeForDebtor();
    void updateForAnswer();

    std::unique_ptr<::Ui::CallPreClosePage> m_ui;
    QButtonGroup *m_answers = nullptr;
    const CallSetup *m_setup = nullptr;
    bool m_alternativeOffered = false;
    bool m_loading = false;
};

} // namespace libreta::ui
