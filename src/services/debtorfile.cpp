#include "services/debtorfile.h"

#include <algorithm>

namespace libreta::services {
namespace {

template <typename T>
const T *byId(const QList<T> &list, domain::Id id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

QList<PromiseSettlement> DebtorFile::settlementsOfPayment(domain::Id paymentId) const
{
    QList<PromiseSettlement> out;
    for (const auto &s : settlements)
        if (s.paymentId == paymentId)
            out.append(s);
    return out;
}

QList<PromiseSettlement> DebtorFile::settlementsOfPromise(domain::Id promiseId) const
{
    QList<PromiseSettlement> out;
    for (const auto &s : settlements)
        if (s.promiseId == promiseId)
            out.append(s);
    return out;
}

QList<domain::FollowUp> DebtorFile::openPaymentClaims() const
{
    QList<domain::FollowUp> out;
    for (const domain::FollowUp &f : followUps) {
        if (f.status != domain::FollowUpStatus::Open || f.kind != domain::FollowUpKind::SendStatement || !f.callId)
            continue;
        const domain::Call *c = latestVersionOf(*f.callId);
        if (c && c->excuseCategory == domain::ExcuseCategory::SaysAlreadyPaid)
            out.prepend(f);  // followUps are latest due first
    }
    return out;
}

const domain::Promise *DebtorFile::promise(domain::Id id) const { return byId(promises, id); }
const domain::Invoice *DebtorFile::invoice(domain::Id id) const { return byId(invoices, id); }
const domain::Note *DebtorFile::note(domain::Id id) const { return byId(notes, id); }
const domain::Call *DebtorFile::call(domain::Id id) const { return byId(calls, id); }

std::optional<QDate> DebtorFile::wrongNumberOn(const QString &number) const
{
    // The calls are newest first: the last call to the number decides.
    for (const domain::Call &c : calls)
        if (c.phoneDialled == number)
            return c.outcome == domain::CallOutcome::WrongNumber ? std::optional(c.startedAt.toLocalTime().date())
                                                                 : std::nullopt;
    return std::nullopt;
}

QString DebtorFile::lastAnsweredNumber() const
{
    for (const domain::Call &c : calls)  // newest first
        if (c.answeredBy != domain::AnsweredBy::Nobody && c.outcome != domain::CallOutcome::WrongNumber &&
            !c.phoneDialled.isEmpty())
            return c.phoneDialled;
    return {};
}

const store::CallDiscount *DebtorFile::discountOf(domain::Id callId) const
{
    for (const domain::Call *c = call(callId); c && c->correctsCallId; c = call(*c->correctsCallId))
        callId = *c->correctsCallId;
    for (const store::CallDiscount &d : discounts)
        if (d.callId == callId)
            return &d;
    return nullptr;
}

const domain::Call *DebtorFile::latestVersionOf(domain::Id callId) const
{
    const domain::Call *version = call(callId);
    for (const domain::Call *later = version ? correctionOf(version->id) : nullptr; later;
         later = correctionOf(later->id))
        version = later;
    return version;
}

const domain::Call *DebtorFile::correctionOf(domain::Id callId) const
{
    const domain::Call *latest = nullptr;
    for (const domain::Call &c : calls)
        if (c.correctsCallId == callId && (!latest || c.id > latest->id))
            latest = &c;
    return latest;
}

QString DebtorFile::userName(const std::optional<domain::Id> &id) const
{
    return id ? userNames.value(*id) : QString();
}

bool DebtorFile::writtenOff(const QList<domain::Adjustment> &adjustments)
{
    return std::any_of(adjustments.cbegin(), adjustments.cend(), [](const domain::Adjustment &j) {
        return j.kind == domain::AdjustmentKind::WriteOff && !j.withdrawn();
    });
}

} // namespace libreta::services
