#include "ui/callnegotiationpage.h"

#include "domain/labels.h"
#include "domain/promiseevaluation.h"
#include "domain/shortdate.h"
#include "domain/weekday.h"
#include "domain/strategy.h"
#include "ui/calltexts.h"
#include "ui/debtorfiletexts.h"
#include "ui/instalmentsmodel.h"
#include "ui/moneyinput.h"
#include "ui/objectionsmodel.h"
#include "ui/stackheight.h"
#include "ui/techniquesmodel.h"
#include "ui_callnegotiationpage.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace libreta::ui {

using namespace domain;

namespace {

const OptionKind kKinds[] = {OptionKind::FullPayment, OptionKind::PartNowRestLater, OptionKind::Instalments,
                             OptionKind::NewDate};
const PlanFrequency kFrequencies[] = {PlanFrequency::Weekly, PlanFrequency::Biweekly, PlanFrequency::Semimonthly,
                                      PlanFrequency::Monthly};
constexpr int kFrequencyCount = int(std::size(kFrequencies));
const QList<PaymentMethod> &kMethods = domain::paymentMethodsOffered();

QString kindLabel(OptionKind kind)
{
    switch (kind) {
    case OptionKind::FullPayment:
        return CallNegotiationPage::tr("Pay in full");
    case OptionKind::PartNowRestLater:
        return CallNegotiationPage::tr("Part now, the rest on a date");
    case OptionKind::Instalments:
        return CallNegotiationPage::tr("Instalment plan");
    case OptionKind::NewDate:
        return CallNegotiationPage::tr("A new date");
    }
    return {};
}

// The debtor's promises still to keep, the next one due first: a plan's
// coming instalment is what the debtor is asked about, not its last.
QList<Promise> pendingPromises(const services::DebtorFile &file)
{
    QList<Promise> out;
    for (const Promise &p : file.promises)
        if (p.status == PromiseStatus::Pending)
            out.append(p);
    std::stable_sort(out.begin(), out.end(), [](const Promise &a, const Promise &b) {
        return std::tie(a.dueDate, a.sequence, a.id) < std::tie(b.dueDate, b.sequence, b.id);
    });
    return out;
}

Money leftOf(const Promise &p) { return p.paid < p.amount ? p.amount - p.paid : Money(); }

} // namespace

