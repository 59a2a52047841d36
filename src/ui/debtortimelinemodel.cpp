#include "ui/debtortimelinemodel.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "services/documentservice.h"
#include "ui/debtorfiletexts.h"
#include "ui/itemroles.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace libreta::ui {

using namespace domain;

namespace {

constexpr int kSummaryLength = 90;

QDateTime startOfLocalDay(const QDate &date) { return date.startOfDay().toUTC(); }

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > kSummaryLength)
        line = line.left(kSummaryLength - 1) + QChar(0x2026);
    return line;
}

QString stageNotes(const Call &c)
{
    QStringList parts;
    const std::pair<CallStage, QString> stages[] = {
        {CallStage::Presentation, c.notes.presentation}, {CallStage::Listening, c.notes.listening},
        {CallStage::Negotiation, c.notes.negotiation},   {CallStage::PreClose, c.notes.preClose},
        {CallStage::Close, c.notes.close}};
    for (const auto &[stage, text] : stages)
        if (!text.trimmed().isEmpty())
            parts << QStringLiteral("%1: %2").arg(label(stage), text.simplified());
    return parts.join(QStringLiteral(" · "));
}

// A promise's reminder and check are closed by the promise itself, with its
// outcome's code ("kept", "broken"); what a person wrote is shown as written.
QString followUpResult(const FollowUp &f)
{
    if (f.kind == FollowUpKind::PromiseReminder || f.kind == FollowUpKind::PromiseCheck)
        if (const auto status = fromCode<PromiseStatus>(f.result))
            return label(*status);
    return f.result;
}

} // namespace

DebtorTimelineModel::DebtorTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

QString DebtorTimelineModel::kindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Call: return tr("Call");
    case EntryKind::Excuse: return tr("Reason");  // an excuse or an argument: the row says which
    case EntryKind::Promise: return tr("Promise");
    case EntryKind::Payment: return tr("Payment");
    case EntryKind::Note: return tr("Note");
    case EntryKind::FollowUp: return tr("Follow-up");
    case EntryKind::Adjustment: return tr("Adjustment");
    case EntryKind::Document: return tr("Document");
    }
    return {};
}

void DebtorTimelineModel::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    beginResetModel();
    m_all.clear();
    addCalls(file, money);
    addPromises(file, money);
    addPayments(file, money);
    addAdjustments(file, money);
    addNotes(file);
    addFollowUps(file);
    addDocuments(file);
    // A file read without its moment (a test's) has nothing to come.
    const QDateTime readAt = file.strategyInput.now;
    for (Entry &e : m_all)
        e.upcoming = readAt.isValid() &&
                     (e.dateOnly ? e.at.toLocalTime().date() > readAt.toLocalTime().date() : e.at > readAt);
    std::stable_sort(m_all.begin(), m_all.end(), [](const Entry &a, const Entry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);  // a call above the excuse and promise it recorded
        return a.id > b.id;
    });
    applyFilter();
    endResetModel();
}

QString DebtorTimelineModel::discountText(const services::DebtorFile &file, const store::CallDiscount &d,
                                         const MoneyFormatter &money)
{
    const QString agreed = tr("Discount of %1% (%2 agreed of %3)")
                               .arg(d.percent)
                               .arg(money.format(d.agreedTotal), money.format(d.balance));
    switch (d.status) {
    case store::DiscountStatus::WithinLimit: return agreed;
    case store::DiscountStatus::Pending:
        return tr("%1: above the %2% limit, waiting for a supervisor").arg(agreed).arg(d.limitPercent);
    case store::DiscountStatus::Approved:
        return d.decisionNote.isEmpty() ? tr("%1: approved by %2").arg(agreed, file.userName(d.decidedBy))
                                        : tr("%1: approved by %2 (%3)").arg(agreed, file.userName(d.decidedBy), d.decisionNote);
    case store::DiscountStatus::Rejected:
        return tr("%1: not approved by %2 (%3)").arg(agreed, file.userName(d.decidedBy), d.decisionNote);
    }
    return agreed;
}

