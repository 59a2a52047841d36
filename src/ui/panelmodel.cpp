#include "ui/panelmodel.h"

#include "domain/labels.h"
#include "domain/shares.h"
#include "domain/shortdate.h"
#include "ui/calltexts.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace libreta::ui {

PanelModel::PanelModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void PanelModel::setLines(const QList<services::PanelNamedLine> &lines)
{
    beginResetModel();
    m_lines.clear();
    for (const services::PanelNamedLine &line : lines)
        if (m_kind != Kind::Scores || line.figures.calls > 0 || line.figures.reviews > 0)
            m_lines.append(line);
    // Under the agents, the office as a whole: what it recovered against
    // the targets added up, which no agent's line says.
    m_hasTotal = m_kind == Kind::Agents && m_lines.size() >= 2;
    if (m_hasTotal)
        m_lines.append(totalOf(m_lines));
    endResetModel();
}

services::PanelNamedLine PanelModel::totalOf(const QList<services::PanelNamedLine> &lines)
{
    services::PanelNamedLine total;
    total.name = tr("Whole office");
    domain::Money towards;
    for (const services::PanelNamedLine &line : lines) {
        total.figures += line.figures;
        if (line.target) {
            total.target = total.target.value_or(domain::Money()) + *line.target;
            towards += line.figures.recovered;
        }
    }
    // The share reached is of the agents who have a target.
    if (total.target)
        total.towardsTarget = towards;
    return total;
}

void PanelModel::setResults(const QList<services::PanelResultLine> &lines)
{
    beginResetModel();
    m_results = lines;
    endResetModel();
}

int PanelModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(showsResults() ? m_results.size() : m_lines.size());
}

int PanelModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Techniques:
    case Kind::Reasons: return int(TechniqueColumnCount);
    case Kind::Scores: return int(ScoreColumnCount);
    case Kind::Segments: return int(Target);  // a target is an agent's
    default: return int(LineColumnCount);
    }
}

std::optional<domain::Id> PanelModel::agentAt(int row) const
{
    if ((m_kind != Kind::Agents && m_kind != Kind::Scores) || row < 0 || row >= m_lines.size())
        return std::nullopt;
    return m_lines.at(row).agentId;
}

std::optional<domain::DayRange> PanelModel::stepAt(int row) const
{
    if (m_kind != Kind::OverTime || row < 0 || row >= m_lines.size())
        return std::nullopt;
    return m_lines.at(row).days;
}

QString PanelModel::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    // Rounded as a calculator would, but never a full 100 % short of it.
    return tr("%1 %").arg(QLocale().toString(domain::wholePercentOf(std::clamp(part, qint64(0), whole), whole)));
}

QString PanelModel::percentReached(qint64 part, qint64 goal)
{
    if (goal <= 0)
        return QStringLiteral("—");
    if (part <= goal)
        return percent(part, goal);
    return tr("%1 %").arg(QLocale().toString(domain::wholePercentOf(part, goal)));
}

QString PanelModel::score(qint64 points, qint64 stages)
{
    if (stages <= 0)
        return QStringLiteral("—");
    // One decimal, as the reviews list shows a call's score.
    return QLocale().toString(double(points) / double(stages), 'f', 1);
}

QString PanelModel::stepName(const services::PanelNamedLine &line) const
{
    const QLocale locale;
    const QDate &day = line.days.from;
    if (!m_byMonth)  // "jue 03/12/26": the day of the week tells a slow Monday from a Sunday
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
               domain::shortDate(day, locale);
    // "Noviembre 2026": a name that starts a line, capitalised in any language.
    QString month = locale.standaloneMonthName(day.month(), QLocale::LongFormat);
    if (!month.isEmpty())
        month[0] = month.at(0).toUpper();
    return tr("%1 %2", "a month and its year").arg(month, QString::number(day.year()));
}

QString PanelModel::stepDays(const services::PanelNamedLine &line) const
{
    const QLocale locale;
    return tr("%1 to %2").arg(domain::shortDate(line.days.from, locale),
                              domain::shortDate(line.days.to, locale));
}

