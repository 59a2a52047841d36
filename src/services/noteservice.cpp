#include "services/noteservice.h"

#include "services/audittrail.h"
#include "services/inputerror.h"
#include "store/debtorrepository.h"
#include "store/noterepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"

#include <QLocale>
#include <spdlog/spdlog.h>

namespace libreta::services {

using namespace domain;

namespace {

QString checkedBody(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        throw InputError(QStringLiteral("body"), NoteService::tr("Note: write something before saving."));
    if (text.size() > NoteService::kMaxBodyLength)
        throw InputError(QStringLiteral("body"), NoteService::tr("Note: at most %1 characters (this one has %2).")
                                                     .arg(QLocale().toString(NoteService::kMaxBodyLength),
                                                          QLocale().toString(text.size())));
    return text;
}

} // namespace

Id NoteService::add(Id debtorId, const QString &body, std::optional<Id> userId)
{
    Note note;
    note.debtorId = debtorId;
    note.body = checkedBody(body);
    return save(note, userId);
}

Id NoteService::correct(Id noteId, const QString &body, std::optional<Id> userId)
{
    Note note;
    note.body = checkedBody(body);
    note.correctsNoteId = noteId;
    return save(note, userId);
}

Id NoteService::save(Note note, std::optional<Id> userId)
{
    store::Transaction tx(m_db);
    if (note.correctsNoteId) {
        const auto corrected = store::NoteRepository(m_db).byId(*note.correctsNoteId);
        if (!corrected)
            throw InputError(QStringLiteral("note"), tr("The note to correct no longer exists."));
        note.debtorId = corrected->debtorId;
    }
    if (!store::DebtorRepository(m_db).byId(note.debtorId))
        throw InputError(QStringLiteral("debtor"), tr("This debtor no longer exists."));
    note.authorId = userId;
    note.createdAt = m_clock.nowUtc();
    const Id id = store::NoteRepository(m_db).add(note);
    store::TotalsRepository(m_db).refresh(note.debtorId);
    AuditTrail(m_db, m_clock).record(userId, note.correctsNoteId ? QStringLiteral("note.correct") : QStringLiteral("note.add"),
                                     QStringLiteral("note"), id,
                                     note.correctsNoteId
                                         ? QStringLiteral("debtor=%1 corrects=%2").arg(note.debtorId).arg(*note.correctsNoteId)
                                         : QStringLiteral("debtor=%1").arg(note.debtorId));
    tx.commit();
    spdlog::info("note {} added to debtor {}", id, note.debtorId);
    return id;
}

} // namespace libreta::services
