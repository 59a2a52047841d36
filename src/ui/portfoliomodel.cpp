#include "ui/portfoliomodel.h"

#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "domain/shortdate.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/itemroles.h"
#include "ui/officecurrency.h"
#include "ui/summarycounter.h"

#include <QColor>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::ui {
namespace {

const QString kNone = QStringLiteral("\u2014");  // an em dash: "no value", not an empty cell

std::optional<store::PortfolioSort> storeSortFor(int column)
{
    switch (column) {
    case PortfolioModel::Name: return store::PortfolioSort::Name;
    case PortfolioModel::ExternalRef: return store::PortfolioSort::ExternalRef;
    case PortfolioModel::Outstanding: return store::PortfolioSort::Outstanding;
    case PortfolioModel::DaysPastDue:
    case PortfolioModel::Aging: return store::PortfolioSort::DaysPastDue;
    case PortfolioModel::LastContact: return store::PortfolioSort::LastContact;
    case PortfolioModel::NextAction: return store::PortfolioSort::NextAction;
    case PortfolioModel::Segment: return store::PortfolioSort::Segment;
    case PortfolioModel::Risk: return store::PortfolioSort::Risk;
    case PortfolioModel::Agent: return store::PortfolioSort::Agent;
    case PortfolioModel::Status: return store::PortfolioSort::Status;
    case PortfolioModel::Promise: return store::PortfolioSort::Promise;
    case PortfolioModel::Approach: return store::PortfolioSort::Approach;
    default: return std::nullopt;
    }
}

} // namespace