CallNegotiationPage::CallNegotiationPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::CallNegotiationPage>())
{
    m_ui->setupUi(this);
    CallTexts::bindFocus(this, 0, m_ui->notesEdit);
    CallTexts::bindFocus(this, 7, m_ui->objectionSearch);
    CallTexts::bindFocus(this, 8, m_ui->techniquesView);
    for (OptionKind kind : kKinds)
        m_ui->kindCombo->addItem(kindLabel(kind));
    // In kFrequencies' order; "Every: …" reads each as the plan's step.
    m_ui->frequencyCombo->addItem(tr("week"));
    m_ui->frequencyCombo->addItem(tr("two weeks"));
    m_ui->frequencyCombo->addItem(tr("half month"));
    m_ui->frequencyCombo->addItem(tr("month"));
    m_ui->frequencyCombo->setCurrentIndex(kFrequencyCount - 1);
    for (PaymentMethod method : kMethods)
        m_ui->methodCombo->addItem(label(method));
    m_ui->objectionSearch->setPlaceholderText(tr("Type what the debtor says: «ya pagué», «no tengo»…"));

    m_instalments = new InstalmentsModel(this);
    m_objections = new ObjectionsModel(this);
    m_techniques = new TechniquesModel(this);
    m_ui->instalmentsView->setModel(m_instalments);
    m_ui->instalmentsView->verticalHeader()->hide();
    m_ui->instalmentsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->objectionsView->setModel(m_objections);
    m_ui->techniquesView->setModel(m_techniques);

    // Fields of options not shown are skipped by Tab, so one order serves all.
    QWidget *order[] = {m_ui->kindCombo,     m_ui->fullDateEdit,   m_ui->partAmountEdit, m_ui->partDateEdit,
                        m_ui->restDateEdit,  m_ui->countSpin,      m_ui->frequencyCombo, m_ui->firstDateEdit,
                        m_ui->eachEdit,      m_ui->newAmountEdit, m_ui->newDateEdit,    m_ui->discountSpin,   m_ui->methodCombo,
                        m_ui->paidNowCheck,  m_ui->referenceEdit,  m_ui->replaceCheck,   m_ui->objectionSearch,
                        m_ui->objectionsView, m_ui->techniquesView, m_ui->notesEdit};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto recomputed = [this] {
        if (m_loading)
            return;
        recompute();
        Q_EMIT changed();
    };
    fitStackToCurrentPage(m_ui->optionStack);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this, recomputed](int index) {
        m_ui->optionStack->setCurrentIndex(index);
        recomputed();
    });
    for (QDateEdit *edit : {m_ui->fullDateEdit, m_ui->partDateEdit, m_ui->restDateEdit, m_ui->firstDateEdit, m_ui->newDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, recomputed);
    for (QLineEdit *edit : {m_ui->partAmountEdit, m_ui->newAmountEdit})
        connect(edit, &QLineEdit::textChanged, this, recomputed);
    for (QSpinBox *spin : {m_ui->countSpin, m_ui->discountSpin})
        connect(spin, &QSpinBox::valueChanged, this, recomputed);
    // What the debtor can pay each time sets the count; a count typed by
    // hand leaves that amount behind, so it is cleared.
    m_ui->eachEdit->setPlaceholderText(tr("optional: sets how many"));
    connect(m_ui->eachEdit, &QLineEdit::textChanged, this, &CallNegotiationPage::countFromEach);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_countFromEach && !m_loading)
            m_ui->eachEdit->clear();
    });
    for (QComboBox *combo : {m_ui->frequencyCombo, m_ui->methodCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, recomputed);
    connect(m_ui->replaceCheck, &QCheckBox::toggled, this, recomputed);
    connect(m_ui->replaceCheck, &QCheckBox::toggled, this, &CallNegotiationPage::showReplaceHint);
    connect(m_ui->referenceEdit, &QLineEdit::textChanged, this, recomputed);
    connect(m_ui->paidNowCheck, &QCheckBox::toggled, this, [this, recomputed](bool paid) {
        // Money taken on the line is dated today.
        if (paid && m_setup) {
            m_ui->fullDateEdit->setDate(m_setup->file.today);
            m_ui->partDateEdit->setDate(m_setup->file.today);
        }
        recomputed();
    });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_techniques, &TechniquesModel::checkedChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_ui->objectionSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_objections->setFilter(text);
        if (m_objections->rowCount() > 0)
            m_ui->objectionsView->setCurrentIndex(m_objections->index(0));
        showAnswer();
    });
    connect(m_ui->objectionsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &CallNegotiationPage::showAnswer);
    // Enter in the search box goes to the list, so arrows pick an answer.
    connect(m_ui->objectionSearch, &QLineEdit::returnPressed, this, [this] { m_ui->objectionsView->setFocus(); });
}

CallNegotiationPage::~CallNegotiationPage() = default;

