#include "cli/segmentoption.h"

#include "cli/clicontext.h"
#include "domain/textfold.h"
#include "store/portfoliorepository.h"

namespace libreta::cli {

bool resolveSegmentOption(CliContext &c, store::Database &db, QString &segment)
{
    segment = segment.trimmed();
    if (segment.isEmpty())
        return true;
    const QStringList segments = store::PortfolioRepository(db).segments();
    const QString typed = domain::foldForSearch(segment);
    for (const QString &s : segments)
        if (domain::foldForSearch(s) == typed) {
            segment = s;
            return true;
        }
    c.err << CliContext::tr("--segment: no debtor is in the segment «%1»; the segments are: %2.")
                 .arg(segment, segments.join(QStringLiteral(", ")))
          << Qt::endl;
    return false;
}

} // namespace libreta::cli
