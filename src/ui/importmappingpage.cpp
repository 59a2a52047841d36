#include "ui/importmappingpage.h"

#include "services/importservice.h"
#include "services/inputerror.h"
#include "store/storeerror.h"
#include "ui/importsession.h"
#include "ui_importmappingpage.h"

#include <QComboBox>
#include <QHeaderView>

namespace libreta::ui {

using namespace services;

namespace {
constexpr int kExamples = 3;
enum Column { TitleColumn, ExamplesColumn, FieldColumn, ColumnCount };
} // namespace

ImportMappingPage::ImportMappingPage(ImportSession &session, store::Database &db, const domain::Clock &clock,
                                     QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<::Ui::ImportMappingPage>()), m_session(session), m_db(db),
      m_clock(clock)
{
    m_ui->setupUi(this);
    m_ui->mappingTable->setColumnCount(ColumnCount);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Values"), tr("Goes to")});
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_ui->mappingTable->verticalHeader()->hide();
    connect(m_ui->savePresetButton, &QPushButton::clicked, this, [this] { savePreset(m_ui->presetEdit->text()); });
    connect(m_ui->deletePresetButton, &QPushButton::clicked, this, &ImportMappingPage::deletePreset);
    connect(&m_session, &ImportSession::preparedChanged, this, &ImportMappingPage::fill);
    connect(&m_session, &ImportSession::busyChanged, this, &QWizardPage::completeChanged);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::initializePage()
{
    m_ui->presetEdit->setText(m_session.request().preset);
    m_ui->presetLabel->clear();
    fill();
}

QComboBox *ImportMappingPage::comboAt(int row) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, FieldColumn));
}

QString ImportMappingPage::fieldOf(int column) const
{
    const QComboBox *combo = comboAt(column);
    return combo ? combo->currentData().toString() : QString();
}

void ImportMappingPage::setField(int column, const QString &field)
{
    if (QComboBox *combo = comboAt(column)) {
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
        changed();
    }
}

QString ImportMappingPage::problemText() const { return m_ui->missingLabel->text(); }
QString ImportMappingPage::presetMessage() const { return m_ui->presetLabel->text(); }

void ImportMappingPage::fill()
{
    if (!m_session.prepared())
        return;
    m_filling = true;
    const ImportPlan &plan = m_session.plan();
    const ImportKind kind = m_session.request().kind;
    // Another kind of file (or other columns): the choices are made anew.
    const QString shape = ImportFields::kindName(kind) + plan.headers.join(QLatin1Char('\x1f'));
    if (shape != m_shape)
        m_ui->mappingTable->setRowCount(0);
    m_shape = shape;
    m_ui->mappingTable->setRowCount(int(plan.headers.size()));
    // A few values of each column from the lines under the header.
    QList<QStringList> examples(plan.headers.size());
    for (const SourceRow &line : m_session.firstLines())
        if (line.line > plan.headerLine)
            for (int c = 0; c < plan.headers.size() && c < line.cells.size(); ++c)
                if (examples[c].size() < kExamples && !line.cells[c].isEmpty())
                    examples[c] << line.cells[c];
    for (int c = 0; c < plan.headers.size(); ++c) {
        m_ui->mappingTable->setItem(c, TitleColumn, new QTableWidgetItem(plan.headers[c]));
        m_ui->mappingTable->setItem(c, ExamplesColumn, new QTableWidgetItem(examples[c].join(QStringLiteral(" · "))));
        auto *combo = comboAt(c);
        if (!combo) {
            combo = new QComboBox(m_ui->mappingTable);
            combo->setObjectName(QStringLiteral("fieldCombo%1").arg(c));
            combo->addItem(tr("— not imported —"), QString());
            // The field's code is what libreta-cli's --map and the saved
            // layouts use: said on hover, not in every label.
            for (const ImportField &f : ImportFields::of(kind)) {
                combo->addItem(f.required ? tr("%1 (required)").arg(ImportFields::label(f.name))
                                          : ImportFields::label(f.name),
                               f.name);
                combo->setItemData(combo->count() - 1, tr("Code for libreta-cli --map: %1").arg(f.name),
                                   Qt::ToolTipRole);
            }
            connect(combo, &QComboBox::activated, this, &ImportMappingPage::changed);
            m_ui->mappingTable->setCellWidget(c, FieldColumn, combo);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(plan.mapping.field(c))));
        const bool suggested = !plan.mapping.field(c).isEmpty() && plan.mapping.field(c) == plan.suggested.field(c);
        combo->setToolTip(suggested ? tr("Suggested by the column's title") : QString());
    }
    QStringList problems;
    for (const ImportProblem &p : plan.problems)
        problems << (p.kind == ImportProblem::Kind::Mapping ? p.message
                                                             : p.message + QLatin1Char(' ') + tr("(Go back one page to choose.)"));
    problems << plan.notes;
    m_ui->missingLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->missingLabel->setVisible(!problems.isEmpty());
    m_filling = false;
    Q_EMIT completeChanged();
}

void ImportMappingPage::changed()
{
    if (m_filling || m_session.busy())
        return;
    const ImportPlan &plan = m_session.plan();
    ColumnMapping mapping(int(plan.headers.size()));
    // A field chosen twice keeps the column it was chosen for last.
    for (int c = 0; c < plan.headers.size(); ++c)
        if (!fieldOf(c).isEmpty() && fieldOf(c) != plan.mapping.field(c))
            mapping.setField(c, fieldOf(c));
    for (int c = 0; c < plan.headers.size(); ++c)
        if (!fieldOf(c).isEmpty() && fieldOf(c) == plan.mapping.field(c) && mapping.column(fieldOf(c)) < 0)
            mapping.setField(c, fieldOf(c));
    m_session.request().mapping = mapping;
    m_session.prepare();
    Q_EMIT completeChanged();
}

void ImportMappingPage::savePreset(const QString &name)
{
    try {
        ImportService(m_db, m_clock).savePreset(name, m_session.request(), m_session.plan());
        m_ui->presetLabel->setText(tr("Saved as «%1»: choose it on the first page for the next file like this one.")
                                       .arg(name.trimmed()));
    } catch (const InputError &e) {
        m_ui->presetLabel->setText(e.message());
    } catch (const store::StoreError &e) {
        m_ui->presetLabel->setText(e.message());
    }
}

void ImportMappingPage::deletePreset()
{
    const QString name = m_ui->presetEdit->text().trimmed();
    if (name.isEmpty())
        return;
    try {
        ImportService(m_db, m_clock).removePreset(name);
        m_ui->presetLabel->setText(tr("The preset «%1» was deleted.").arg(name));
    } catch (const store::StoreError &e) {
        m_ui->presetLabel->setText(e.message());
    }
}

bool ImportMappingPage::isComplete() const
{
    return m_session.prepared() && m_session.plan().ready() && !m_session.busy();
}

} // namespace libreta::ui
