#pragma once

// Translated words for people, one function per enum. Codes for storage are
// in entitycodes.h.

#include "domain/entities.h"

namespace libreta::domain {

QString label(UserRole v);
QString label(DebtorKind v);
QString label(DebtorStatus v);
QString label(Level v);
QString label(ContactRole v);
QString label(PaymentMethod v);
// The payment methods in the order a form offers them, the usual first.
const QList<PaymentMethod> &paymentMethodsOffered();
QString label(ReversalReason v);
QString label(AdjustmentKind v);
QString label(AnsweredBy v);
QString label(CallOutcome v);
QString label(ExcuseCategory v);
QString label(ExcuseKind v);
QString label(PreCloseAnswer v);
QString label(PromiseStatus v);
QString label(PlanFrequency v);
QString label(FollowUpKind v);
QString label(FollowUpStatus v);
QString label(Approach v);
QString label(CallStage v);
// A review's scores with the stage each is for, "Presentation 4 · Active
// listening 2 · …" ("—" for a stage not scored): bare numbers left an
// agent guessing which stage to work on.
QString stageScores(const QStringList &scores);

// What the catalogue suggests for a reason given: an argument can be checked
// and removed (invoice not received, amount disputed, says already paid, does
// not recognise the debt); the rest buys time. The agent decides.
ExcuseKind suggestedExcuseKind(ExcuseCategory category);

} // namespace libreta::domain
