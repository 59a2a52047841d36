#include "ui/scriptdialog.h"

#include "domain/labels.h"
#include "domain/scripttext.h"
#include "domain/shortdate.h"
#include "services/callscriptservice.h"
#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "ui_scriptdialog.h"

#include <QComboBox>
#include <QPushButton>

namespace libreta::ui {

using services::CallScriptService;

ScriptDialog::ScriptDialog(const FormContext &context, const QString &language, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::ScriptDialog>()), m_context(context)
{
    m_ui->setupUi(this);
    CallScriptService scripts(context.db, context.clock, context.userId);
    m_mayChange = scripts.mayChange();
    m_script = scripts.current(language);
    showVersion();

    for (const QString &code : services::ScriptLibrary::stageCodes())
        m_ui->stageList->addItem(CallScriptService::stageLabel(code));
    m_ui->stageHint->setText(tr("It can fill in %1. What is said to someone else may not mention the balance or the reference.")
                                 .arg(domain::scriptPlaceholders(m_script.language).join(QStringLiteral(", "))));
    m_ui->stageEdit->setPlaceholderText(tr("What the agent says at this stage"));
    m_ui->objectionEdit->setMaxLength(CallScriptService::kMaxObjectionLength);
    m_ui->objectionEdit->setPlaceholderText(tr("For example, I already paid"));
    m_ui->answerEdit->setPlaceholderText(tr("What the agent answers"));
    for (int i = 0; i < m_script.objectionAnswers.size(); ++i)
        m_ui->objectionList->addItem(objectionTitle(i));

    m_ui->techniqueEdit->setMaxLength(CallScriptService::kMaxLabelLength);
    m_ui->techniqueEdit->setPlaceholderText(tr("For example, Open question"));
    m_ui->techniqueDescriptionEdit->setPlaceholderText(tr("What the agent does, in a line: shown beside it in the call"));
    for (int i = 0; i < m_script.techniques.size(); ++i)
        m_ui->techniqueList->addItem(techniqueTitle(i));
    m_ui->reasonEdit->setMaxLength(CallScriptService::kMaxLabelLength);
    m_ui->reasonKindCombo->addItem(domain::label(domain::ExcuseKind::Argument), int(domain::ExcuseKind::Argument));
    m_ui->reasonKindCombo->addItem(domain::label(domain::ExcuseKind::Excuse), int(domain::ExcuseKind::Excuse));
    m_ui->reasonHintEdit->setPlaceholderText(tr("What the agent asks or checks when the debtor gives this reason"));
    for (const store::ScriptExcuse &reason : std::as_const(m_script.excuses))
        m_ui->reasonList->addItem(reason.label);
    connect(m_ui->techniqueList, &QListWidget::currentRowChanged, this, &ScriptDialog::showTechnique);
    connect(m_ui->techniqueEdit, &QLineEdit::textEdited, this, &ScriptDialog::keepTechnique);
    connect(m_ui->techniqueDescriptionEdit, &QPlainTextEdit::textChanged, this, &ScriptDialog::keepTechnique);
    connect(m_ui->addTechniqueButton, &QPushButton::clicked, this, &ScriptDialog::addTechnique);
    connect(m_ui->removeTechniqueButton, &QPushButton::clicked, this, &ScriptDialog::removeTechnique);
    connect(m_ui->reasonList, &QListWidget::currentRowChanged, this, &ScriptDialog::showReason);
    connect(m_ui->reasonEdit, &QLineEdit::textEdited, this, &ScriptDialog::keepReason);
    connect(m_ui->reasonHintEdit, &QPlainTextEdit::textChanged, this, &ScriptDialog::keepReason);
    connect(m_ui->reasonKindCombo, &QComboBox::activated, this, &ScriptDialog::keepReason);
    showTechnique(m_script.techniques.isEmpty() ? -1 : 0);
    if (!m_script.techniques.isEmpty())
        m_ui->techniqueList->setCurrentRow(0);
    showReason(m_script.excuses.isEmpty() ? -1 : 0);
    if (!m_script.excuses.isEmpty())
        m_ui->reasonList->setCurrentRow(0);

    connect(m_ui->stageList, &QListWidget::currentRowChanged, this, &ScriptDialog::showStage);
    connect(m_ui->objectionList, &QListWidget::currentRowChanged, this, &ScriptDialog::showObjection);
    connect(m_ui->stageEdit, &QPlainTextEdit::textChanged, this, &ScriptDialog::keepStageText);
    connect(m_ui->objectionEdit, &QLineEdit::textEdited, this, &ScriptDialog::keepObjection);
    connect(m_ui->answerEdit, &QPlainTextEdit::textChanged, this, &ScriptDialog::keepObjection);
    connect(m_ui->addObjectionButton, &QPushButton::clicked, this, &ScriptDialog::addObjection);
    connect(m_ui->removeObjectionButton, &QPushButton::clicked, this, &ScriptDialog::removeObjection);
    m_ui->stageList->setCurrentRow(0);
    showObjection(m_script.objectionAnswers.isEmpty() ? -1 : 0);
    if (!m_script.objectionAnswers.isEmpty())
        m_ui->objectionList->setCurrentRow(0);

    addField(QStringLiteral("stage"), m_ui->stageEdit, m_ui->stageError);
    addField(QStringLiteral("objection"), m_ui->objectionEdit, m_ui->objectionError);
    addField(QStringLiteral("technique"), m_ui->techniqueEdit, m_ui->techniqueError);
    addField(QStringLiteral("reason"), m_ui->reasonEdit, m_ui->reasonError);
    setGeneralErrorLabel(m_ui->generalError);

    // An agent reads the office's words; only what changes them is gone.
    m_ui->readOnlyLabel->setVisible(!m_mayChange);
    m_ui->stageEdit->setReadOnly(!m_mayChange);
    m_ui->objectionEdit->setReadOnly(!m_mayChange);
    m_ui->answerEdit->setReadOnly(!m_mayChange);
    m_ui->addObjectionButton->setVisible(m_mayChange);
    m_ui->removeObjectionButton->setVisible(m_mayChange);
    m_ui->techniqueEdit->setReadOnly(!m_mayChange);
    m_ui->techniqueDescriptionEdit->setReadOnly(!m_mayChange);
    m_ui->addTechniqueButton->setVisible(m_mayChange);
    m_ui->removeTechniqueButton->setVisible(m_mayChange);
    m_ui->reasonEdit->setReadOnly(!m_mayChange);
    m_ui->reasonHintEdit->setReadOnly(!m_mayChange);
    m_ui->reasonKindCombo->setEnabled(m_mayChange);
    if (!m_mayChange)
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    // Not watchForEdits(): choosing another stage refills the editor, which
    // is no edit; the texts mark the form dirty as they are kept.
}

ScriptDialog::~ScriptDialog() = default;

void ScriptDialog::showVersion()
{
    if (!m_script.createdBy) {
        m_ui->versionLabel->setText(tr("<b>%1</b>, version %2: the words Libreta comes with.")
                                        .arg(m_script.name.toHtmlEscaped())
                                        .arg(m_script.version));
        return;
    }
    const QString who = CallScriptService(m_context.db, m_context.clock, m_context.userId).authorName(m_script);
    m_ui->versionLabel->setText(tr("<b>%1</b>, version %2, saved %3 by %4.")
                                    .arg(m_script.name.toHtmlEscaped())
                                    .arg(m_script.version)
                                    .arg(domain::shortDateTime(m_script.createdAt.toLocalTime()),
                                         who.toHtmlEscaped()));
}

void ScriptDialog::showStage(int row)
{
    const QStringList codes = services::ScriptLibrary::stageCodes();
    if (row < 0 || row >= codes.size())
        return;
    m_stageRow = row;
    m_showing = true;
    m_ui->stageCaption->setText(tr("&What the agent says — %1:").arg(CallScriptService::stageLabel(codes[row])));
    m_ui->stageEdit->setPlainText(m_script.stages.value(codes[row]));
    m_showing = false;
}

void ScriptDialog::keepStageText()
{
    const QStringList codes = services::ScriptLibrary::stageCodes();
    if (m_showing || m_stageRow < 0 || m_stageRow >= codes.size())
        return;
    m_script.stages.insert(codes[m_stageRow], m_ui->stageEdit->toPlainText());
    markDirty();
}

QString ScriptDialog::objectionTitle(int row) const
{
    const QString words = m_script.objectionAnswers.value(row).first.simplified();
    return words.isEmpty() ? tr("(new objection)") : words;
}

void ScriptDialog::showObjection(int row)
{
    const bool any = row >= 0 && row < m_script.objectionAnswers.size();
    m_objectionRow = any ? row : -1;
    m_showing = true;
    m_ui->objectionEdit->setText(any ? m_script.objectionAnswers[row].first : QString());
    m_ui->answerEdit->setPlainText(any ? m_script.objectionAnswers[row].second : QString());
    m_showing = false;
    m_ui->objectionEdit->setEnabled(any);
    m_ui->answerEdit->setEnabled(any);
    m_ui->removeObjectionButton->setEnabled(any);
}

void ScriptDialog::keepObjection()
{
    if (m_showing || m_objectionRow < 0 || m_objectionRow >= m_script.objectionAnswers.size())
        return;
    m_script.objectionAnswers[m_objectionRow] = {m_ui->objectionEdit->text(), m_ui->answerEdit->toPlainText()};
    if (QListWidgetItem *item = m_ui->objectionList->item(m_objectionRow))
        item->setText(objectionTitle(m_objectionRow));
    markDirty();
}

void ScriptDialog::addObjection()
{
    m_script.objectionAnswers.append({QString(), QString()});
    m_ui->objectionList->addItem(objectionTitle(int(m_script.objectionAnswers.size()) - 1));
    m_ui->objectionList->setCurrentRow(m_ui->objectionList->count() - 1);
    m_ui->objectionEdit->setFocus(Qt::OtherFocusReason);
    markDirty();
}

void ScriptDialog::removeObjection()
{
    const int row = m_objectionRow;
    if (row < 0 || row >= m_script.objectionAnswers.size())
        return;
    m_script.objectionAnswers.removeAt(row);
    m_objectionRow = -1;  // the list's current row moves: nothing to keep
    delete m_ui->objectionList->takeItem(row);
    const int next = qMin(row, m_ui->objectionList->count() - 1);
    m_ui->objectionList->setCurrentRow(next);
    showObjection(next);
    markDirty();
}

QString ScriptDialog::techniqueTitle(int row) const
{
    const QString name = m_script.techniques.value(row).label.simplified();
    return name.isEmpty() ? tr("(new technique)") : name;
}

void ScriptDialog::showTechnique(int row)
{
    const bool any = row >= 0 && row < m_script.techniques.size();
    m_techniqueRow = any ? row : -1;
    m_showing = true;
    m_ui->techniqueEdit->setText(any ? m_script.techniques[row].label : QString());
    m_ui->techniqueDescriptionEdit->setPlainText(any ? m_script.techniques[row].description : QString());
    m_showing = false;
    m_ui->techniqueEdit->setEnabled(any);
    m_ui->techniqueDescriptionEdit->setEnabled(any);
    m_ui->removeTechniqueButton->setEnabled(any);
}

void ScriptDialog::keepTechnique()
{
    if (m_showing || m_techniqueRow < 0 || m_techniqueRow >= m_script.techniques.size())
        return;
    store::ScriptTechnique &t = m_script.techniques[m_techniqueRow];
    t.label = m_ui->techniqueEdit->text();
    t.description = m_ui->techniqueDescriptionEdit->toPlainText();
    if (QListWidgetItem *item = m_ui->techniqueList->item(m_techniqueRow))
        item->setText(techniqueTitle(m_techniqueRow));
    markDirty();
}

void ScriptDialog::addTechnique()
{
    // No code yet: the service gives it one from its name when saved.
    m_script.techniques.append(store::ScriptTechnique());
    m_ui->techniqueList->addItem(techniqueTitle(int(m_script.techniques.size()) - 1));
    m_ui->techniqueList->setCurrentRow(m_ui->techniqueList->count() - 1);
    m_ui->techniqueEdit->setFocus(Qt::OtherFocusReason);
    markDirty();
}

void ScriptDialog::removeTechnique()
{
    const int row = m_techniqueRow;
    if (row < 0 || row >= m_script.techniques.size())
        return;
    m_script.techniques.removeAt(row);
    m_techniqueRow = -1;
    delete m_ui->techniqueList->takeItem(row);
    const int next = qMin(row, m_ui->techniqueList->count() - 1);
    m_ui->techniqueList->setCurrentRow(next);
    showTechnique(next);
    markDirty();
}

void ScriptDialog::showReason(int row)
{
    const bool any = row >= 0 && row < m_script.excuses.size();
    m_reasonRow = any ? row : -1;
    m_showing = true;
    m_ui->reasonEdit->setText(any ? m_script.excuses[row].label : QString());
    m_ui->reasonHintEdit->setPlainText(any ? m_script.excuses[row].hint : QString());
    if (any)
        m_ui->reasonKindCombo->setCurrentIndex(m_ui->reasonKindCombo->findData(int(m_script.excuses[row].suggestedKind)));
    m_showing = false;
}

void ScriptDialog::keepReason()
{
    if (m_showing || m_reasonRow < 0 || m_reasonRow >= m_script.excuses.size())
        return;
    store::ScriptExcuse &reason = m_script.excuses[m_reasonRow];
    reason.label = m_ui->reasonEdit->text();
    reason.hint = m_ui->reasonHintEdit->toPlainText();
    reason.suggestedKind = domain::ExcuseKind(m_ui->reasonKindCombo->currentData().toInt());
    if (QListWidgetItem *item = m_ui->reasonList->item(m_reasonRow))
        item->setText(reason.label.simplified());
    markDirty();
}

void ScriptDialog::reveal(const QString &field)
{
    const QString what = field.section(QLatin1Char('.'), 0, 0);
    const QString which = field.section(QLatin1Char('.'), 1);
    if (what == QLatin1String("stage")) {
        m_ui->tabs->setCurrentWidget(m_ui->stagesTab);
        const int row = int(services::ScriptLibrary::stageCodes().indexOf(which));
        if (row >= 0)
            m_ui->stageList->setCurrentRow(row);
    } else if (what == QLatin1String("objection")) {
        m_ui->tabs->setCurrentWidget(m_ui->objectionsTab);
        const int row = which.toInt() - 1;
        if (row >= 0 && row < m_ui->objectionList->count())
            m_ui->objectionList->setCurrentRow(row);
    } else if (what == QLatin1String("technique")) {
        m_ui->tabs->setCurrentWidget(m_ui->techniquesTab);
        const int row = which.toInt() - 1;
        if (row >= 0 && row < m_ui->techniqueList->count())
            m_ui->techniqueList->setCurrentRow(row);
    } else if (what == QLatin1String("reason")) {
        m_ui->tabs->setCurrentWidget(m_ui->reasonsTab);
        const int row = which.toInt() - 1;
        if (row >= 0 && row < m_ui->reasonList->count())
            m_ui->reasonList->setCurrentRow(row);
    }
}

void ScriptDialog::save()
{
    try {
        m_savedVersion = CallScriptService(m_context.db, m_context.clock, m_context.userId).save(m_script);
    } catch (const services::InputError &e) {
        reveal(e.field());
        throw;
    }
}

} // namespace libreta::ui
