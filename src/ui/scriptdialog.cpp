#include "ui/scriptdialog.h"

#include "domain/scripttext.h"
#include "services/callscriptservice.h"
#include "services/inputerror.h"
#include "services/scriptlibrary.h"
#include "ui_scriptdialog.h"

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
    setGeneralErrorLabel(m_ui->generalError);

    // An agent reads the office's words; only what changes them is gone.
    m_ui->readOnlyLabel->setVisible(!m_mayChange);
    m_ui->stageEdit->setReadOnly(!m_mayChange);
    m_ui->objectionEdit->setReadOnly(!m_mayChange);
    m_ui->answerEdit->setReadOnly(!m_mayChange);
    m_ui->addObjectionButton->setVisible(m_mayChange);
    m_ui->removeObjectionButton->setVisible(m_mayChange);
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
                                    .arg(QLocale().toString(m_script.createdAt.toLocalTime(), QLocale::ShortFormat),
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
