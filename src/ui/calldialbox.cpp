#include "ui/calldialbox.h"

#include "domain/labels.h"
#include "services/callgate.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/storeerror.h"
#include "ui/debtorfiletexts.h"
#include "ui_calldialbox.h"

#include <algorithm>

namespace libreta::ui {

using namespace domain;

namespace {
const QString kRed = QStringLiteral("#b01c1c");
}

CallDialBox::CallDialBox(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<::Ui::CallDialBox>())
{
    m_ui->setupUi(this);
    m_ui->overrideButton->setText(tr("Override and call"));
    m_ui->overrideReasonEdit->setPlaceholderText(tr("Why this call goes ahead anyway (goes to the audit log)"));
    m_ui->gateFrame->hide();
    connect(m_ui->contactCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillPhones(QString());
        Q_EMIT contactChanged();
    });
    connect(m_ui->phoneCombo, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            Q_EMIT phoneChanged();
    });
    connect(m_ui->overrideButton, &QPushButton::clicked, this, &CallDialBox::recordOverride);
    // Not on Enter: the key that picks from a list never lifts the calling
    // hours. The button is pressed on purpose.
}

CallDialBox::~CallDialBox() = default;

void CallDialBox::setUp(const FormContext *context, const services::DebtorFile *file, std::optional<Id> contactId,
                        const QString &phone)
{
    m_context = context;
    m_file = file;
    m_filling = true;
    m_ui->contactCombo->clear();
    // The person who can decide first, among those who may be called, and
    // of those first one with a number that was not a wrong number.
    const auto hasGoodNumber = [this](const Contact &c) {
        return std::any_of(c.phones.cbegin(), c.phones.cend(),
                           [this](const Phone &p) { return !wrongNumberOn(p.number); });
    };
    int preferred = -1;
    int reachable = -1;
    int decidesOnWrongNumber = -1;
    for (const Contact &c : file->contacts) {
        QString text = QStringLiteral("%1 — %2").arg(c.name, label(c.role));
        if (c.doNotContact)
            text += QStringLiteral(" (%1)").arg(tr("do not contact"));
        m_ui->contactCombo->addItem(text, c.id);
        const int index = m_ui->contactCombo->count() - 1;
        const bool decides = c.role == ContactRole::Debtor || c.role == ContactRole::DecisionMaker;
        if (contactId && c.id == *contactId)
            preferred = index;
        else if (!contactId && !c.doNotContact && decides && preferred < 0) {
            if (hasGoodNumber(c))
                preferred = index;
            else if (decidesOnWrongNumber < 0)
                decidesOnWrongNumber = index;
        }
        if (!c.doNotContact && reachable < 0)
            reachable = index;
    }
    if (preferred < 0)
        preferred = decidesOnWrongNumber;
    if (preferred < 0)
        preferred = reachable;
    if (m_ui->contactCombo->count() == 0)
        m_ui->contactCombo->addItem(tr("No contacts in the file: type the number below"));
    m_ui->contactCombo->setCurrentIndex(qMax(0, preferred));
    fillPhones(phone);
    m_filling = false;
}

void CallDialBox::fillPhones(const QString &select)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->phoneCombo->clear();
    const auto id = contactId();
    // A number whose last call was a wrong number goes last, and says so:
    // the agent was told to try another, and the next call must not offer
    // it first again. It stays in the list (the history may be wrong too).
    QList<std::pair<QString, QString>> good;
    QList<std::pair<QString, QString>> wrong;
    for (const Contact &c : m_file->contacts)
        if (id && c.id == *id)
            for (const Phone &p : c.phones) {
                QString text = p.label.isEmpty() ? p.number : QStringLiteral("%1 (%2)").arg(p.number, p.label);
                if (const auto on = wrongNumberOn(p.number)) {
                    text += QStringLiteral(" — ") + tr("wrong number on %1").arg(DebtorFileTexts::date(*on));
                    wrong.append({text, p.number});
                } else {
                    good.append({text, p.number});
                }
            }
    // The number someone last answered on goes first: the agent reaches
    // the debtor where they were reached before (a mobile, not the
    // landline the file happened to list first).
    const QString answered = m_file->lastAnsweredNumber();
    std::stable_partition(good.begin(), good.end(), [&answered](const auto &p) { return p.second == answered; });
    for (const auto &[text, number] : good + wrong)
        m_ui->phoneCombo->addItem(text, number);
    if (!select.isEmpty()) {
        const int index = m_ui->phoneCombo->findData(select);
        if (index >= 0)
            m_ui->phoneCombo->setCurrentIndex(index);
        else
            m_ui->phoneCombo->setEditText(select);
    }
    m_filling = wasFilling;
}

