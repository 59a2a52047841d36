#pragma once

#include "domain/clock.h"
#include "domain/contactrules.h"
#include "domain/scripttext.h"
#include "services/debtorfile.h"
#include "store/scriptrepository.h"
#include "ui/moneyformatter.h"

namespace libreta::ui {

// What every stage of a call reads and nobody changes during it: the
// debtor's file as it was when the call started, the script the agent
// follows, who is calling for whom.
struct CallSetup {
    services::DebtorFile file;
    store::CallScript script;
    MoneyFormatter money;
    domain::ScriptValues values;  // the script's placeholders, filled
    QString agentName;
    QString officeName;
    const domain::Clock *clock = nullptr;
    domain::ContactRuleSettings rules;
    // How far an agreement's dates may go: the office's for an agent, none
    // for a supervisor (who may agree what the rules do not cover).
    domain::TermLimits termLimits;
    // A supervisor on the call approves a discount above the limit as it
    // is agreed: the debtor is not told it waits for anyone.
    bool approvesOwnDiscounts = false;

    QString stageText(const QString &stage) const
    {
        return domain::fillScript(script.stages.value(stage), values);
    }
    QStringList prompts(const QString &stage) const { return script.prompts.value(stage); }
};

} // namespace libreta::ui
