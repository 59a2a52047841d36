#include "domain/fullstop.h"

namespace libreta::domain {

QString withOneFullStop(const QString &sentence)
{
    if (!sentence.endsWith(QLatin1String("..")) || sentence.endsWith(QLatin1String("...")))
        return sentence;
    return sentence.chopped(1);
}

} // namespace libreta::domain
