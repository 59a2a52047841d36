#pragma once

// A call in which the debtor, on the line, gave a reason that can be
// checked (an argument, DOMAIN rule 5) and promised nothing: it ends with
// the task that answers it ("I already paid": the statement to send).
// Header-only, for the suites that link the services.

#include "domain/entities.h"
#include "services/callservice.h"

namespace libreta::test {

inline services::CallDraft argumentCall(domain::Id debtorId, const QDateTime &endedAt,
                                        domain::ExcuseCategory category = domain::ExcuseCategory::SaysAlreadyPaid,
                                        domain::ExcuseKind kind = domain::ExcuseKind::Argument)
{
    services::CallDraft d;
    d.call.debtorId = debtorId;
    d.call.startedAt = endedAt.addSecs(-300);
    d.call.endedAt = endedAt;
    d.call.answeredBy = domain::AnsweredBy::Debtor;
    d.call.outcome = domain::CallOutcome::Callback;
    d.call.excuseCategory = category;
    d.call.excuseKind = kind;
    d.call.excuseWords = QStringLiteral("Pagó el 2 de marzo en ventanilla");
    return d;
}

} // namespace libreta::test
