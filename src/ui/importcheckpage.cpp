#include "ui/importcheckpage.h"

#include "services/importservice.h"
#include "ui/filedialogs.h"
#include "ui/importsession.h"
#include "ui_importcheckpage.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>

namespace libreta::ui {

using namespace services;

namespace {
const QColor kRefused(0xfd, 0xe0, 0xe0);
constexpr int kMaxColumnWidth = 220;
}

ImportCheckPage::ImportCheckPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<::Ui::ImportCheckPage>()), m_session(session)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_ui->checkProgress->hide();
    m_ui->rejectsEdit->setEnabled(false);
    m_ui->rejectsBrowseButton->setEnabled(false);
    connect(m_ui->keepValidRadio, &QRadioButton::toggled, m_ui->rejectsEdit, &QWidget::setEnabled);
    connect(m_ui->keepValidRadio, &QRadioButton::toggled, m_ui->rejectsBrowseButton, &QWidget::setEnabled);
    connect(m_ui->rejectsBrowseButton, &QPushButton::clicked, this, &ImportCheckPage::chooseRejectsFile);
    connect(m_ui->createDebtorsCheck, &QCheckBox::toggled, this, [this](bool create) {
        // Whether the missing debtors are created changes what is refused.
        m_session.request().createDebtors = create;
        if (isVisible() && !m_session.busy())
            m_session.check();
    });
    connect(&m_session, &ImportSession::checked, this, &ImportCheckPage::onChecked);
    connect(&m_session, &ImportSession::progress, this, [this](qint64 done, qint64 total) {
        m_ui->checkProgress->setMaximum(1000);
        m_ui->checkProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_session, &ImportSession::busyChanged, this, [this](bool busy) {
        m_ui->checkProgress->setVisible(busy);
        Q_EMIT completeChanged();
    });
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage()
{
    const ImportRequest &r = m_session.request();
    m_ui->createDebtorsCheck->setVisible(r.kind == ImportKind::Invoices);
    if (m_ui->rejectsEdit->text().isEmpty()) {
        m_ui->rejectsEdit->setText(QDir::toNativeSeparators(m_session.refusedRowsPath()));
    }
    fillPreview();
    m_ui->reportList->clear();
    m_ui->checkLabel->setText(tr("Checking every row…"));
    m_session.check();
}

void ImportCheckPage::cleanupPage()
{
    m_session.cancel();
    m_session.wait();
}

void ImportCheckPage::fillPreview()
{
    const auto &rows = m_session.preview();
    const ImportKind kind = m_session.request().kind;
    QStringList fields;
    if (!rows.isEmpty())
        for (const auto &cell : rows.first().cells)
            fields << cell.field;
    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(int(fields.size()));
    QStringList titles;
    for (const QString &f : fields)
        titles << ImportFields::label(f);
    m_ui->previewTable->setHorizontalHeaderLabels(titles);
    m_ui->previewTable->setRowCount(int(rows.size()));
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        lines << tr("Line %1").arg(rows[r].line);
        for (int c = 0; c < rows[r].cells.size() && c < fields.size(); ++c) {
            const auto &cell = rows[r].cells[c];
            auto *item = new QTableWidgetItem(cell.value);
            if (cell.refused || !rows[r].shapeProblem.isEmpty()) {
                item->setBackground(kRefused);
                item->setToolTip(cell.refused ? cell.value : rows[r].shapeProblem);
            }
            m_ui->previewTable->setItem(r, c, item);
        }
    }
    m_ui->previewTable->setVerticalHeaderLabels(lines);
    // A refused value shows why in its cell: the whole reason is in its tip,
    // the column stays narrow enough to see the others.
    m_ui->previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_ui->previewTable->columnCount(); ++c)
        m_ui->previewTable->setColumnWidth(c, std::min(m_ui->previewTable->columnWidth(c), kMaxColumnWidth));
    Q_UNUSED(kind);
}

void ImportCheckPage::onChecked()
{
    fillPreview();  // read again with the check: the file may have been corrected
    m_ui->reportList->clear();
    const auto &check = m_session.checkResult();
    if (!check) {
        m_ui->checkLabel->setText(m_session.cancelled() ? tr("The check was stopped.") : m_session.error());
        return;
    }
    const QLocale locale;
    const ImportPlan &plan = m_session.plan();
    for (const RowRefusal &r : check->refusals)
        for (const FieldProblem &p : r.problems)
            m_ui->reportList->addItem(ImportService::describe(r, p, plan.headers, plan.mapping));
    if (check->refused == 0)
        m_ui->checkLabel->setText(tr("All %1 rows can be imported: %2 new, %3 changed, %4 already stored as they are.")
                                      .arg(locale.toString(check->rows), locale.toString(check->added),
                                           locale.toString(check->updated), locale.toString(check->unchanged)));
    else
        m_ui->checkLabel->setText(tr("%1 of %2 rows would be refused; the reasons, by line and column, are below. "
                                     "The others: %3 new, %4 changed, %5 already stored.")
                                      .arg(locale.toString(check->refused), locale.toString(check->rows),
                                           locale.toString(check->added), locale.toString(check->updated),
                                           locale.toString(check->unchanged)));
    if (check->refused > check->refusals.size())
        m_ui->reportList->addItem(tr("… and %1 more.").arg(locale.toString(check->refused - check->refusals.size())));
}

void ImportCheckPage::chooseRejectsFile()
{
    const QString path = FileDialogs::saveFile(this, tr("Refused rows"), m_ui->rejectsEdit->text(),
                                               tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_ui->rejectsEdit->setText(QDir::toNativeSeparators(path));
}

void ImportCheckPage::setKeepValid(bool keep, const QString &rejectsPath)
{
    (keep ? m_ui->keepValidRadio : m_ui->allOrNothingRadio)->setChecked(true);
    if (!rejectsPath.isEmpty())
        m_ui->rejectsEdit->setText(rejectsPath);
}

void ImportCheckPage::setCreateDebtors(bool create) { m_ui->createDebtorsCheck->setChecked(create); }

QStringList ImportCheckPage::report() const
{
    QStringList out;
    for (int i = 0; i < m_ui->reportList->count(); ++i)
        out << m_ui->reportList->item(i)->text();
    return out;
}

QString ImportCheckPage::checkSummary() const { return m_ui->checkLabel->text(); }

bool ImportCheckPage::checking() const { return m_session.busy(); }

bool ImportCheckPage::validatePage()
{
    // The check is advice: importing does not wait for it to finish.
    m_session.cancel();
    m_session.wait();
    ImportRequest &r = m_session.request();
    r.keepValid = m_ui->keepValidRadio->isChecked();
    r.rejectsPath = r.keepValid ? QDir::fromNativeSeparators(m_ui->rejectsEdit->text().trimmed()) : QString();
    r.createDebtors = r.kind == ImportKind::Invoices && m_ui->createDebtorsCheck->isChecked();
    return true;
}

} // namespace libreta::ui