void DebtorTimelineModel::addCalls(const services::DebtorFile &file, const MoneyFormatter &money)
{
    for (const Call &c : file.calls) {
        Entry e;
        e.kind = EntryKind::Call;
        // A correction keeps its call's time: it sits just above the call.
        e.at = c.startedAt;
        e.id = c.id;
        e.by = file.userName(c.correctsCallId && c.correctedBy ? c.correctedBy : c.agentId);
        const Call *later = file.correctionOf(c.id);
        e.superseded = later != nullptr;
        e.what = DebtorFileTexts::callResult(c);
        if (c.correctsCallId)
            e.what = c.correctedAt ? tr("Corrected on %1: %2").arg(DebtorFileTexts::dateTime(*c.correctedAt), e.what)
                                   : tr("Correction of an earlier call: %1").arg(e.what);
        if (later && later->correctedAt)
            e.what = tr("%1 (corrected on %2)").arg(e.what, DebtorFileTexts::dateTime(*later->correctedAt));
        QStringList details{stageNotes(c)};
        if (!c.refusalReason.isEmpty())
            details << tr("Refusal: %1").arg(c.refusalReason);
        if (!c.nextStep.isEmpty())
            details << tr("Next step: %1").arg(c.nextStep);
        if (const store::CallDiscount *d = file.discountOf(c.id))
            details << discountText(file, *d, money);
        details.removeAll(QString());
        e.details = details.join(QStringLiteral(" · "));
        m_all.append(e);

        if (!c.excuseCategory)
            continue;
        Entry x;
        x.kind = EntryKind::Excuse;
        x.at = c.startedAt;
        x.id = c.id;
        x.by = e.by;
        x.superseded = e.superseded;
        x.excuseOccurrence = file.excuseOccurrence.value(c.id, 0);
        x.what = label(*c.excuseCategory);
        if (c.excuseKind)
            x.what += QStringLiteral(" · ") + label(*c.excuseKind);
        // First, so a narrow column still shows that it is a repeat.
        if (x.excuseOccurrence >= 2)
            x.what = DebtorFileTexts::repeatedExcuse(x.excuseOccurrence) + QStringLiteral(": ") + x.what;
        x.details = c.excuseWords.isEmpty() ? QString() : tr("“%1”").arg(c.excuseWords.simplified());
        m_all.append(x);
    }
}

void DebtorTimelineModel::addPromises(const services::DebtorFile &file, const MoneyFormatter &money)
{
    QHash<Id, QDateTime> callTimes;
    QHash<Id, std::optional<Id>> callAgents;
    for (const Call &c : file.calls) {
        callTimes.insert(c.id, c.startedAt);
        callAgents.insert(c.id, c.agentId);
    }
    for (const Promise &p : file.promises) {
        Entry e;
        e.kind = EntryKind::Promise;
        e.id = p.id;
        e.promiseStatus = p.status;
        // Beside the call that made it; a promise from elsewhere on its day.
        if (p.callId && callTimes.contains(*p.callId)) {
            e.at = callTimes.value(*p.callId);
            e.by = file.userName(callAgents.value(*p.callId));  // who got it, as the call says
        } else {
            e.at = startOfLocalDay(p.madeOn);
            e.dateOnly = true;
        }
        e.what = tr("Promised %1 by %2 · %3")
                     .arg(DebtorFileTexts::promise(p, money), label(p.method), label(p.status));
        QStringList details;
        if (p.status == PromiseStatus::Pending && p.paid.isPositive())
            details << tr("Paid so far: %1").arg(money.format(p.paid));
        else if (p.status != PromiseStatus::Cancelled && p.status != PromiseStatus::Pending)
            details << tr("Paid: %1 of %2").arg(money.format(p.paid), money.format(p.amount));
        // The discount the amount comes from, where a plan or promise starts.
        if (const store::CallDiscount *d = p.callId && p.sequence == 1 ? file.discountOf(*p.callId) : nullptr)
            details << discountText(file, *d, money);
        e.details = details.join(QStringLiteral(" · "));
        m_all.append(e);
    }
}