PortfolioModel::PortfolioModel(store::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_repository(db), m_money(officeCurrency(db)),
      m_today(QDate::currentDate())
{
    m_query.filters.today = m_today;
    try {
        // A capped count: at a million debtors the full one reads every row
        // before the window can paint.
        setCountInBackground(m_repository.debtorCountUpTo(kBackgroundSummaryFrom) >= kBackgroundSummaryFrom);
    } catch (const store::StoreError &e) {
        Q_EMIT failed(e.message());
    }
    reload();
}

void PortfolioModel::setCountInBackground(bool background)
{
    if (background == countsInBackground())
        return;
    delete m_counter;
    m_counter = nullptr;
    if (background) {
        m_counter = new SummaryCounter(m_db.path(), this);
        connect(m_counter, &SummaryCounter::counted, this, &PortfolioModel::takeSummary);
        connect(m_counter, &SummaryCounter::failed, this, [this](quint64 ticket, const QString &message) {
            if (ticket != m_summaryTicket)
                return;
            m_summaryPending = false;
            m_summary = {};
            Q_EMIT summaryChanged();
            Q_EMIT failed(message);
        });
    }
}

void PortfolioModel::countSummary()
{
    ++m_summaryTicket;
    if (m_counter) {
        m_summaryPending = true;
        m_counter->request(m_summaryTicket, m_query);
        Q_EMIT summaryChanged();
        return;
    }
    try {
        takeSummary(m_summaryTicket, m_repository.summary(m_query));
    } catch (const store::StoreError &e) {
        takeSummary(m_summaryTicket, {});
        Q_EMIT failed(e.message());
    }
}

void PortfolioModel::takeSummary(quint64 ticket, const store::PortfolioSummary &summary)
{
    if (ticket != m_summaryTicket)
        return;  // an answer to a query already replaced
    m_summary = summary;
    m_summaryPending = false;
    Q_EMIT summaryChanged();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PortfolioModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PortfolioModel::fetchMore(const QModelIndex &parent)
{
    // A listener of a change signal may ask for more before every listener
    // has seen the change (QAbstractItemModelTester does); rows inserted then
    // would nest one change inside another. Views ask again afterwards.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QList<Line> page = nextPage();
    if (page.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines.append(page);
    endInsertRows();
    m_changing = false;
}

QList<PortfolioModel::Line> PortfolioModel::nextPage()
{
    std::optional<store::PortfolioKey> after;
    if (!m_lines.isEmpty())
        after = m_lines.last().row.key;
    QList<Line> page;
    try {
        // One row more than a page says whether another page exists, so
        // canFetchMore never promises rows that are not there.
        QList<store::PortfolioRow> rows = m_repository.fetchPage(m_query, after, kPageSize + 1);
        m_atEnd = rows.size() <= kPageSize;
        if (!m_atEnd)
            rows.removeLast();
        page.reserve(rows.size());
        for (const store::PortfolioRow &row : std::as_const(rows))
            page.append(lineFor(row));
    } catch (const store::StoreError &e) {
        spdlog::error("ui: portfolio page failed");
        m_atEnd = true;
        m_pageFailed = true;
        Q_EMIT failed(e.message());
    }
    return page;
}

void PortfolioModel::reload()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_changing = true;
    beginResetModel();
    m_lines.clear();
    m_atEnd = false;
    m_pageFailed = false;
    m_lines = nextPage();
    endResetModel();
    m_changing = false;
    countSummary();
}

bool PortfolioModel::isSortable(int column) { return storeSortFor(column).has_value(); }

void PortfolioModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = storeSortFor(column);
    if (!sort || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = *sort;
    m_query.ascending = order == Qt::AscendingOrder;
    reload();
}

void PortfolioModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reload();
}

void PortfolioModel::setFilters(const store::PortfolioFilters &filters)
{
    store::PortfolioFilters wanted = filters;
    wanted.today = m_today;
    if (wanted == m_query.filters)
        return;
    m_query.filters = wanted;
    reload();
}

void PortfolioModel::setToday(const QDate &today)
{
    m_today = today;
    m_query.filters.today = today;
    reload();
}

PortfolioModel::Line PortfolioModel::lineFor(const store::PortfolioRow &row) const
{
    Line line;
    line.row = row;
    line.daysPastDue = row.oldestDueDate ? domain::daysPastDue(*row.oldestDueDate, m_today) : 0;
    line.bucket = domain::agingBucketFor(row.oldestDueDate, m_today);
    domain::StrategyInput in;
    in.outstanding = row.outstanding;
    in.daysPastDue = line.daysPastDue;
    in.risk = row.risk;
    in.value = row.value;
    in.promisesKept = row.promisesKept;
    in.promisesBroken = row.promisesBroken;
    in.willing = row.willing;
    in.able = row.able;
    in.lastContactAt = row.lastContactAt;
    in.now = m_now;
    line.suggestion = domain::suggestApproach(in);
    return line;
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(line, index.column());
    case Qt::ToolTipRole: return toolTip(line, index.column());
    case Qt::ForegroundRole: return foreground(line, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Outstanding || index.column() == DaysPastDue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return QVariant::fromValue<qint64>(line.row.debtorId);
    case RawValueRole: return rawValue(line, index.column());
    default: return {};
    }
}

QVariant PortfolioModel::display(const Line &line, int column) const
{
    const store::PortfolioRow &r = line.row;
    const QLocale locale;
    switch (column) {
    case Name: return r.name;
    case ExternalRef: return r.externalRef;
    case Outstanding:
        // Paid beyond what is owed: the office owes the debtor, said on the line.
        if (!r.outstanding.isPositive() && r.credit.isPositive())
            return tr("%1 in favour").arg(m_money.format(r.credit));
        return m_money.format(r.outstanding);
    case DaysPastDue: return locale.toString(line.daysPastDue);
    case Aging: return domain::agingBucketLabel(line.bucket);
    case Segment: return r.segment.isEmpty() ? kNone : r.segment;
    case Risk: return domain::label(r.risk);
    case Approach: return r.outstanding.isPositive() ? domain::label(line.suggestion.approach) : kNone;
    case LastContact:
        // The day is what matters at a glance; the hour is in the tooltip.
        return r.lastContactAt ? domain::shortDate(r.lastContactAt->toLocalTime().date(), locale) : kNone;
    case NextAction: return r.nextActionDate ? domain::shortDate(*r.nextActionDate, locale) : kNone;
    case Promise:
        if (r.openPromiseId && r.openPromiseDate) {
            // Part paid, the line says what is left: what the agent asks for.
            const QString due = domain::shortDate(*r.openPromiseDate, locale);
            if (domain::isPartlyPaid(r.openPromisePaid, r.openPromiseAmount))
                return tr("%1 left by %2").arg(m_money.format(r.openPromiseAmount - r.openPromisePaid), due);
            return tr("%1 by %2").arg(m_money.format(r.openPromiseAmount), due);
        }
        return r.lastPromiseStatus ? domain::label(*r.lastPromiseStatus) : kNone;
    case Agent: return r.agentName.isEmpty() ? tr("Unassigned") : r.agentName;
    case Status: return domain::label(r.status);
    default: return {};
    }
}

QVariant PortfolioModel::rawValue(const Line &line, int column) const
{
    const store::PortfolioRow &r = line.row;
    switch (column) {
    case Name: return r.name;
    case ExternalRef: return r.externalRef;
    case Outstanding: return QVariant::fromValue<qint64>(r.outstanding.minor());
    case DaysPastDue: return line.daysPastDue;
    case Aging: return int(line.bucket);
    case Segment: return r.segment;
    case Risk: return int(r.risk);
    case Approach: return int(line.suggestion.approach);
    case LastContact: return r.lastContactAt ? QVariant(*r.lastContactAt) : QVariant();
    case NextAction: return r.nextActionDate ? QVariant(*r.nextActionDate) : QVariant();
    case Promise: return r.openPromiseDate ? QVariant(*r.openPromiseDate) : QVariant();
    case Agent: return r.agentName;
    case Status: return int(r.status);
    default: return {};
    }
}

QVariant PortfolioModel::toolTip(const Line &line, int column) const
{
    const store::PortfolioRow &r = line.row;
    switch (column) {
    case Name: return tr("%1 (%2)").arg(r.name, r.externalRef);
    case Outstanding:
        if (r.credit.isPositive())
            return tr("Paid %1 more than owed: the debtor has it in their favour.").arg(m_money.format(r.credit));
        return {};
    case Approach:
        return r.outstanding.isPositive() ? line.suggestion.reason : tr("Nothing is outstanding: there is nothing to collect.");
    case LastContact:
        if (r.lastContactAt)
            return QLocale().toString(r.lastContactAt->toLocalTime(), QLocale::LongFormat);
        return tr("Never contacted");
    case Promise:
        if (r.openPromiseId && r.openPromiseDate) {
            QString text = tr("Pending promise of %1 due on %2.")
                               .arg(m_money.format(r.openPromiseAmount),
                                    QLocale().toString(*r.openPromiseDate, QLocale::LongFormat));
            if (domain::isPartlyPaid(r.openPromisePaid, r.openPromiseAmount))
                text += QLatin1Char(' ') + tr("Paid so far: %1; left: %2.")
                                               .arg(m_money.format(r.openPromisePaid),
                                                    m_money.format(r.openPromiseAmount - r.openPromisePaid));
            return QString(text + QLatin1Char(' ') +
                           tr("Kept so far: %1, broken: %2.").arg(r.promisesKept).arg(r.promisesBroken));
        }
        return tr("Promises kept: %1, broken: %2.").arg(r.promisesKept).arg(r.promisesBroken);
    case NextAction:
        if (r.nextActionDate && *r.nextActionDate < m_today)
            return tr("Overdue: this follow-up was due %Ln day(s) ago.", nullptr,
                      int(r.nextActionDate->daysTo(m_today)));
        return {};
    default: return {};
    }
}

QVariant PortfolioModel::foreground(const Line &line, int column) const
{
    // Fixed dark tones: they read on the light backgrounds of every desktop
    // theme the offices use; a dark theme is a later concern.
    const store::PortfolioRow &r = line.row;
    switch (column) {
    case NextAction:
        if (r.nextActionDate && *r.nextActionDate < m_today)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Promise:
        if (!r.openPromiseId && r.lastPromiseStatus == domain::PromiseStatus::Broken)
            return QColor(0xb0, 0x1c, 0x1c);
        if (!r.openPromiseId && r.lastPromiseStatus == domain::PromiseStatus::Kept)
            return QColor(0x1b, 0x6e, 0x2e);
        return {};
    case Agent:
        return r.agentName.isEmpty() ? QColor(0x75, 0x75, 0x75) : QVariant();
    case Outstanding:
        return !r.outstanding.isPositive() && r.credit.isPositive() ? QColor(0x1b, 0x6e, 0x2e) : QVariant();
    case DaysPastDue:
    case Aging:
        return line.daysPastDue > 90 ? QColor(0xb0, 0x1c, 0x1c) : QVariant();
    default: return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case ExternalRef: return tr("Reference");
        case Outstanding: return tr("Outstanding");
        case DaysPastDue: return tr("Days late");
        case Aging: return tr("Aging");
        case Segment: return tr("Segment");
        case Risk: return tr("Risk");
        case Approach: return tr("Approach");
        case LastContact: return tr("Last contact");
        case NextAction: return tr("Next action");
        case Promise: return tr("Promise");
        case Agent: return tr("Agent");
        case Status: return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DaysPastDue: return tr("Days since the oldest unpaid invoice fell due");
        case Approach: return tr("The approach suggested from balance, age, risk and promise history");
        case Promise: return tr("The pending promise, or how the last one ended");
        case NextAction: return tr("The earliest open follow-up");
        default: break;
        }
        if (!isSortable(section))
            return tr("This column cannot be sorted yet");
    }
    if (role == Qt::TextAlignmentRole && (section == Outstanding || section == DaysPastDue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace libreta::ui