std::optional<QDate> CallDialBox::wrongNumberOn(const QString &number) const
{
    return m_file->wrongNumberOn(number);
}

std::optional<Id> CallDialBox::contactId() const
{
    const QVariant data = m_ui->contactCombo->currentData();
    return data.isValid() ? std::optional<Id>(data.toLongLong()) : std::nullopt;
}

QString CallDialBox::phone() const
{
    // A number picked from the list is stored as the contact has it; one
    // typed over it, as typed.
    const int index = m_ui->phoneCombo->currentIndex();
    if (index >= 0 && m_ui->phoneCombo->currentText() == m_ui->phoneCombo->itemText(index))
        return m_ui->phoneCombo->itemData(index).toString();
    return m_ui->phoneCombo->currentText().trimmed();
}

bool CallDialBox::check(const QDateTime &atUtc, const QString &overrideReason)
{
    m_blocked = false;
    if (overrideReason.trimmed().isEmpty()) {
        try {
            m_decision = services::CallGate(m_context->db, m_context->clock).check(m_file->debtor.id, contactId(), atUtc);
            m_blocked = !m_decision.allowed;
        } catch (const services::InputError &e) {
            Q_EMIT error(e.message());
        } catch (const store::StoreError &e) {
            Q_EMIT error(e.message());
        }
    }
    m_ui->gateFrame->setVisible(m_blocked);
    if (!m_blocked)
        return false;
    QString text = QStringLiteral("<b style=\"color:%1\">%2</b>")
                       .arg(kRed, tr("The contact rules refuse this call: do not dial.").toHtmlEscaped());
    for (const QString &reason : m_decision.reasons())
        text += QStringLiteral("<br>• %1").arg(reason.toHtmlEscaped());
    // Do-not-contact is never overridden, not even by a supervisor: the
    // mark is lifted in the file, with its reason, or another contact called.
    const bool mayOverride = m_decision.overridable() && services::maySupervise(m_context->db, m_context->userId);
    // A mark on the debtor closes every contact; one on the contact, that one.
    const QString next =
        m_decision.blocks.contains(domain::ContactBlock::DebtorDoNotContact)
            ? tr("Do-not-contact is never overridden: discard the call. If the mark no longer applies, lift it "
                 "first in the debtor's file (Do not contact…), writing why.")
        : !m_decision.overridable()
            ? tr("Do-not-contact is never overridden: choose another contact, or discard the call. If the mark no "
                 "longer applies, take it off first in the contact (Edit contact…).")
        : mayOverride ? tr("As a supervisor you may let it go ahead: write why.")
                      : tr("Only a supervisor can let it go ahead. Choose another contact, or discard the call.");
    text += QStringLiteral("<br>") + next.toHtmlEscaped();
    m_ui->gateLabel->setText(text);
    m_ui->overrideBox->setVisible(mayOverride);
    return true;
}

bool CallDialBox::focusOverride()
{
    if (!m_blocked || !m_ui->overrideBox->isVisibleTo(this))
        return false;
    m_ui->overrideReasonEdit->setFocus(Qt::OtherFocusReason);
    return true;
}

void CallDialBox::recordOverride()
{
    const QString reason = m_ui->overrideReasonEdit->text();
    try {
        services::CallGate(m_context->db, m_context->clock)
            .recordOverride(m_file->debtor.id, contactId(), m_context->userId, reason);
    } catch (const services::InputError &e) {
        Q_EMIT error(e.message());
        return;
    } catch (const store::StoreError &e) {
        Q_EMIT error(e.message());
        return;
    }
    Q_EMIT overridden(reason.trimmed());
}

} // namespace libreta::ui
