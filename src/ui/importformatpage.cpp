#include "ui/importformatpage.h"

#include "csv/delimiter.h"
#include "ui/importsession.h"
#include "ui_importformatpage.h"

#include <QFont>
#include <QHeaderView>

namespace libreta::ui {

using namespace services;
using domain::DateOrder;
using domain::DecimalHint;

ImportFormatPage::ImportFormatPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<::Ui::ImportFormatPage>()), m_session(session)
{
    m_ui->setupUi(this);
    for (csv::Encoding e : csv::allEncodings())
        m_ui->encodingCombo->addItem(csv::encodingLabel(e), int(e));
    for (char d : csv::kDelimiters)
        m_ui->separatorCombo->addItem(csv::delimiterLabel(d), int(d));
    for (DateOrder o : {DateOrder::Iso, DateOrder::DayMonthYear, DateOrder::MonthDayYear})
        m_ui->dateCombo->addItem(domain::dateOrderLabel(o), int(o));
    m_ui->decimalCombo->addItem(tr("Point (1,234.56)"), int(DecimalHint::Point));
    m_ui->decimalCombo->addItem(tr("Comma (1.234,56)"), int(DecimalHint::Comma));
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->errorLabel->hide();

    for (QComboBox *combo : {m_ui->encodingCombo, m_ui->separatorCombo, m_ui->dateCombo, m_ui->decimalCombo})
        connect(combo, &QComboBox::activated, this, &ImportFormatPage::changed);
    connect(m_ui->headerSpin, &QSpinBox::valueChanged, this, &ImportFormatPage::changed);
    connect(&m_session, &ImportSession::preparedChanged, this, &ImportFormatPage::fill);
    connect(&m_session, &ImportSession::busyChanged, this, &QWizardPage::completeChanged);
}

ImportFormatPage::~ImportFormatPage() = default;

void ImportFormatPage::initializePage() { fill(); }

QString ImportFormatPage::question() const { return !m_ui->questionLabel->isHidden() ? m_ui->questionLabel->text() : QString(); }

void ImportFormatPage::chooseDateOrder(int order)
{
    m_ui->dateCombo->setCurrentIndex(m_ui->dateCombo->findData(order));
    changed();
}

void ImportFormatPage::chooseDecimalComma(bool comma)
{
    m_ui->decimalCombo->setCurrentIndex(m_ui->decimalCombo->findData(int(comma ? DecimalHint::Comma : DecimalHint::Point)));
    changed();
}

void ImportFormatPage::fill()
{
    if (!m_session.prepared()) {
        m_ui->errorLabel->setText(m_session.error());
        m_ui->errorLabel->setVisible(!m_session.error().isEmpty());
        Q_EMIT completeChanged();
        return;
    }
    m_filling = true;
    const ImportPlan &plan = m_session.plan();
    m_ui->errorLabel->hide();
    auto found = [](bool detected) { return detected ? tr(" (found in the file)") : QString(); };
    m_ui->encodingCombo->setCurrentIndex(m_ui->encodingCombo->findData(int(plan.encoding)));
    m_ui->encodingCombo->setToolTip(found(plan.encodingDetected));
    m_ui->separatorCombo->setCurrentIndex(m_ui->separatorCombo->findData(int(plan.delimiter)));
    m_ui->headerSpin->setValue(int(plan.headerLine));
    m_ui->dateCombo->setCurrentIndex(plan.dateOrder ? m_ui->dateCombo->findData(int(*plan.dateOrder)) : -1);
    m_ui->dateCombo->setPlaceholderText(tr("Choose…"));
    m_ui->decimalCombo->setCurrentIndex(plan.decimal == DecimalHint::Unknown ? -1
                                                                              : m_ui->decimalCombo->findData(int(plan.decimal)));
    m_ui->decimalCombo->setPlaceholderText(tr("Not needed"));

    QStringList questions;
    for (const ImportProblem &p : plan.problems)
        if (p.kind == ImportProblem::Kind::DateOrder || p.kind == ImportProblem::Kind::Decimal)
            questions << p.message;
    m_ui->questionLabel->setText(questions.join(QStringLiteral("\n")));
    m_ui->questionLabel->setVisible(!questions.isEmpty());

    const auto &lines = m_session.firstLines();
    int columns = 0;
    for (const SourceRow &l : lines)
        columns = std::max(columns, int(l.cells.size()));
    m_ui->linesTable->clear();
    m_ui->linesTable->setRowCount(int(lines.size()));
    m_ui->linesTable->setColumnCount(columns);
    QStringList numbers;
    for (int r = 0; r < lines.size(); ++r) {
        numbers << QString::number(lines[r].line);
        for (int c = 0; c < lines[r].cells.size(); ++c) {
            auto *item = new QTableWidgetItem(lines[r].cells[c]);
            if (lines[r].line == plan.headerLine) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_ui->linesTable->setItem(r, c, item);
        }
    }
    m_ui->linesTable->setVerticalHeaderLabels(numbers);
    m_filling = false;
    Q_EMIT completeChanged();
}

void ImportFormatPage::changed()
{
    if (m_filling || m_session.busy())
        return;
    ImportRequest &r = m_session.request();
    const ImportPlan &plan = m_session.plan();
    r.format.encoding = csv::Encoding(m_ui->encodingCombo->currentData().toInt());
    r.format.delimiter = char(m_ui->separatorCombo->currentData().toInt());
    r.format.headerLine = m_ui->headerSpin->value();
    // A new encoding, separator or header line gives new columns: they are
    // mapped afresh from their titles.
    if (*r.format.encoding != plan.encoding || *r.format.delimiter != plan.delimiter
        || *r.format.headerLine != plan.headerLine)
        r.mapping.reset();
    if (m_ui->dateCombo->currentIndex() >= 0)
        r.dateOrder = DateOrder(m_ui->dateCombo->currentData().toInt());
    if (m_ui->decimalCombo->currentIndex() >= 0)
        r.decimal = DecimalHint(m_ui->decimalCombo->currentData().toInt());
    m_session.prepare();
    Q_EMIT completeChanged();
}

bool ImportFormatPage::isComplete() const
{
    if (!m_session.prepared() || m_session.busy())
        return false;
    for (const ImportProblem &p : m_session.plan().problems)
        if (p.kind == ImportProblem::Kind::DateOrder || p.kind == ImportProblem::Kind::Decimal)
            return false;
    return true;
}

} // namespace libreta::ui