QVariant PanelModel::lineText(const services::PanelNamedLine &line, int column) const
{
    const store::PanelFigures &f = line.figures;
    const QLocale locale;
    // A step whose promises are all still within their grace days has no
    // results to show yet, which is not the same as none kept.
    if (line.resultsPending && (column == Kept || column == Partial || column == Broken || column == KeptRate))
        return QStringLiteral("—");
    switch (column) {
    case Name: return m_kind == Kind::OverTime ? stepName(line) : line.name;
    case Calls: return locale.toString(f.calls);
    case Contacts: return locale.toString(f.contacts);
    case ContactRate: return percent(f.contacts, f.calls);
    case PromisesMade: return locale.toString(f.promisesMade);
    case Promised: return m_money.format(f.promised);
    case Kept: return locale.toString(f.promisesKept);
    case Partial: return locale.toString(f.promisesPartial);
    case Broken: return locale.toString(f.promisesBroken);
    case KeptRate: return percent(f.promisesKept, f.promisesResolved());
    case Recovered: return m_money.format(f.recovered);
    case Adjusted: return m_money.format(f.adjusted);
    case Target: return line.target ? m_money.format(*line.target) : QStringLiteral("—");
    case TargetRate:
        return line.target ? percentReached(line.towardsTarget.value_or(f.recovered).minor(), line.target->minor())
                           : QStringLiteral("—");
    }
    return {};
}

QVariant PanelModel::scoreText(const services::PanelNamedLine &line, int column) const
{
    const store::PanelFigures &f = line.figures;
    switch (column) {
    case ScoreAgent: return line.name;
    case Reviewed: return QLocale().toString(f.reviews);
    case Score: return score(f.reviewPoints(), f.reviewStages());
    default: break;
    }
    const int stage = column - PresentationScore;
    if (stage >= 0 && stage < domain::QualityReview::kStages)
        return score(f.stagePoints[stage], f.stagesScored[stage]);
    return {};
}

QVariant PanelModel::techniqueText(const services::PanelResultLine &line, int column) const
{
    const store::CallResultLine &f = line.figures;
    const QLocale locale;
    switch (column) {
    case Technique: return line.name;
    case TechniqueCalls: return locale.toString(f.calls);
    case Won: return locale.toString(f.won);
    case WonRate: return percent(f.won, f.calls);
    case TechniquePromises: return locale.toString(f.promisesMade);
    case TechniquePromised: return m_money.format(f.promised);
    case TechniqueKept: return locale.toString(f.promisesKept);
    case TechniquePartial: return locale.toString(f.promisesPartial);
    case TechniqueBroken: return locale.toString(f.promisesBroken);
    case TechniqueKeptRate: return percent(f.promisesKept, f.promisesResolved());
    case TechniquePaid: return m_money.format(f.promisesPaid);
    }
    return {};
}

QVariant PanelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && m_kind == Kind::OverTime) {
        const services::PanelNamedLine &line = m_lines.at(index.row());
        if (index.column() == Name && m_byMonth)
            return stepDays(line);
        if (line.resultsPending && index.column() >= Kept && index.column() <= KeptRate)
            return tr("The promises dated these days are still within their grace days");
        return {};
    }
    if (role == Qt::FontRole && m_hasTotal && index.row() == m_lines.size() - 1) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (m_kind) {
    case Kind::Techniques:
    case Kind::Reasons: return techniqueText(m_results.at(index.row()), index.column());
    case Kind::Scores: return scoreText(m_lines.at(index.row()), index.column());
    default: return lineText(m_lines.at(index.row()), index.column());
    }
}

QVariant PanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (m_kind == Kind::Scores)
        return scoreHeader(section, role);
    if (showsResults())
        return techniqueHeader(section, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Contacts: return tr("Calls the debtor, or who decides payment, answered");
        case Kept:
        case Partial:
        case Broken: return tr("Promises dated in the period, once their grace days are over");
        case KeptRate: return tr("Promises kept, of those kept, partly kept or broken");
        case Recovered: return tr("Payments received in the period");
        case Adjusted: return tr("Discounts, corrections and write-offs made in the period: taken off, not paid");
        case Target:
            if (m_kind == Kind::OverTime)
                return tr("The monthly targets of money recovered of the agents read (Edit ▸ Office users): a whole "
                          "month's for a month, the share of its days for part of one");
            return tr("The agent's monthly target of money recovered (Edit ▸ Office users), over the period: each "
                      "whole month's, and for part of a month the share of its days");
        case TargetRate:
            if (m_kind == Kind::OverTime)
                return tr("Money recovered by the agents who have a target, as a share of it");
            return tr("Money recovered in the period, as a share of the target");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    return lineHeader(section);
}