void DebtorTimelineModel::addPayments(const services::DebtorFile &file, const MoneyFormatter &money)
{
    for (const Payment &p : file.payments) {
        Entry e;
        e.kind = EntryKind::Payment;
        e.id = p.id;
        // A payment has a day, not an hour; one entered on the day it was
        // paid sorts at the moment it was entered, so it reads above the
        // call it followed ("most recent first"), not below every call of
        // its day. The line still shows the day alone.
        const bool enteredThatDay = p.recordedAt && p.recordedAt->toLocalTime().date() == p.paidOn;
        e.at = enteredThatDay ? *p.recordedAt : startOfLocalDay(p.paidOn);
        e.dateOnly = true;
        e.what = tr("%1 received · %2").arg(money.format(p.amount), label(p.method));
        e.by = file.userName(p.createdBy);
        QStringList details;
        if (!p.reference.isEmpty())
            details << tr("Reference: %1").arg(p.reference);
        int kept = 0;
        for (const auto &s : file.settlementsOfPayment(p.id))
            if (const Promise *promise = file.promise(s.promiseId); promise && promise->status == PromiseStatus::Kept)
                ++kept;
        if (kept > 0)
            details << tr("Promises it kept: %1").arg(kept);
        e.details = details.join(QStringLiteral(" · "));
        if (!p.reversal) {
            m_all.append(e);
            continue;
        }
        // Greyed where it was received, and the reversal in its own line
        // at the moment it was made, by whom and why.
        const Payment::Reversal &r = *p.reversal;
        e.superseded = true;
        e.what = tr("%1 (reversed on %2)").arg(e.what, DebtorFileTexts::date(r.at.toLocalTime().date()));
        m_all.append(e);
        Entry undone;
        undone.kind = EntryKind::Payment;
        undone.id = p.id;
        undone.at = r.at;
        undone.by = file.userName(r.by);
        undone.what = tr("Payment of %1 of %2 reversed: %3")
                          .arg(money.format(p.amount), DebtorFileTexts::date(p.paidOn), label(r.reason));
        undone.details = r.note;
        m_all.append(undone);
    }
}

void DebtorTimelineModel::addAdjustments(const services::DebtorFile &file, const MoneyFormatter &money)
{
    for (const Adjustment &j : file.adjustments) {
        Entry e;
        e.kind = EntryKind::Adjustment;
        e.id = j.id;
        e.at = j.createdAt;
        // Nobody's: Libreta granted the discount when the agreement was paid.
        e.by = j.createdBy ? file.userName(j.createdBy) : tr("Libreta");
        e.what = tr("%1 taken off the balance · %2").arg(money.format(j.amount), label(j.kind));
        QStringList invoices;
        for (const Allocation &l : j.lines) {
            const Invoice *invoice = file.invoice(l.invoiceId);
            invoices << tr("%1 (%2)").arg(invoice ? invoice->number : QString::number(l.invoiceId), money.format(l.amount));
        }
        QStringList details{j.note};
        // Libreta's discount says which agreement it comes from.
        if (j.note.isEmpty() && j.callId)
            if (const store::CallDiscount *d = file.discountOf(*j.callId))
                if (const Call *call = file.call(*j.callId))
                    details = QStringList{tr("The discount of %1% agreed in the call of %2, paid as agreed.")
                                              .arg(d->percent)
                                              .arg(DebtorFileTexts::date(call->startedAt.toLocalTime().date()))};
        if (!invoices.isEmpty())
            details << tr("Invoices: %1").arg(invoices.join(QStringLiteral(", ")));
        e.details = details.join(QStringLiteral(" · "));
        if (!j.withdrawnAt) {
            m_all.append(e);
            continue;
        }
        // Greyed where it was granted, and the withdrawal in its own line.
        e.superseded = true;
        e.what = tr("%1 (withdrawn on %2)").arg(e.what, DebtorFileTexts::date(j.withdrawnAt->toLocalTime().date()));
        m_all.append(e);
        Entry undone;
        undone.kind = EntryKind::Adjustment;
        undone.id = j.id;
        undone.at = *j.withdrawnAt;
        undone.by = tr("Libreta");
        undone.what = tr("Discount of %1 withdrawn: the agreement is no longer paid")
                          .arg(money.format(j.amount));
        m_all.append(undone);
    }
}

