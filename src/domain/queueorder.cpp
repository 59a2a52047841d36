#include "domain/queueorder.h"

#include "domain/codes.h"

#include <QCoreApplication>

#include <iterator>

namespace libreta::domain {
namespace {

constexpr CodeEntry<QueueStretch> kCodes[] = {
    {QueueStretch::Callbacks, "callbacks"},
    {QueueStretch::PromisesDueToday, "promises_due"},
    {QueueStretch::BrokenPromises, "broken_promises"},
    {QueueStretch::PromiseChecks, "promise_checks"},
    {QueueStretch::Tasks, "tasks"},
};

} // namespace

QueueOrder defaultQueueOrder()
{
    return {QueueStretch::Callbacks, QueueStretch::PromisesDueToday, QueueStretch::BrokenPromises,
            QueueStretch::PromiseChecks, QueueStretch::Tasks};
}

bool isCompleteQueueOrder(const QueueOrder &order)
{
    if (order.size() != qsizetype(std::size(kCodes)))
        return false;
    for (const auto &entry : kCodes)
        if (order.count(entry.value) != 1)
            return false;
    return true;
}

QString queueOrderCode(const QueueOrder &order)
{
    QStringList codes;
    for (const QueueStretch stretch : order)
        codes << codeOf(kCodes, stretch);
    return codes.join(QLatin1Char(','));
}

QueueOrder queueOrderFromCode(QStringView code)
{
    QueueOrder order;
    for (const QStringView part : code.split(QLatin1Char(','))) {
        const auto stretch = enumFromCode(kCodes, part.trimmed());
        if (stretch && !order.contains(*stretch))
            order.append(*stretch);
    }
    for (const QueueStretch stretch : defaultQueueOrder())
        if (!order.contains(stretch))
            order.append(stretch);
    return order;
}

QString queueStretchLabel(QueueStretch stretch)
{
    switch (stretch) {
    case QueueStretch::Callbacks:
        return QCoreApplication::translate("QueueOrder", "Call-backs agreed");
    case QueueStretch::PromisesDueToday:
        return QCoreApplication::translate("QueueOrder", "Promises due today");
    case QueueStretch::BrokenPromises:
        return QCoreApplication::translate("QueueOrder", "Broken promises");
    case QueueStretch::PromiseChecks:
        return QCoreApplication::translate("QueueOrder", "Promises to check after the grace");
    case QueueStretch::Tasks:
        return QCoreApplication::translate("QueueOrder", "Tasks (invoice copy, statement, note)");
    }
    return {};
}

} // namespace libreta::domain