void CallNegotiationPage::setUp(const CallSetup *setup)
{
    m_setup = setup;
    const services::DebtorFile &file = setup->file;
    const QLocale locale;
    QString balance = tr("<b>Outstanding: %1</b>").arg(setup->money.format(file.totals.outstanding).toHtmlEscaped());
    balance += QStringLiteral(" · ")
               + (file.daysPastDue > 0 ? tr("%1 days past due (%2)")
                                             .arg(locale.toString(file.daysPastDue), agingBucketLabel(file.bucket))
                                             .toHtmlEscaped()
                                       : tr("nothing past due").toHtmlEscaped());
    const QList<Promise> pending = pendingPromises(file);
    if (!pending.isEmpty()) {
        QString open = tr("Open promise: %1").arg(DebtorFileTexts::openPromise(pending.first(), setup->money));
        if (pending.size() > 1) {
            Money rest;
            for (const Promise &p : pending.mid(1))
                rest += leftOf(p);
            open += QLatin1Char(' ') + tr("(and %n more instalment(s), which add up to %1)", nullptr,
                                          int(pending.size() - 1))
                                           .arg(setup->money.format(rest));
        }
        balance += QStringLiteral("<br>") + open.toHtmlEscaped();
    }
    // The broken promise a call is usually about, named with what of it is
    // unpaid: the agent asks about that one first.
    if (const auto broken = lastBrokenPromise(file.promises)) {
        const QString said = broken->status == PromiseStatus::PartiallyKept
                                 ? tr("Kept in part: %1, %2 of it unpaid")
                                 : tr("Not kept: %1, %2 of it unpaid");
        balance += QStringLiteral("<br><b>")
                   + said.arg(DebtorFileTexts::promise(*broken, setup->money), setup->money.format(leftOf(*broken)))
                         .toHtmlEscaped()
                   + QStringLiteral("</b>");
    }
    QString record = tr("Promises kept: %1 · broken: %2")
                         .arg(locale.toString(file.totals.promisesKept), locale.toString(file.totals.promisesBroken));
    if (const int inPart = promisesKeptInPart(file.promises); inPart > 0)
        record += QStringLiteral(" · ") + tr("kept in part: %1").arg(locale.toString(inPart));
    balance += QStringLiteral("<br>") + record.toHtmlEscaped();
    m_ui->balanceLabel->setText(balance);
    m_ui->approachLabel->setText(tr("<b>Suggested approach: %1.</b> %2")
                                     .arg(label(file.suggestion.approach).toHtmlEscaped(),
                                          file.suggestion.reason.toHtmlEscaped()));
    m_ui->scriptLabel->setText(setup->stageText(QStringLiteral("negotiation")));
    m_ui->replaceCheck->setVisible(!pending.isEmpty());
    m_replacedFate.clear();
    m_keptFate.clear();
    if (!pending.isEmpty()) {
        // A check box does not wrap, so its words are few and what becomes
        // of the old promise is said on the wrapping line below it: the
        // panel stays as narrow as a laptop leaves it. The promise itself is
        // in the tooltip. Past its date the old one counts as broken: said
        // before saving. A plan is replaced whole: every instalment still to
        // keep goes, and the agent is told so before saving.
        QStringList replaced;
        for (const Promise &p : pending)
            replaced << DebtorFileTexts::openPromise(p, setup->money);
        if (pending.size() > 1) {
            m_ui->replaceCheck->setText(tr("Replaces the %n open instalments", nullptr, int(pending.size())));
            m_replacedFate = tr("They are cancelled.");
            m_keptFate = tr("Unticked, they stay and this promise is added to them.");
        } else {
            m_ui->replaceCheck->setText(tr("Replaces the open promise"));
            m_replacedFate = domain::replacedOutcome(pending.first(), file.today) == PromiseStatus::Cancelled
                                 ? tr("It is cancelled.")
                                 : tr("Its date has passed: it counts as broken.");
            m_keptFate = tr("Unticked, it stays and this promise is added to it.");
        }
        m_ui->replaceCheck->setToolTip(replaced.join(QLatin1Char('\n')));
    }
    m_ui->replaceCheck->setChecked(true);
    showReplaceHint();
    showTermLimits();
    m_objections->setObjections(setup->script.objectionAnswers);
    if (m_objections->rowCount() > 0)
        m_ui->objectionsView->setCurrentIndex(m_objections->index(0));
    m_techniques->setTechniques(setup->script.techniques);
    fillDefaults();
    recompute();
    showAnswer();
}

