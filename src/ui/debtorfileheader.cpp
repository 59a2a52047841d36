#include "ui/debtorfileheader.h"

#include "domain/contactrules.h"
#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "domain/taxidname.h"
#include "ui/debtorfiletexts.h"
#include "ui/timezonenames.h"
#include "ui_debtorfileheader.h"

#include <QLocale>
#include <QResizeEvent>

#include <algorithm>

namespace libreta::ui {

using namespace domain;

namespace {
const QString kGreen = QStringLiteral("#1b6e2a");
const QString kRed = QStringLiteral("#b01c1c");
const QString kBetweenParts = QStringLiteral(" · ");

// A line of parts ("Riesgo: Medio · Valor: Alto · incumplidas: 2") wraps
// between its parts, never inside one: "incumplidas:" at a line's end with
// its figure alone on the next reads as two things.
QString heldTogether(QString part) { return part.replace(QLatin1Char(' '), QChar(QChar::Nbsp)); }

// The translations keep the " · " between parts.
QString wrapBetweenParts(const QString &line)
{
    QStringList parts = line.split(kBetweenParts);
    for (QString &part : parts)
        part = heldTogether(part);
    return parts.join(kBetweenParts);
}

} // namespace

// Narrower than this, the left side's lines wrap at every part.
constexpr int kLeftSideMinimum = 340;

DebtorFileHeader::DebtorFileHeader(QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<::Ui::DebtorFileHeader>())
{
    m_ui->setupUi(this);
}

DebtorFileHeader::~DebtorFileHeader() = default;

void DebtorFileHeader::setDuringCall(bool duringCall)
{
    m_ui->approachLabel->setVisible(!duringCall);
    m_ui->callLabel->setVisible(!duringCall);
}

void DebtorFileHeader::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    int right = 0;
    for (const QLabel *label : {m_ui->outstandingLabel, m_ui->agingLabel, m_ui->promiseLabel})
        right = std::max(right, label->fontMetrics().horizontalAdvance(label->text()));
    const QMargins margins = contentsMargins() + m_ui->grid->contentsMargins();
    const int left = width() - margins.left() - margins.right() - m_ui->grid->horizontalSpacing() - right;
    arrange(left < kLeftSideMinimum);
}

void DebtorFileHeader::arrange(bool oneColumn)
{
    if (oneColumn == m_oneColumn)
        return;
    m_oneColumn = oneColumn;
    QGridLayout *grid = m_ui->grid;
    const QList<QLabel *> labels{m_ui->nameLabel,    m_ui->outstandingLabel, m_ui->identityLabel, m_ui->agingLabel,
                                 m_ui->profileLabel, m_ui->promiseLabel,     m_ui->approachLabel, m_ui->callLabel};
    for (QLabel *label : labels)
        grid->removeWidget(label);
    const Qt::Alignment sideOfFigures = oneColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
    for (QLabel *figures : {m_ui->outstandingLabel, m_ui->agingLabel, m_ui->promiseLabel}) {
        figures->setAlignment(sideOfFigures);
        figures->setWordWrap(oneColumn);
    }
    if (oneColumn) {
        // The balance under the name, then who the debtor is, then the promise.
        const QList<QLabel *> order{m_ui->nameLabel,    m_ui->outstandingLabel, m_ui->agingLabel, m_ui->identityLabel,
                                    m_ui->profileLabel, m_ui->promiseLabel,     m_ui->approachLabel, m_ui->callLabel};
        for (int row = 0; row < order.size(); ++row)
            grid->addWidget(order[row], row, 0, 1, 2);
    } else {
        for (int row = 0; row < 3; ++row) {
            grid->addWidget(labels[row * 2], row, 0);
            grid->addWidget(labels[row * 2 + 1], row, 1);
        }
        grid->addWidget(m_ui->approachLabel, 3, 0, 1, 2);
        grid->addWidget(m_ui->callLabel, 4, 0, 1, 2);
    }
}