namespace {

// The technique table's columns that count what the tables by agent and
// segment count, and are named as they are there.
std::optional<PanelModel::LineColumn> sameAsLineColumn(int techniqueColumn)
{
    switch (techniqueColumn) {
    case PanelModel::TechniqueCalls: return PanelModel::Calls;
    case PanelModel::TechniquePromises: return PanelModel::PromisesMade;
    case PanelModel::TechniquePromised: return PanelModel::Promised;
    case PanelModel::TechniqueKept: return PanelModel::Kept;
    case PanelModel::TechniquePartial: return PanelModel::Partial;
    case PanelModel::TechniqueBroken: return PanelModel::Broken;
    case PanelModel::TechniqueKeptRate: return PanelModel::KeptRate;
    default: return std::nullopt;
    }
}

} // namespace

QVariant PanelModel::techniqueHeader(int section, int role) const
{
    const bool reasons = m_kind == Kind::Reasons;
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TechniqueCalls:
            return reasons ? tr("Calls made in the period that recorded the reason")
                           : tr("Calls made in the period that used the technique");
        case TechniquePromises:
        case TechniquePromised:
            return reasons ? tr("Promises made in the period in calls that recorded the reason")
                           : tr("Promises made in the period in calls that used the technique");
        case TechniqueKept:
        case TechniquePartial:
        case TechniqueBroken:
            return reasons
                       ? tr("Promises made after the reason, dated in the period, once their grace days are over")
                       : tr("Promises got with the technique, dated in the period, once their grace days are over");
        case TechniqueKeptRate: return tr("Promises kept, of those kept, partly kept or broken");
        case TechniquePaid: return tr("What was paid of those promises, once their grace days are over");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (const auto same = sameAsLineColumn(section))
        return lineHeader(*same);
    switch (section) {
    case Technique: return reasons ? tr("Reason for not paying") : tr("Technique");
    case Won: return tr("With a promise or payment");
    case WonRate: return tr("Share");
    case TechniquePaid: return tr("Paid");
    }
    return {};
}

QVariant PanelModel::lineHeader(int section) const
{
    switch (section) {
    case Name:
        if (m_kind == Kind::OverTime)
            return m_byMonth ? tr("Month") : tr("Day");
        return m_kind == Kind::Agents ? tr("Agent") : tr("Segment");
    case Calls: return tr("Calls");
    case Contacts: return tr("Contacts");
    case ContactRate: return tr("Contact rate");
    case PromisesMade: return tr("Promises");
    case Promised: return tr("Promised");
    case Kept: return tr("Kept");
    case Partial: return tr("Partly kept");
    case Broken: return tr("Broken");
    case KeptRate: return tr("Kept rate");
    case Recovered: return tr("Recovered");
    case Adjusted: return tr("Taken off");
    case Target: return tr("Target");
    case TargetRate: return tr("Of target");
    }
    return {};
}

QVariant PanelModel::scoreHeader(int section, int role) const
{
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Reviewed: return tr("Reviews supervisors wrote of the agent's calls made in the period (one per call and "
                                 "supervisor)");
        case Score: return tr("The average of every stage scored in those reviews, from 0 to 5");
        case ScoreAgent: return {};
        default: return tr("The average of this stage where the reviews scored it, from 0 to 5");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScoreAgent: return tr("Agent");
    case Reviewed: return tr("Reviews");
    case Score: return tr("Score");
    default: break;
    }
    // The stages as the guided call names them.
    const int stage = section - PresentationScore;
    return stage >= 0 && stage < domain::QualityReview::kStages ? domain::label(CallTexts::stageAt(stage)) : QVariant();
}

} // namespace libreta::ui
