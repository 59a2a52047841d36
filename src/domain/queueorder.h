#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace libreta::domain {

// The kinds of scheduled work Next call offers before any debtor chosen for
// its balance alone. The office puts them in the order its agents work them
// (Edit ▸ Office rules); the largest balances always come last.
enum class QueueStretch { Callbacks, PromisesDueToday, BrokenPromises, PromiseChecks, Tasks };

using QueueOrder = QList<QueueStretch>;

// Call-backs agreed with the debtor, then the promises due today, the broken
// ones, the checks after the grace, and the tasks: the most time-bound first.
QueueOrder defaultQueueOrder();
// Whether `order` names every stretch exactly once.
bool isCompleteQueueOrder(const QueueOrder &order);

// As the office's settings keep it: stable codes, comma-separated
// ("callbacks,promises_due,..."); never the translated labels.
QString queueOrderCode(const QueueOrder &order);
// Read back leniently: codes it does not know and repeats are dropped, and
// any stretch missing goes after the others in the default order, so a file
// written by another version still yields a complete order.
QueueOrder queueOrderFromCode(QStringView code);

// Translated, plural: "Call-backs", "Broken promises", ...
QString queueStretchLabel(QueueStretch stretch);

} // namespace libreta::domain
