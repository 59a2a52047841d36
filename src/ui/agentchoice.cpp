#include "ui/agentchoice.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace libreta::ui {

void fillAgentChoice(QComboBox *combo, const QList<domain::User> &users, bool supervises,
                     std::optional<domain::Id> deskUserId, const QString &everyone)
{
    // A choice the box was locked to (an agent's own) is not a supervisor's:
    // one who sits down after an agent starts from everyone.
    const QVariant kept = combo->testAttribute(Qt::WA_ForceDisabled) ? QVariant() : combo->currentData();
    const QSignalBlocker quiet(combo);
    combo->clear();
    if (supervises) {
        combo->addItem(everyone);
        for (const domain::User &u : users)
            if (u.active)
                combo->addItem(u.displayName, u.id);
        const int at = combo->findData(kept);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    } else {
        for (const domain::User &u : users)
            if (deskUserId && u.id == *deskUserId)
                combo->addItem(u.displayName, u.id);
    }
    combo->setEnabled(supervises);
}

} // namespace libreta::ui
