#pragma once

#include "domain/callflow.h"
#include "domain/callworksheet.h"
#include "ui/callsetup.h"

#include <QWidget>

#include <memory>

class QButtonGroup;

namespace Ui {
class CallPresentationPage;
}

namespace libreta::ui {

// Stage 1: the office's opening text filled with the agent, the office and
// the debtor, and who answered. Nobody, voicemail, a wrong number or
// someone else end the call here with a suggested next attempt; someone
// else gets the neutral text, which never mentions the debt. Alt+1..Alt+6
// choose who answered. The debtor or who decides payment who cannot talk
// now (Alt+7) ends it here too, with the call-back they asked for.
class CallPresentationPage final : public QWidget {
    Q_OBJECT

public:
    explicit CallPresentationPage(QWidget *parent = nullptr);
    ~CallPresentationPage() override;

    void setUp(const CallSetup *setup);
    void load(const domain::CallWorksheet &worksheet);
    void store(domain::CallWorksheet &worksheet) const;
    std::optional<domain::AnsweredBy> answeredBy() const;
    // The outcome the call ends with at this stage; nullopt when the
    // conversation goes on (domain::outcomeAtPresentation).
    std::optional<domain::CallOutcome> endsHereAs() const;
    QString scriptText() const;
    void focusFirst();

Q_SIGNALS:
    void changed();
    void answeredByChanged();

private:
    void updateForAnswer();
    void suggestNextAttempt();
    void cannotTalkToggled(bool checked);
    // The suggestion's reason and what the time in the field is for the
    // debtor, said again whenever the field changes.
    void showNextAttemptReason();

    std::unique_ptr<::Ui::CallPresentationPage> m_ui;
    QButtonGroup *m_answers = nullptr;
    const CallSetup *m_setup = nullptr;
    bool m_loading = false;
    QString m_nextAttemptWhy;  // why the suggested time, as the rules said it
    domain::NextAttempt m_suggestedAttempt;
};

} // namespace libreta::ui
