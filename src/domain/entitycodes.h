#pragma once

// Stable database codes for the enums in entities.h ("agent", "broken", ...).
// Labels for people are in labels.h; codes never change once shipped.

#include "domain/entities.h"

#include <QStringView>

#include <optional>

namespace libreta::domain {

QString toCode(UserRole v);
QString toCode(DebtorKind v);
QString toCode(DebtorStatus v);
QString toCode(Level v);
QString toCode(ContactRole v);
QString toCode(PaymentMethod v);
QString toCode(AnsweredBy v);
QString toCode(CallOutcome v);
QString toCode(ExcuseCategory v);
QString toCode(ExcuseKind v);
QString toCode(PreCloseAnswer v);
QString toCode(PromiseStatus v);
QString toCode(PlanFrequency v);
QString toCode(FollowUpKind v);
QString toCode(FollowUpStatus v);
QString toCode(Approach v);
QString toCode(ReversalReason v);
QString toCode(AdjustmentKind v);

template <typename Enum>
std::optional<Enum> fromCode(QStringView code);

template <> std::optional<UserRole> fromCode<UserRole>(QStringView);
template <> std::optional<DebtorKind> fromCode<DebtorKind>(QStringView);
template <> std::optional<DebtorStatus> fromCode<DebtorStatus>(QStringView);
template <> std::optional<Level> fromCode<Level>(QStringView);
template <> std::optional<ContactRole> fromCode<ContactRole>(QStringView);
template <> std::optional<PaymentMethod> fromCode<PaymentMethod>(QStringView);
template <> std::optional<AnsweredBy> fromCode<AnsweredBy>(QStringView);
template <> std::optional<CallOutcome> fromCode<CallOutcome>(QStringView);
template <> std::optional<ExcuseCategory> fromCode<ExcuseCategory>(QStringView);
template <> std::optional<ExcuseKind> fromCode<ExcuseKind>(QStringView);
template <> std::optional<PreCloseAnswer> fromCode<PreCloseAnswer>(QStringView);
template <> std::optional<PromiseStatus> fromCode<PromiseStatus>(QStringView);
template <> std::optional<PlanFrequency> fromCode<PlanFrequency>(QStringView);
template <> std::optional<FollowUpKind> fromCode<FollowUpKind>(QStringView);
template <> std::optional<FollowUpStatus> fromCode<FollowUpStatus>(QStringView);
template <> std::optional<Approach> fromCode<Approach>(QStringView);
template <> std::optional<ReversalReason> fromCode<ReversalReason>(QStringView);
template <> std::optional<AdjustmentKind> fromCode<AdjustmentKind>(QStringView);

// The codes as the schema's CHECK constraints list them, for tests that prove
// the two agree.
template <typename Enum>
QStringList allCodes();
template <> QStringList allCodes<UserRole>();
template <> QStringList allCodes<DebtorKind>();
template <> QStringList allCodes<DebtorStatus>();
template <> QStringList allCodes<Level>();
template <> QStringList allCodes<ContactRole>();
template <> QStringList allCodes<PaymentMethod>();
template <> QStringList allCodes<AnsweredBy>();
template <> QStringList allCodes<CallOutcome>();
template <> QStringList allCodes<ExcuseCategory>();
template <> QStringList allCodes<ExcuseKind>();
template <> QStringList allCodes<PreCloseAnswer>();
template <> QStringList allCodes<PromiseStatus>();
template <> QStringList allCodes<PlanFrequency>();
template <> QStringList allCodes<FollowUpKind>();
template <> QStringList allCodes<FollowUpStatus>();
template <> QStringList allCodes<Approach>();
template <> QStringList allCodes<ReversalReason>();
template <> QStringList allCodes<AdjustmentKind>();

} // namespace libreta::domain