void CallNegotiationPage::showTermLimits()
{
    // Said before the debtor names a date, so the agent can steer to one
    // the office accepts rather than learn it from a refusal.
    const domain::TermLimits &limits = m_setup->termLimits;
    const QDate today = m_setup->file.today;
    const QString dates = DebtorFileTexts::date(today.addDays(limits.promiseDays));
    const QString plans = DebtorFileTexts::date(today.addMonths(limits.planMonths));
    QString text;
    if (limits.promiseDays > 0 && limits.planMonths > 0)
        text = tr("Office rules: promises up to %1, plans up to %2.").arg(dates, plans);
    else if (limits.promiseDays > 0)
        text = tr("Office rules: promises up to %1.").arg(dates);
    else if (limits.planMonths > 0)
        text = tr("Office rules: plans up to %1.").arg(plans);
    m_ui->termsLabel->setText(text);
    m_ui->termsLabel->setVisible(!text.isEmpty());
}

void CallNegotiationPage::showReplaceHint()
{
    m_ui->replaceHint->setText(m_ui->replaceCheck->isChecked() ? m_replacedFate : m_keptFate);
    m_ui->replaceHint->setVisible(!m_replacedFate.isEmpty());
}

void CallNegotiationPage::setProfile(std::optional<bool> willing, std::optional<bool> able)
{
    if (!m_setup)
        return;
    StrategyInput input = m_setup->file.strategyInput;
    if (willing && able) {
        input.willing = willing;
        input.able = able;
    }
    const Suggestion s = suggestApproach(input);
    const Approach before = m_setup->file.suggestion.approach;
    if (s.approach == before) {
        m_ui->approachLabel->setText(tr("<b>Suggested approach: %1.</b> %2")
                                         .arg(label(s.approach).toHtmlEscaped(), s.reason.toHtmlEscaped()));
        return;
    }
    // What the debtor said just now outweighs the file's history, while the
    // file's header beside the call still shows the approach read before
    // dialling: said whose each one is, so the two do not read as a
    // contradiction.
    m_ui->approachLabel->setText(tr("<b>Approach for this call: %1.</b> %2 Before the call the file suggested “%3”.")
                                     .arg(label(s.approach).toHtmlEscaped(), s.reason.toHtmlEscaped(),
                                          label(before).toHtmlEscaped()));
}

void CallNegotiationPage::fillDefaults()
{
    const QDate today = m_setup->file.today;
    const services::DebtorFile &file = m_setup->file;
    m_loading = true;
    m_ui->eachEdit->clear();
    m_eachError.clear();
    // No minimum: a field bounded by today refuses the "01" of January
    // while the day and year still read this December's, and the year
    // typed after it is lost. The option says when a date has passed.
    for (QDateEdit *edit : {m_ui->fullDateEdit, m_ui->partDateEdit, m_ui->restDateEdit, m_ui->firstDateEdit, m_ui->newDateEdit})
        edit->setDisplayFormat(domain::shortDateFormat());
    m_ui->fullDateEdit->setDate(today);
    m_ui->partDateEdit->setDate(today);
    // Dates to come are offered on a weekday: a Sunday a week from a
    // Sunday's call is a day the bank and the office are closed.
    m_ui->restDateEdit->setDate(domain::onWeekday(today.addDays(15)));
    m_ui->firstDateEdit->setDate(domain::onWeekday(today.addDays(7)));
    m_ui->newDateEdit->setDate(domain::onWeekday(today.addDays(7)));
    const QList<Promise> pending = pendingPromises(file);
    // What is left of the promise due next, never more than is owed.
    const Money newAmount = pending.isEmpty() || !leftOf(pending.first()).isPositive()
                                ? file.totals.outstanding
                                : std::min(leftOf(pending.first()), file.totals.outstanding);
    m_ui->newAmountEdit->setText(newAmount.format(QLocale()));
    // Start from what the approach suggests: a plan for who is willing but unable.
    m_ui->kindCombo->setCurrentIndex(file.suggestion.approach == Approach::Renegotiate ? 2 : 0);
    m_ui->optionStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
    m_loading = false;
}

