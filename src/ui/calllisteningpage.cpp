#include "ui/calllisteningpage.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/strategy.h"
#include "ui/calltexts.h"
#include "ui/debtorfiletexts.h"
#include "ui_calllisteningpage.h"

#include <QButtonGroup>

namespace libreta::ui {

using namespace domain;

CallListeningPage::CallListeningPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::CallListeningPage>())
{
    m_ui->setupUi(this);
    CallTexts::bindFocus(this, 0, m_ui->notesEdit);
    // The choices stay short so the stage fits the call panel's narrow
    // column; what tells them apart is the wrapped hint under them.
    m_ui->argumentRadio->setText(CallTexts::numbered(1, tr("Argument")));
    m_ui->excuseRadio->setText(CallTexts::numbered(2, tr("Excuse")));
    m_ui->willingYes->setText(CallTexts::numbered(3, tr("Yes")));
    m_ui->willingNo->setText(CallTexts::numbered(4, tr("No")));
    m_ui->ableYes->setText(CallTexts::numbered(5, tr("Yes")));
    m_ui->ableNo->setText(CallTexts::numbered(6, tr("No")));
    int digit = 0;
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{m_ui->argumentRadio, m_ui->excuseRadio, m_ui->willingYes,
                                                                        m_ui->willingNo, m_ui->ableYes, m_ui->ableNo})
        CallTexts::bindDigit(this, ++digit, b);
    // Yes is id 1, no is id 0, so the id is the answer.
    auto group = [this](QAbstractButton *yes, QAbstractButton *no) {
        auto *g = new QButtonGroup(this);
        g->addButton(yes, 1);
        g->addButton(no, 0);
        return g;
    };
    m_kind = group(m_ui->argumentRadio, m_ui->excuseRadio);
    m_willing = group(m_ui->willingYes, m_ui->willingNo);
    m_able = group(m_ui->ableYes, m_ui->ableNo);

    auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_ui->excuseCombo, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        categoryChanged();
        emitChanged();
    });
    connect(m_kind, &QButtonGroup::idClicked, this, [this, emitChanged] {
        m_kindChosen = true;
        emitChanged();
    });
    for (QButtonGroup *g : {m_willing, m_able})
        connect(g, &QButtonGroup::idToggled, this, [this, emitChanged](int, bool checked) {
            if (!checked)
                return;
            updateProfile();
            emitChanged();
        });
    connect(m_ui->wordsEdit, &QPlainTextEdit::textChanged, this, emitChanged);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, emitChanged);
}

CallListeningPage::~CallListeningPage() = default;

void CallListeningPage::setUp(const CallSetup *setup)
{
    m_setup = setup;
    m_ui->scriptLabel->setText(setup->stageText(QStringLiteral("listening")));
    m_ui->excuseCombo->clear();
    m_ui->excuseCombo->addItem(tr("— choose the reason —"));
    for (const store::ScriptExcuse &e : setup->script.excuses)
        m_ui->excuseCombo->addItem(e.label, toCode(e.category));
    m_ui->promptsLabel->setText(CallTexts::promptList(tr("Listen with empathy"), setup->prompts(QStringLiteral("listening"))));
    showPreviousExcuses();
    categoryChanged();
    updateProfile();
}

std::optional<ExcuseCategory> CallListeningPage::category() const
{
    return fromCode<ExcuseCategory>(m_ui->excuseCombo->currentData().toString());
}

void CallListeningPage::categoryChanged()
{
    if (!m_setup)
        return;
    const auto c = category();
    const store::ScriptExcuse *entry = nullptr;
    for (const store::ScriptExcuse &e : m_setup->script.excuses)
        if (c && e.category == *c)
            entry = &e;
    m_ui->hintLabel->setText(entry ? entry->hint : QString());
    m_ui->hintLabel->setVisible(entry && !entry->hint.isEmpty());
    m_ui->suggestionLabel->setText(entry ? tr("The catalogue suggests: %1. You decide.").arg(label(entry->suggestedKind))
                                         : QString());
    // The catalogue's suggestion stands until the agent picks one themself.
    if (entry && !m_kindChosen && !m_loading)
        m_kind->button(entry->suggestedKind == ExcuseKind::Argument ? 1 : 0)->setChecked(true);
}