void DebtorFileHeader::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    const QLocale locale;
    m_debtor = file.debtor;
    m_settings = file.settings;
    m_hasNumber = std::any_of(file.contacts.cbegin(), file.contacts.cend(),
                              [](const Contact &c) { return !c.phones.isEmpty(); });
    m_owes = file.totals.outstanding.isPositive();
    const Debtor &d = file.debtor;
    m_ui->nameLabel->setText(d.name);

    QStringList identity{d.externalRef, label(d.kind)};
    if (!d.taxId.isEmpty()) {
        // Named as the debtor's country names it, as the letters do: "RUC"
        // for a Lima company, "DNI" for a person there, "RFC" in Mexico.
        const QString name = domain::spanishTaxIdName(file.settings.currencyCode, d.kind, d.taxId);
        identity << (name == domain::spanishTaxIdName(QString()) ? tr("Tax id %1").arg(d.taxId)
                                                                 : QStringLiteral("%1 %2").arg(name, d.taxId));
    }
    if (!d.segment.isEmpty())
        identity << tr("Segment %1").arg(d.segment);
    const QString agent = file.userName(d.assignedAgentId);
    identity << (agent.isEmpty() ? tr("No agent assigned") : tr("Agent %1").arg(agent));
    if (d.status != DebtorStatus::Active)
        identity << label(d.status);
    m_ui->identityLabel->setText(wrapBetweenParts(identity.join(kBetweenParts)));

    QString outstanding = tr("Outstanding: %1").arg(money.format(file.totals.outstanding));
    if (file.totals.credit.isPositive())
        outstanding += QStringLiteral(" · ") + tr("Credit: %1").arg(money.format(file.totals.credit));
    m_ui->outstandingLabel->setText(outstanding);
    m_ui->agingLabel->setText(file.daysPastDue > 0
                                  ? tr("%1 days past due · %2").arg(locale.toString(file.daysPastDue), agingBucketLabel(file.bucket))
                                  : tr("Nothing past due"));
    m_ui->agingLabel->setStyleSheet(file.daysPastDue > 90 ? QStringLiteral("color: %1;").arg(kRed) : QString());

    QString profile = tr("Risk: %1 · Value: %2 · Promises kept: %3 · broken: %4")
                          .arg(label(d.risk), label(d.value), locale.toString(file.totals.promisesKept),
                               locale.toString(file.totals.promisesBroken));
    // Kept in part is neither: a debtor with only such promises read
    // "kept: 0 · broken: 0".
    if (const int inPart = promisesKeptInPart(file.promises); inPart > 0)
        profile += kBetweenParts + tr("kept in part: %1").arg(locale.toString(inPart));
    m_ui->profileLabel->setText(wrapBetweenParts(profile));
    if (file.totals.openPromiseId && file.totals.openPromiseDate) {
        // What is left of it when part is paid: what the agent asks for.
        const domain::Promise *open = file.promise(*file.totals.openPromiseId);
        QString text = open ? tr("Open promise: %1").arg(DebtorFileTexts::openPromise(*open, money))
                            : tr("Open promise: %1 due %2")
                                  .arg(money.format(file.totals.openPromiseAmount),
                                       DebtorFileTexts::date(*file.totals.openPromiseDate));
        // Its amount may rest on a discount nobody has approved yet.
        const store::CallDiscount *discount = open && open->callId ? file.discountOf(*open->callId) : nullptr;
        if (discount && discount->status == store::DiscountStatus::Pending)
            text += QLatin1Char('\n') + tr("its %1% discount waits for a supervisor").arg(discount->percent);
        m_ui->promiseLabel->setText(text);
    } else if (file.totals.lastPromiseStatus) {
        m_ui->promiseLabel->setText(tr("Last promise: %1").arg(label(*file.totals.lastPromiseStatus)));
    } else {
        m_ui->promiseLabel->setText(tr("No promises yet"));
    }

    // An approach is advice on how to collect: with nothing owed there is
    // none to give (the portfolio shows a dash for the same reason).
    if (file.totals.outstanding.isPositive())
        m_ui->approachLabel->setText(tr("<b>Suggested approach: %1.</b> %2")
                                         .arg(label(file.suggestion.approach).toHtmlEscaped(),
                                              file.suggestion.reason.toHtmlEscaped()));
    else
        m_ui->approachLabel->setText(tr("<b>Nothing to collect:</b> the debtor owes nothing now."));
    updateCallStatus(file.strategyInput.now, file.attemptsInLast7Days, file.attemptsToday);
}

void DebtorFileHeader::updateCallStatus(const QDateTime &nowUtc, int attemptsInLast7Days, int attemptsToday)
{
    ContactRuleSettings rules;
    rules.windowStart = m_settings.windowStart;
    rules.windowEnd = m_settings.windowEnd;
    rules.maxAttemptsPer7Days = m_settings.maxAttemptsPer7Days;
    rules.maxAttemptsPerDay = m_settings.maxAttemptsPerDay;
    const ContactDecision decision = evaluateContact(rules, nowUtc, m_debtor.timeZone, attemptsInLast7Days,
                                                     m_debtor.doNotContact, false, attemptsToday);
    m_callAllowed = decision.allowed;

    QStringList parts;
    // "Allowed" with nothing to dial would send the agent to an empty list;
    // in green for a debtor who owes nothing it invites a collection call
    // there is no reason to make (the approach line says why).
    if (!decision.allowed)
        parts << QStringLiteral("<b style=\"color:%1\">%2</b>").arg(kRed, heldTogether(tr("Do not call now")).toHtmlEscaped());
    else if (!m_hasNumber)
        parts << QStringLiteral("<b style=\"color:%1\">%2</b>")
                     .arg(kRed, heldTogether(tr("No number to call: add one in Contacts")).toHtmlEscaped());
    else if (!m_owes)
        parts << heldTogether(tr("Inside calling hours, nothing to collect")).toHtmlEscaped();
    else
        parts << QStringLiteral("<b style=\"color:%1\">%2</b>").arg(kGreen, heldTogether(tr("A call is allowed now")).toHtmlEscaped());
    if (decision.debtorLocalTime.isValid())
        parts << heldTogether(tr("Debtor's local time: %1 (%2)")
                                  .arg(QLocale().toString(decision.debtorLocalTime.time(), QLocale::ShortFormat),
                                       TimeZoneNames::place(m_debtor.timeZone)))
                     .toHtmlEscaped();
    parts << heldTogether(tr("Call attempts in the last 7 days: %1 of %2")
                              .arg(attemptsInLast7Days)
                              .arg(rules.maxAttemptsPer7Days))
                 .toHtmlEscaped();
    if (rules.maxAttemptsPerDay > 0)
        parts << heldTogether(tr("today: %1 of %2").arg(attemptsToday).arg(rules.maxAttemptsPerDay)).toHtmlEscaped();
    QString text = parts.join(kBetweenParts);
    const QStringList reasons = decision.reasons();
    for (const QString &reason : reasons)
        text += QStringLiteral("<br><span style=\"color:%1\">• %2</span>").arg(kRed, reason.toHtmlEscaped());
    if (m_debtor.doNotContact && !m_debtor.doNotContactReason.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(kRed, tr("Do-not-contact reason: %1").arg(m_debtor.doNotContactReason).toHtmlEscaped());
    m_ui->callLabel->setText(text);
}

} // namespace libreta::ui
