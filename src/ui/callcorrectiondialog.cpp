#include "ui/callcorrectiondialog.h"

#include "domain/callflow.h"
#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "services/callcorrectionservice.h"
#include "ui/debtorfiletexts.h"
#include "ui_callcorrectiondialog.h"

#include <QPlainTextEdit>

namespace libreta::ui {

using namespace domain;

namespace {

constexpr int kNoteLines = 3;

void fillYesNo(QComboBox *combo, const QString &unknown, const QString &yes, const QString &no,
               std::optional<bool> value)
{
    combo->addItem(unknown);
    combo->addItem(yes, true);
    combo->addItem(no, false);
    combo->setCurrentIndex(value ? (*value ? 1 : 2) : 0);
}

std::optional<bool> yesNo(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

CallCorrectionDialog::CallCorrectionDialog(const FormContext &context, const services::DebtorFile &file,
                                           const Call &call, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::CallCorrectionDialog>()), m_context(context), m_callId(call.id)
{
    m_ui->setupUi(this);
    m_conversation = !outcomeWithoutConversation(call.answeredBy).has_value();
    m_ui->callLabel->setText(tr("Call of %1 by %2 · %3")
                                 .arg(DebtorFileTexts::dateTime(call.startedAt), file.userName(call.agentId),
                                      DebtorFileTexts::callResult(call)));
    QString hint = tr("What you change is saved as a correction beside the call, which stays in the file as it "
                      "was. Who answered, the outcome and any promise, payment or follow-up stay as recorded.");
    if (!m_conversation)
        hint += QLatin1Char(' ') + tr("This call did not reach the debtor: only the presentation's notes and the "
                                      "next step can change.");
    m_ui->hintLabel->setText(hint);

    const int noteHeight = fontMetrics().lineSpacing() * kNoteLines + 2 * m_ui->presentationEdit->frameWidth() + 8;
    for (QPlainTextEdit *edit : {m_ui->presentationEdit, m_ui->listeningEdit, m_ui->negotiationEdit,
                                 m_ui->preCloseEdit, m_ui->closeEdit})
        edit->setFixedHeight(noteHeight);

    m_ui->excuseCombo->addItem(tr("— none —"));
    for (const QString &code : allCodes<ExcuseCategory>())
        if (const auto category = fromCode<ExcuseCategory>(code))
            m_ui->excuseCombo->addItem(label(*category), code);
    m_ui->kindCombo->addItem(label(ExcuseKind::Argument), toCode(ExcuseKind::Argument));
    m_ui->kindCombo->addItem(label(ExcuseKind::Excuse), toCode(ExcuseKind::Excuse));
    fillYesNo(m_ui->willingCombo, tr("Willing to pay? Not known"), tr("Willing to pay"), tr("Not willing to pay"),
              call.willing);
    fillYesNo(m_ui->ableCombo, tr("Able to pay? Not known"), tr("Able to pay"), tr("Not able to pay"), call.able);
    m_ui->kindCombo->setToolTip(tr("An argument can be checked and gets the task that removes it; "
                                   "an excuse buys time."));
    fill(call);
    connect(m_ui->excuseCombo, &QComboBox::currentIndexChanged, this, &CallCorrectionDialog::categoryChanged);
    categoryChanged();
    m_filled = true;

    // What a call that reached nobody to talk to never had stays closed.
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->listeningEdit, m_ui->negotiationEdit, m_ui->preCloseEdit,
                                                       m_ui->closeEdit, m_ui->excuseCombo, m_ui->kindCombo,
                                                       m_ui->excuseWordsEdit, m_ui->willingCombo, m_ui->ableCombo})
        w->setEnabled(m_conversation && w->isEnabled());
    // The refusal's reason belongs to a refusal; other calls keep theirs, if any.
    const bool refusal = call.outcome == CallOutcome::Refusal || !call.refusalReason.isEmpty();
    m_ui->form->setRowVisible(m_ui->refusalEditBox, refusal);

    addField(QStringLiteral("notes.presentation"), m_ui->presentationEdit, m_ui->presentationEditError);
    addField(QStringLiteral("notes.listening"), m_ui->listeningEdit, m_ui->listeningEditError);
    addField(QStringLiteral("notes.negotiation"), m_ui->negotiationEdit, m_ui->negotiationEditError);
    addField(QStringLiteral("notes.preclose"), m_ui->preCloseEdit, m_ui->preCloseEditError);
    addField(QStringLiteral("notes.close"), m_ui->closeEdit, m_ui->closeEditError);
    addField(QStringLiteral("excuse_category"), m_ui->excuseCombo, m_ui->excuseComboError);
    addField(QStringLiteral("excuse_words"), m_ui->excuseWordsEdit, m_ui->excuseWordsEditError);
    addField(QStringLiteral("refusal_reason"), m_ui->refusalEdit, m_ui->refusalEditError);
    addField(QStringLiteral("next_step"), m_ui->nextStepEdit, m_ui->nextStepEditError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
    m_ui->presentationEdit->setFocus();
}

CallCorrectionDialog::~CallCorrectionDialog() = default;

void CallCorrectionDialog::fill(const Call &call)
{
    m_ui->presentationEdit->setPlainText(call.notes.presentation);
    m_ui->listeningEdit->setPlainText(call.notes.listening);
    m_ui->negotiationEdit->setPlainText(call.notes.negotiation);
    m_ui->preCloseEdit->setPlainText(call.notes.preClose);
    m_ui->closeEdit->setPlainText(call.notes.close);
    if (call.excuseCategory)
        m_ui->excuseCombo->setCurrentIndex(qMax(0, m_ui->excuseCombo->findData(toCode(*call.excuseCategory))));
    // An argument unless the call said it was an excuse: the catalogue's default.
    m_ui->kindCombo->setCurrentIndex(call.excuseKind == ExcuseKind::Excuse ? 1 : 0);
    m_ui->excuseWordsEdit->setText(call.excuseWords);
    m_ui->refusalEdit->setText(call.refusalReason);
    m_ui->nextStepEdit->setText(call.nextStep);
}

void CallCorrectionDialog::categoryChanged()
{
    const auto category = fromCode<ExcuseCategory>(m_ui->excuseCombo->currentData().toString());
    m_ui->kindCombo->setEnabled(m_conversation && category.has_value());
    // A reason chosen now starts where the catalogue puts it; the person decides.
    if (category && m_filled)
        m_ui->kindCombo->setCurrentIndex(suggestedExcuseKind(*category) == ExcuseKind::Excuse ? 1 : 0);
}

void CallCorrectionDialog::save()
{
    services::CallCorrection c;
    c.callId = m_callId;
    c.notes = {m_ui->presentationEdit->toPlainText(), m_ui->listeningEdit->toPlainText(),
               m_ui->negotiationEdit->toPlainText(), m_ui->preCloseEdit->toPlainText(), m_ui->closeEdit->toPlainText()};
    c.excuseCategory = fromCode<ExcuseCategory>(m_ui->excuseCombo->currentData().toString());
    if (c.excuseCategory)
        c.excuseKind = fromCode<ExcuseKind>(m_ui->kindCombo->currentData().toString());
    c.excuseWords = m_ui->excuseWordsEdit->text();
    c.willing = yesNo(m_ui->willingCombo);
    c.able = yesNo(m_ui->ableCombo);
    c.refusalReason = m_ui->refusalEdit->text();
    c.nextStep = m_ui->nextStepEdit->text();
    m_savedId = services::CallCorrectionService(m_context.db, m_context.clock).correct(c, m_context.userId);
}

} // namespace libreta::ui