void CallListeningPage::updateProfile()
{
    if (!m_setup)
        return;
    const auto willing = yesNo(m_willing);
    const auto able = yesNo(m_able);
    if (!willing || !able) {
        m_ui->profileLabel->setText(tr("Read the profile: is the debtor willing to pay, and able to?"));
        return;
    }
    StrategyInput input = m_setup->file.strategyInput;
    input.willing = willing;
    input.able = able;
    const Suggestion s = suggestApproach(input);
    m_ui->profileLabel->setText(tr("<b>Approach for this profile: %1.</b> %2")
                                    .arg(label(s.approach).toHtmlEscaped(), s.reason.toHtmlEscaped()));
}

QString CallListeningPage::excuseName(ExcuseCategory category) const
{
    // The office's own name for the reason, as the list beside it reads.
    for (const store::ScriptExcuse &e : m_setup->script.excuses)
        if (e.category == category && !e.label.trimmed().isEmpty())
            return e.label;
    return label(category);
}

void CallListeningPage::showPreviousExcuses()
{
    // Oldest first, so "said 2 times" reads in the order it happened.
    QStringList rows;
    const auto &calls = m_setup->file.calls;
    for (auto it = calls.crbegin(); it != calls.crend(); ++it) {
        if (!it->excuseCategory)
            continue;
        QString row = QStringLiteral("%1 · <b>%2</b>")
                          .arg(DebtorFileTexts::date(it->startedAt.toLocalTime().date()).toHtmlEscaped(),
                               excuseName(*it->excuseCategory).toHtmlEscaped());
        if (!it->excuseWords.isEmpty())
            row += QStringLiteral(" · «%1»").arg(it->excuseWords.toHtmlEscaped());
        const int n = m_setup->file.excuseOccurrence.value(it->id);
        if (n >= 2)
            row += QStringLiteral(" · <span style=\"background:#fff3b0;\">%1</span>")
                       .arg(DebtorFileTexts::repeatedExcuse(n).toHtmlEscaped());
        rows.prepend(row);  // newest at the top
    }
    if (rows.isEmpty()) {
        m_ui->previousLabel->setText(tr("<b>Reasons given before:</b> none; this is the first time."));
        return;
    }
    m_ui->previousLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                                     .arg(tr("Reasons given before (newest first):").toHtmlEscaped(),
                                          rows.mid(0, 6).join(QStringLiteral("<br>"))));
}

QString CallListeningPage::previousExcusesText() const { return m_ui->previousLabel->text(); }

std::optional<bool> CallListeningPage::yesNo(const QButtonGroup *group)
{
    const int id = group->checkedId();
    return id < 0 ? std::nullopt : std::optional<bool>(id == 1);
}

void CallListeningPage::setYesNo(QButtonGroup *group, std::optional<bool> value)
{
    if (value)
        group->button(*value ? 1 : 0)->setChecked(true);
}

void CallListeningPage::load(const CallWorksheet &w)
{
    m_loading = true;
    const int index = w.excuseCategory ? m_ui->excuseCombo->findData(toCode(*w.excuseCategory)) : 0;
    m_ui->excuseCombo->setCurrentIndex(qMax(0, index));
    m_ui->wordsEdit->setPlainText(w.excuseWords);
    if (w.excuseKind) {
        m_kind->button(*w.excuseKind == ExcuseKind::Argument ? 1 : 0)->setChecked(true);
        m_kindChosen = true;
    }
    setYesNo(m_willing, w.willing);
    setYesNo(m_able, w.able);
    m_ui->notesEdit->setPlainText(w.notes.listening);
    m_loading = false;
    categoryChanged();
    updateProfile();
}

void CallListeningPage::store(CallWorksheet &w) const
{
    w.excuseCategory = category();
    w.excuseWords = m_ui->wordsEdit->toPlainText();
    const auto kind = yesNo(m_kind);
    w.excuseKind = kind ? std::optional<ExcuseKind>(*kind ? ExcuseKind::Argument : ExcuseKind::Excuse) : std::nullopt;
    w.willing = yesNo(m_willing);
    w.able = yesNo(m_able);
    w.notes.listening = m_ui->notesEdit->toPlainText();
}

void CallListeningPage::focusFirst() { m_ui->excuseCombo->setFocus(Qt::OtherFocusReason); }

} // namespace libreta::ui
