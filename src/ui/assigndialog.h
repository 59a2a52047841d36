#pragma once

#include "services/portfolioassignmentservice.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>

class QThread;

namespace Ui {
class AssignDialog;
}

namespace libreta::ui {

// Debtor ▸ Assign debtors: gives the debtors the portfolio shows
// now (its search and filters), or those selected in it, to one agent, shares them evenly among several, or leaves them with
// nobody, through services::PortfolioAssignmentService. Says how many it
// will assign before it does.
class AssignDialog final : public FormDialog {
    Q_OBJECT

public:
    // `selected`: the debtors picked in the portfolio, offered beside all
    // those shown (and chosen to start with when there are two or more).
    AssignDialog(const FormContext &context, const store::PortfolioQuery &shown,
                 const QList<domain::Id> &selected = {}, QWidget *parent = nullptr);
    ~AssignDialog() override;

    // What the last save did, in words for the status bar.
    QString resultText() const { return m_result; }
    // How many debtors a save would assign now.
    qint64 pendingCount() const { return m_count; }

    void accept() override;
    void reject() override;
    // True while the assignment runs on its thread.
    bool working() const { return m_thread != nullptr; }

protected:
    // Reports what the thread did: the counts, or its refusal (the form
    // stays open on it).
    void save() override;

private:
    struct Outcome {
        store::AssignmentCounts counts;
        QString field;
        QString error;
    };
    services::AssignmentRequest request() const;
    void checkChoice() const;
    // Asks before more than kAskAbove debtors change hands; true to go on.
    bool confirmed();
    // The ticked agents' names, as a list in words.
    QString sharedAmong() const;
    static constexpr qint64 kAskAbove = 5;
    void start();
    void setWorking(bool working);
    void updateCount();
    void updateChoice();

    std::unique_ptr<::Ui::AssignDialog> m_ui;
    FormContext m_context;
    store::PortfolioQuery m_shown;
    QList<domain::Id> m_selected;
    qint64 m_count = 0;
    QString m_result;
    QThread *m_thread = nullptr;
    std::optional<Outcome> m_outcome;
};

} // namespace libreta::ui
