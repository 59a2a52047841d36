#include "services/calldrafts.h"

#include "store/calldraftrepository.h"

#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

std::optional<CallWorksheet> parse(const store::StoredCallDraft &stored)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored.body);
    if (!doc.isObject())
        return std::nullopt;
    auto worksheet = CallWorksheet::fromJson(doc.object());
    if (!worksheet || worksheet->debtorId != stored.debtorId)
        return std::nullopt;
    return worksheet;
}

} // namespace

void CallDrafts::save(const QString &desk, const CallWorksheet &worksheet)
{
    store::StoredCallDraft d;
    d.debtorId = worksheet.debtorId;
    d.desk = desk;
    d.startedAt = worksheet.startedAtUtc;
    d.savedAt = m_clock.nowUtc();
    d.body = QJsonDocument(worksheet.toJson()).toJson(QJsonDocument::Compact);
    store::CallDraftRepository(m_db).put(d);
}

std::optional<CallWorksheet> CallDrafts::load(Id debtorId, const QString &desk)
{
    const auto stored = store::CallDraftRepository(m_db).get(debtorId, desk);
    if (!stored)
        return std::nullopt;
    auto worksheet = parse(*stored);
    if (!worksheet)
        spdlog::warn("call drafts: the draft for debtor {} could not be read and is not offered", debtorId);
    return worksheet;
}

void CallDrafts::discard(Id debtorId, const QString &desk)
{
    store::CallDraftRepository(m_db).remove(debtorId, desk);
}

QList<CallWorksheet> CallDrafts::forDesk(const QString &desk, int limit)
{
    QList<CallWorksheet> out;
    for (const auto &stored : store::CallDraftRepository(m_db).forDesk(desk, limit))
        if (auto worksheet = parse(stored))
            out.append(*worksheet);
    return out;
}

} // namespace libreta::services
