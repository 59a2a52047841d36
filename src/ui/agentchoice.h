#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

#include <optional>

class QComboBox;

namespace libreta::ui {

// The "whose work" choice of a supervisor's view (Reviews, the Panel):
// `everyone` first and each active user, the choice kept across refills
// (not the one an agent's view was locked to);
// for someone who supervises nobody, only themselves (nothing when the
// desk names nobody), and the box disabled. Refilling emits no change.
void fillAgentChoice(QComboBox *combo, const QList<domain::User> &users, bool supervises,
                     std::optional<domain::Id> deskUserId, const QString &everyone);

} // namespace libreta::ui