void DebtorTimelineModel::addDocuments(const services::DebtorFile &file)
{
    for (const DocumentWritten &d : file.documents) {
        Entry e;
        e.kind = EntryKind::Document;
        e.id = d.id;
        e.at = d.writtenAt;
        e.by = d.writtenBy ? file.userName(d.writtenBy) : tr("Libreta");
        const auto kind = services::DocumentService::kindFromCode(d.kind);
        const QString name = kind ? services::DocumentService::kindName(*kind) : d.kind;
        e.what = d.printed ? tr("%1 printed").arg(name) : tr("%1 saved as PDF").arg(name);
        m_all.append(e);
    }
}

void DebtorTimelineModel::addNotes(const services::DebtorFile &file)
{
    QHash<Id, const Note *> correctedBy;
    for (const Note &n : file.notes)
        if (n.correctsNoteId)
            correctedBy.insert(*n.correctsNoteId, &n);
    for (const Note &n : file.notes) {
        Entry e;
        e.kind = EntryKind::Note;
        e.id = n.id;
        e.at = n.createdAt;
        e.by = file.userName(n.authorId);
        e.details = n.body;
        e.what = firstLine(n.body);
        if (n.correctsNoteId) {
            const Note *old = file.note(*n.correctsNoteId);
            e.what = tr("Correction to the note of %1: %2")
                         .arg(old ? DebtorFileTexts::dateTime(old->createdAt) : QString(), e.what);
        }
        if (const Note *later = correctedBy.value(n.id)) {
            e.superseded = true;
            e.what = tr("%1 (corrected on %2)").arg(e.what, DebtorFileTexts::dateTime(later->createdAt));
        }
        m_all.append(e);
    }
}

void DebtorTimelineModel::addFollowUps(const services::DebtorFile &file)
{
    for (const FollowUp &f : file.followUps) {
        Entry e;
        e.kind = EntryKind::FollowUp;
        e.id = f.id;
        e.by = file.userName(f.assignedTo);
        if (f.dueTime) {
            e.at = QDateTime(f.dueDate, *f.dueTime).toUTC();
        } else {
            e.at = startOfLocalDay(f.dueDate);
            e.dateOnly = true;
        }
        // A task of its own words ("find the debtor's number", "check what
        // they said") is named by them: the kind alone says only "a note".
        const bool ownWords = f.kind == FollowUpKind::NoteFollowUp && !f.description.trimmed().isEmpty();
        e.what = tr("%1 · %2").arg(ownWords ? tr("Task: %1").arg(f.description.simplified()) : label(f.kind),
                                   label(f.status));
        QStringList details{f.description, followUpResult(f)};
        details.removeAll(QString());
        e.details = details.join(QStringLiteral(" · "));
        m_all.append(e);
    }
}

void DebtorTimelineModel::setKindFilter(std::optional<EntryKind> kind)
{
    beginResetModel();
    m_filter = kind;
    applyFilter();
    endResetModel();
}

void DebtorTimelineModel::setSpan(Span span)
{
    beginResetModel();
    m_span = span;
    applyFilter();
    endResetModel();
}

namespace {
bool inSpan(bool upcoming, DebtorTimelineModel::Span span)
{
    using Span = DebtorTimelineModel::Span;
    return span == Span::Everything || upcoming == (span == Span::Upcoming);
}
} // namespace

