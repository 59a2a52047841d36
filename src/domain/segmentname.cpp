#include "domain/segmentname.h"

#include "domain/textfold.h"

namespace libreta::domain {

QString segmentAsSpelled(const QString &typed, const QStringList &existing)
{
    const QString name = typed.simplified();
    if (name.isEmpty() || existing.contains(name))
        return name;
    const QString folded = foldForSearch(name);
    for (const QString &known : existing)
        if (foldForSearch(known) == folded)
            return known;
    return name;
}

} // namespace libreta::domain