void CallNegotiationPage::countFromEach()
{
    if (m_loading || !m_setup)
        return;
    const QString text = m_ui->eachEdit->text().trimmed();
    m_eachError.clear();
    if (!text.isEmpty()) {
        const auto each = MoneyInput::read(text, tr("Can pay each time"), &m_eachError);
        if (each) {
            PaymentOption o = option();
            o.kind = OptionKind::Instalments;
            const int count = instalmentsToCover(agreedTotal(o), *each);
            if (count > kMaxInstalments)
                m_eachError = tr("At %1 each time it takes %2 instalments; a plan has %3 at most.")
                                  .arg(m_setup->money.format(*each))
                                  .arg(count)
                                  .arg(kMaxInstalments);
            else if (count >= 2) {
                m_countFromEach = true;
                m_ui->countSpin->setValue(count);
                m_countFromEach = false;
            } else
                m_eachError = tr("That covers the whole balance at once: offer to pay it all.");
        }
    }
    recompute();
    Q_EMIT changed();
}

PaymentOption CallNegotiationPage::option() const
{
    PaymentOption o;
    o.kind = kKinds[qBound(0, m_ui->kindCombo->currentIndex(), 3)];
    o.balance = m_setup ? m_setup->file.totals.outstanding : Money();
    o.discountPercent = m_ui->discountSpin->value();
    o.method = kMethods.value(m_ui->methodCombo->currentIndex(), PaymentMethod::Transfer);
    o.date = o.kind == OptionKind::NewDate ? m_ui->newDateEdit->date()
             : o.kind == OptionKind::PartNowRestLater ? m_ui->partDateEdit->date()
                                                      : m_ui->fullDateEdit->date();
    QString ignored;
    o.partNow = MoneyInput::read(m_ui->partAmountEdit->text(), tr("Pays now"), &ignored).value_or(Money());
    o.restDate = m_ui->restDateEdit->date();
    o.instalments = m_ui->countSpin->value();
    o.frequency = kFrequencies[qBound(0, m_ui->frequencyCombo->currentIndex(), kFrequencyCount - 1)];
    o.firstDate = m_ui->firstDateEdit->date();
    o.amount = MoneyInput::read(m_ui->newAmountEdit->text(), tr("Amount"), &ignored).value_or(Money());
    o.paidNow = (o.kind == OptionKind::FullPayment || o.kind == OptionKind::PartNowRestLater)
                && m_ui->paidNowCheck->isChecked();
    o.reference = o.paidNow ? m_ui->referenceEdit->text().trimmed() : QString();
    return o;
}

