#pragma once

#include <QString>
#include <QStringList>

namespace libreta::domain {

// A segment typed or imported as the office already spells it: "general"
// or "GENERAL " joins the debtors of "General", and "alto saldo" those of
// "Alto saldo", instead of splitting the filter, the per-segment rules and
// the Panel into two. Compared as search compares (accents, case and
// punctuation aside); a new name is kept as typed.
QString segmentAsSpelled(const QString &typed, const QStringList &existing);

} // namespace libreta::domain
