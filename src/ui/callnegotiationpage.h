#pragma once

#include "domain/callworksheet.h"
#include "ui/callsetup.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CallNegotiationPage;
}

namespace libreta::ui {

class InstalmentsModel;
class ObjectionsModel;
class TechniquesModel;

// Stage 3: the balance and its age at a glance, the suggested approach, and
// the option builder: pay in full, part now and the rest on a date, an
// instalment plan (amounts that add up to the cent), a new date; a discount
// inside the office's limit, marked for a supervisor above it. Beside it the
// office's answers to objections, searched as the agent types, and the
// techniques used, ticked.
class CallNegotiationPage final : public QWidget {
    Q_OBJECT

public:
    explicit CallNegotiationPage(QWidget *parent = nullptr);
    ~CallNegotiationPage() override;

    void setUp(const CallSetup *setup);
    void load(const domain::CallWorksheet &worksheet);
    void store(domain::CallWorksheet &worksheet) const;
    void focusFirst();
    // The option cannot be offered: the keyboard goes to the field that is
    // wrong (the bad date, the amount that cannot be read), not to the
    // option's kind, so the agent retypes it without hunting.
    void focusProblem();
    // The profile read in the listening: the approach follows it.
    void setProfile(std::optional<bool> willing, std::optional<bool> able);

    // The option as typed, and what it works out to; an amount that cannot
    // be read makes the plan's error say so.
    domain::PaymentOption option() const;
    domain::OptionPlan plan() const { return m_plan; }

    InstalmentsModel *instalmentsModel() const { return m_instalments; }
    ObjectionsModel *objectionsModel() const { return m_objections; }
    TechniquesModel *techniquesModel() const { return m_techniques; }

Q_SIGNALS:
    void changed();

private:
    void recompute();
    QWidget *problemField() const;
    void countFromEach();
    void showAnswer();
    void showTermLimits();
    void showReplaceHint();
    void fillDefaults();

    std::unique_ptr<::Ui::CallNegotiationPage> m_ui;
    InstalmentsModel *m_instalments = nullptr;
    ObjectionsModel *m_objections = nullptr;
    TechniquesModel *m_techniques = nullptr;
    const CallSetup *m_setup = nullptr;
    domain::OptionPlan m_plan;
    QString m_amountError;
    bool m_loading = false;
    bool m_countFromEach = false;  // the count being set from "can pay each time"
    QString m_eachError;            // what is wrong with that amount, if anything
    QString m_replacedFate;         // what becomes of the open promises when replaced
    QString m_keptFate;             // and when they are not
};

} // namespace libreta::ui