void CallNegotiationPage::recompute()
{
    if (!m_setup)
        return;
    const PaymentOption o = option();
    m_plan = buildOption(o, m_setup->file.discountLimit(), m_setup->file.today, m_setup->termLimits);
    // A typed amount that cannot be read is said as such, not as "zero".
    QLineEdit *amountEdit = o.kind == OptionKind::PartNowRestLater ? m_ui->partAmountEdit
                            : o.kind == OptionKind::NewDate        ? m_ui->newAmountEdit
                                                                   : nullptr;
    QString error;
    if (amountEdit && !amountEdit->text().trimmed().isEmpty())
        MoneyInput::read(amountEdit->text(), o.kind == OptionKind::NewDate ? tr("Amount") : tr("Pays now"), &error);
    if (error.isEmpty() && o.kind == OptionKind::Instalments)
        error = m_eachError;
    if (!error.isEmpty()) {
        m_plan.error = error;
        m_plan.errorField = o.kind == OptionKind::Instalments ? OptionField::Count
                            : o.kind == OptionKind::NewDate   ? OptionField::Amount
                                                              : OptionField::PartNow;
        m_plan.instalments.clear();
    }
    m_instalments->setInstalments(m_plan.ok() ? m_plan.instalments : QList<InstalmentTerms>(), m_setup->money);
    // No empty table between the option and what is wrong with it.
    m_ui->instalmentsView->setVisible(m_plan.ok());

    const bool payable = o.kind == OptionKind::FullPayment || o.kind == OptionKind::PartNowRestLater;
    m_ui->paidNowCheck->setEnabled(payable);
    m_ui->paidNowHint->setVisible(payable);  // only where it can be ticked
    const bool paid = payable && m_ui->paidNowCheck->isChecked();
    m_ui->referenceCaption->setVisible(paid);
    m_ui->referenceEdit->setVisible(paid);
    m_ui->fullDateEdit->setEnabled(!paid);
    m_ui->partDateEdit->setEnabled(!paid);

    const int limit = m_setup->file.discountLimit();
    const bool discounted = o.kind != OptionKind::NewDate && o.discountPercent > 0;
    m_ui->discountSpin->setEnabled(o.kind != OptionKind::NewDate);
    const QString &segment = m_setup->file.debtor.segment;
    const bool ownLimit = m_setup->file.settings.segmentDiscountLimits.contains(segment.trimmed());
    if (!discounted)
        m_ui->discountLabel->setText(ownLimit ? tr("limit %1% for the segment %2").arg(limit).arg(segment)
                                              : tr("office limit %1%").arg(limit));
    else if (m_plan.needsApproval && m_setup->approvesOwnDiscounts)
        m_ui->discountLabel->setText(
            (ownLimit ? tr("%1 off: above the limit of %2% for the segment %3, which you approve as supervisor")
                            .arg(m_setup->money.format(m_plan.discount))
                            .arg(limit)
                            .arg(segment)
                      : tr("%1 off: above the office's limit of %2%, which you approve as supervisor")
                            .arg(m_setup->money.format(m_plan.discount))
                            .arg(limit))
                .toHtmlEscaped());
    else if (m_plan.needsApproval)
        m_ui->discountLabel->setText(
            QStringLiteral("<span style=\"color:#b01c1c\">%1</span>")
                .arg((ownLimit ? tr("%1 off: above the limit of %2% for the segment %3, needs a supervisor's approval")
                                     .arg(m_setup->money.format(m_plan.discount))
                                     .arg(limit)
                                     .arg(segment)
                               : tr("%1 off: above the office's limit of %2%, needs a supervisor's approval")
                                     .arg(m_setup->money.format(m_plan.discount))
                                     .arg(limit))
                         .toHtmlEscaped()));
    else
        m_ui->discountLabel->setText(ownLimit ? tr("%1 off, within the limit of %2% for the segment %3")
                                                    .arg(m_setup->money.format(m_plan.discount))
                                                    .arg(limit)
                                                    .arg(segment)
                                              : tr("%1 off, within the office's limit of %2%")
                                                    .arg(m_setup->money.format(m_plan.discount))
                                                    .arg(limit));

    if (!m_plan.ok()) {
        m_ui->totalLabel->setText(QStringLiteral("<span style=\"color:#b01c1c\">%1</span>").arg(m_plan.error.toHtmlEscaped()));
    } else {
        QString total = m_plan.isPlan() ? tr("%1 payments adding up to %2").arg(m_plan.instalments.size()).arg(m_setup->money.format(m_plan.agreedTotal))
                                        : tr("One payment of %1").arg(m_setup->money.format(m_plan.agreedTotal));
        if (m_plan.agreedTotal < m_setup->file.totals.outstanding && !discounted)
            total += QStringLiteral(" · ")
                     + tr("%1 stays owed").arg(m_setup->money.format(m_setup->file.totals.outstanding - m_plan.agreedTotal));
        m_ui->totalLabel->setText(QStringLiteral("<b>%1</b>").arg(total.toHtmlEscaped()));
    }
}

void CallNegotiationPage::showAnswer()
{
    const QModelIndex current = m_ui->objectionsView->currentIndex();
    const QString answer = current.isValid() ? m_objections->answerAt(current.row()) : QString();
    m_ui->answerLabel->setText(answer.isEmpty() ? tr("No answer matches what you typed.") : answer);
    // The agent is on the phone reading it: brought into view in the call's
    // scrolled stage, once the layout has its new height. Only while the
    // objections are being used, not when the page is filled.
    if (m_ui->objectionSearch->hasFocus() || m_ui->objectionsView->hasFocus())
        CallTexts::bringIntoView(m_ui->answerLabel);
}