const DebtorTimelineModel::Entry *DebtorTimelineModel::nextToCome() const
{
    // Newest first: the last one still to come is the soonest.
    const auto it = std::find_if(m_all.crbegin(), m_all.crend(), [](const Entry &e) { return e.upcoming; });
    return it == m_all.crend() ? nullptr : &*it;
}

bool DebtorTimelineModel::shownInSpan(const Entry &entry, Span span, const Entry *next)
{
    // The history keeps the next thing to do at its top.
    return inSpan(entry.upcoming, span) || (span == Span::History && &entry == next);
}

void DebtorTimelineModel::applyFilter()
{
    m_shown.clear();
    const Entry *next = nextToCome();
    for (const Entry &e : std::as_const(m_all))
        if (m_filter ? e.kind == *m_filter : shownInSpan(e, m_span, next))
            m_shown.append(&e);
    // What comes next first.
    if (!m_filter && m_span == Span::Upcoming)
        std::reverse(m_shown.begin(), m_shown.end());
}

int DebtorTimelineModel::count(EntryKind kind) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [kind](const Entry &e) { return e.kind == kind; }));
}

int DebtorTimelineModel::count(Span span) const
{
    const Entry *next = nextToCome();
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [span, next](const Entry &e) { return shownInSpan(e, span, next); }));
}

int DebtorTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DebtorTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebtorTimelineModel::display(const Entry &e, int column) const
{
    switch (column) {
    case When: return e.dateOnly ? DebtorFileTexts::date(e.at.toLocalTime().date()) : DebtorFileTexts::dateTime(e.at);
    case Kind: return kindLabel(e.kind);
    case What: return e.what;
    case Details: return e.details;
    case By: return e.by;
    default: return {};
    }
}

QVariant DebtorTimelineModel::foreground(const Entry &e) const
{
    if (e.superseded)
        return QColor(0x70, 0x70, 0x70);
    if (e.kind == EntryKind::Excuse && e.excuseOccurrence >= 2)
        return QColor(0xb0, 0x3a, 0x00);
    if (e.promiseStatus) {
        switch (*e.promiseStatus) {
        case PromiseStatus::Kept: return QColor(0x1b, 0x6e, 0x2a);
        case PromiseStatus::Broken: return QColor(0xb0, 0x1c, 0x1c);
        case PromiseStatus::PartiallyKept: return QColor(0xa8, 0x5a, 0x00);
        case PromiseStatus::Pending:
        case PromiseStatus::Cancelled: break;
        }
    }
    return {};
}

QVariant DebtorTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = *m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Details || index.column() == What)
            return e.details.isEmpty() ? e.what : e.what + QStringLiteral("\n\n") + e.details;
        return {};
    case Qt::ForegroundRole: return foreground(e);
    case Qt::BackgroundRole:
        if (e.kind == EntryKind::Excuse && e.excuseOccurrence >= 2)
            return QColor(0xff, 0xf1, 0xd6);
        return {};
    case Qt::FontRole:
        if ((e.kind == EntryKind::Excuse && e.excuseOccurrence >= 2) || e.superseded) {
            QFont font;
            font.setBold(!e.superseded);
            font.setItalic(e.superseded);
            return font;
        }
        return {};
    case IdRole: return QVariant::fromValue<qint64>(e.id);
    case KindRole: return int(e.kind);
    case RawValueRole:
        if (index.column() == When)
            return e.at;
        if (index.column() == Kind)
            return int(e.kind);
        if (index.column() == What && e.kind == EntryKind::Excuse)
            return e.excuseOccurrence;
        return display(e, index.column());
    default: return {};
    }
}

QVariant DebtorTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A kind of entry that comes in after the file was opened ("Documento"
    // once a letter is saved) is read whole, as the kinds fitted at first.
    if (orientation == Qt::Horizontal && role == ReadWholeRole)
        return section == Kind;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Kind: return tr("Kind");
    case What: return tr("What");
    case Details: return tr("Details");
    case By: return tr("By");
    default: return {};
    }
}

} // namespace libreta::ui
