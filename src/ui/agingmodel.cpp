#include "ui/agingmodel.h"

#include "domain/shares.h"
#include "ui/panelmodel.h"

#include <QFont>
#include <QLocale>

namespace libreta::ui {

using domain::AgingBucket;

namespace {
constexpr AgingBucket kBuckets[] = {AgingBucket::Current,    AgingBucket::Days1To30,   AgingBucket::Days31To60,
                                    AgingBucket::Days61To90, AgingBucket::Days91To180, AgingBucket::Over180};
} // namespace

AgingModel::AgingModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgingModel::setLines(const QList<store::AgingLine> &lines, const MoneyFormatter &money)
{
    beginResetModel();
    m_money = money;
    m_segments.clear();
    for (const store::AgingLine &line : lines)
        if (!m_segments.contains(line.segment))
            m_segments.append(line.segment);
    m_segments.sort(Qt::CaseInsensitive);
    m_rows.clear();
    for (const AgingBucket bucket : kBuckets)
        m_rows.append({bucket, {}, QList<Cell>(m_segments.size())});
    Row total{std::nullopt, {}, QList<Cell>(m_segments.size())};
    for (const store::AgingLine &line : lines) {
        const qsizetype segment = m_segments.indexOf(line.segment);
        for (Row *row : {&m_rows[int(line.bucket)], &total}) {
            row->all.debtors += line.debtors;
            row->all.outstanding += line.outstanding;
            row->bySegment[segment].debtors += line.debtors;
            row->bySegment[segment].outstanding += line.outstanding;
        }
    }
    m_total = total.all;
    QList<qint64> owed;
    for (const Row &row : std::as_const(m_rows))
        owed.append(row.all.outstanding.minor());
    m_shares = domain::wholePercentShares(owed);
    m_rows.append(total);
    endResetModel();
}

std::optional<AgingBucket> AgingModel::bucketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).bucket : std::nullopt;
}

int AgingModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AgingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSegment + int(m_segments.size());
}

QVariant AgingModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Age: return row.bucket ? domain::agingBucketLabel(*row.bucket) : tr("Total");
    case Debtors: return locale.toString(row.all.debtors);
    case Outstanding: return m_money.format(row.all.outstanding);
    case Share:
        // The ages' shares add up to the total's 100 %.
        if (row.bucket && int(*row.bucket) < m_shares.size())
            return tr("%1 %").arg(locale.toString(m_shares.at(int(*row.bucket))));
        return PanelModel::percent(row.all.outstanding.minor(), m_total.outstanding.minor());
    default: {
        const Cell &cell = row.bySegment.at(column - FirstSegment);
        return cell.debtors == 0 ? QString() : m_money.format(cell.outstanding);
    }
    }
}

QVariant AgingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Age ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (!row.bucket) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() >= FirstSegment) {
            const Cell &cell = row.bySegment.at(index.column() - FirstSegment);
            return tr("%Ln debtor(s)", nullptr, int(cell.debtors));
        }
        if (row.bucket == AgingBucket::Current)
            return tr("Double-click, or press Enter, to see these debtors in the portfolio (its Current also lists "
                      "those who owe nothing)");
        return row.bucket ? tr("Double-click, or press Enter, to see these debtors in the portfolio") : QVariant();
    default: return {};
    }
}

QVariant AgingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Age ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Age: return tr("Age");
    case Debtors: return tr("Debtors");
    case Outstanding: return tr("Outstanding");
    case Share: return tr("Share");
    default: return section - FirstSegment < m_segments.size() ? m_segments.at(section - FirstSegment) : QVariant();
    }
}

} // namespace libreta::ui