void CallNegotiationPage::load(const CallWorksheet &w)
{
    m_loading = true;
    // A draft keeps the plan's count, not how it was worked out.
    m_ui->eachEdit->clear();
    m_eachError.clear();
    if (w.option) {
        const PaymentOption &o = *w.option;
        for (int i = 0; i < 4; ++i)
            if (kKinds[i] == o.kind)
                m_ui->kindCombo->setCurrentIndex(i);
        m_ui->optionStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
        m_ui->discountSpin->setValue(o.discountPercent);
        if (const qsizetype i = kMethods.indexOf(o.method); i >= 0)
            m_ui->methodCombo->setCurrentIndex(int(i));
        auto setDate = [](QDateEdit *edit, const QDate &d) {
            if (d.isValid())
                edit->setDate(d);
        };
        setDate(o.kind == OptionKind::NewDate ? m_ui->newDateEdit
                : o.kind == OptionKind::PartNowRestLater ? m_ui->partDateEdit
                                                         : m_ui->fullDateEdit,
                o.date);
        m_ui->partAmountEdit->setText(o.partNow.isPositive() ? o.partNow.format(QLocale()) : QString());
        setDate(m_ui->restDateEdit, o.restDate);
        m_ui->countSpin->setValue(o.instalments);
        for (int i = 0; i < kFrequencyCount; ++i)
            if (kFrequencies[i] == o.frequency)
                m_ui->frequencyCombo->setCurrentIndex(i);
        setDate(m_ui->firstDateEdit, o.firstDate);
        if (o.amount.isPositive())
            m_ui->newAmountEdit->setText(o.amount.format(QLocale()));
        m_ui->paidNowCheck->setChecked(o.paidNow);
        m_ui->referenceEdit->setText(o.reference);
    }
    m_ui->replaceCheck->setChecked(w.replaceOpenPromises);
    m_techniques->setCheckedCodes(w.techniques);
    m_ui->notesEdit->setPlainText(w.notes.negotiation);
    m_loading = false;
    recompute();
}

void CallNegotiationPage::store(CallWorksheet &w) const
{
    w.option = option();
    w.replaceOpenPromises = m_ui->replaceCheck->isChecked();
    w.techniques = m_techniques->checkedCodes();
    w.notes.negotiation = m_ui->notesEdit->toPlainText();
}

void CallNegotiationPage::focusFirst() { m_ui->kindCombo->setFocus(Qt::OtherFocusReason); }

QWidget *CallNegotiationPage::problemField() const
{
    if (m_plan.ok())
        return nullptr;
    const OptionKind kind = option().kind;
    switch (m_plan.errorField) {
    case OptionField::Kind:
        return m_ui->kindCombo;
    case OptionField::Discount:
        return m_ui->discountSpin;
    case OptionField::Date:
        return kind == OptionKind::NewDate            ? static_cast<QWidget *>(m_ui->newDateEdit)
               : kind == OptionKind::PartNowRestLater ? m_ui->partDateEdit
                                                      : m_ui->fullDateEdit;
    case OptionField::PartNow:
        return m_ui->partAmountEdit;
    case OptionField::RestDate:
        return m_ui->restDateEdit;
    case OptionField::Count:
        // What the debtor can pay each time, when that is what went wrong.
        return m_eachError.isEmpty() ? static_cast<QWidget *>(m_ui->countSpin) : m_ui->eachEdit;
    case OptionField::FirstDate:
        return m_ui->firstDateEdit;
    case OptionField::Amount:
        return m_ui->newAmountEdit;
    }
    return m_ui->kindCombo;
}

void CallNegotiationPage::focusProblem()
{
    QWidget *field = problemField();
    if (!field || !field->isEnabled()) {
        focusFirst();
        return;
    }
    field->setFocus(Qt::OtherFocusReason);
    CallTexts::bringIntoView(field);
}

} // namespace libreta::ui
