#include "ui/importrunpage.h"

#include "services/importservice.h"
#include "ui/importsession.h"
#include "ui_importrunpage.h"

#include <QDir>
#include <QLocale>

namespace libreta::ui {

using namespace services;

ImportRunPage::ImportRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<::Ui::ImportRunPage>()), m_session(session)
{
    m_ui->setupUi(this);
    m_whileRunning = subTitle();
    m_ui->refusedList->hide();
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunPage::stop);
    connect(m_ui->storeValidButton, &QPushButton::clicked, this, &ImportRunPage::storeValidRows);
    connect(&m_session, &ImportSession::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setMaximum(1000);
        m_ui->progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_session, &ImportSession::finished, this, &ImportRunPage::onFinished);
    connect(&m_session, &ImportSession::busyChanged, this, [this](bool busy) {
        m_ui->cancelButton->setEnabled(busy);
        Q_EMIT completeChanged();
    });
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage() { start(); }

void ImportRunPage::storeValidRows()
{
    if (m_session.busy())
        return;
    ImportRequest &r = m_session.request();
    r.keepValid = true;
    if (r.rejectsPath.isEmpty())
        r.rejectsPath = m_session.refusedRowsPath();
    start();
}

bool ImportRunPage::offersValidRows() const { return !m_ui->storeValidButton->isHidden(); }

void ImportRunPage::start()
{
    setTitle(tr("Importing"));
    setSubTitle(m_whileRunning);
    m_ui->storeValidButton->hide();
    m_ui->cancelButton->show();
    m_ui->summaryLabel->setText(tr("Reading and storing the rows…"));
    m_ui->progressBar->setValue(0);
    m_ui->refusedList->clear();
    m_ui->refusedList->hide();
    m_session.run();
}

void ImportRunPage::stop()
{
    m_ui->summaryLabel->setText(tr("Stopping…"));
    m_session.cancel();
}

bool ImportRunPage::running() const { return m_session.busy(); }

QString ImportRunPage::summary() const { return m_ui->summaryLabel->text(); }

bool ImportRunPage::isComplete() const { return !m_session.busy(); }

void ImportRunPage::onFinished()
{
    setTitle(tr("Import finished"));
    setSubTitle(QString());  // what Stop would do is past
    m_ui->cancelButton->hide();
    const auto &result = m_session.result();
    if (!result) {
        m_ui->summaryLabel->setText(m_session.cancelled()
                                        ? tr("<b>Stopped: nothing was stored.</b>")
                                        : tr("<b>Nothing was stored.</b> %1").arg(m_session.error().toHtmlEscaped()));
        return;
    }
    m_ui->progressBar->setValue(m_ui->progressBar->maximum());
    const QLocale locale;
    const ImportPlan &plan = m_session.plan();
    for (const RowRefusal &r : result->refusals)
        for (const FieldProblem &p : r.problems)
            m_ui->refusedList->addItem(ImportService::describe(r, p, plan.headers, plan.mapping));
    m_ui->refusedList->setVisible(m_ui->refusedList->count() > 0);
    QString text;
    if (result->stored) {
        text = tr("<b>Stored.</b> %1 rows: %2 new, %3 changed, %4 already stored as they were.")
                   .arg(locale.toString(result->rows), locale.toString(result->added),
                        locale.toString(result->updated), locale.toString(result->unchanged));
        if (result->debtorsCreated > 0 && result->debtorsNamedByRef == 0)
            text += QLatin1Char(' ') + tr("%Ln debtors were created, with the names the file gives.", nullptr,
                                          int(result->debtorsCreated));
        else if (result->debtorsCreated > 0 && result->debtorsNamedByRef == result->debtorsCreated)
            text += QLatin1Char(' ') + tr("%Ln debtors were created, named by their reference until their own file "
                                          "is imported.", nullptr, int(result->debtorsCreated));
        else if (result->debtorsCreated > 0)
            text += QLatin1Char(' ') + tr("%Ln debtors were created; %1 of them have no name in the file and are named "
                                          "by their reference until their own file is imported.", nullptr,
                                          int(result->debtorsCreated))
                                           .arg(locale.toString(result->debtorsNamedByRef));
        if (result->refused > 0)
            text += QLatin1Char(' ') + tr("%Ln rows were refused and not stored.", nullptr, int(result->refused));
        if (!result->rejectsPath.isEmpty())
            text += QLatin1Char(' ') + tr("They are in %1, with the reason for each.")
                                           .arg(QDir::toNativeSeparators(result->rejectsPath).toHtmlEscaped());
        Q_EMIT stored();
    } else {
        const bool someValid = result->refused < result->rows && !result->dryRun;
        text = someValid ? tr("<b>Nothing was stored:</b> %1 of %2 rows were refused (below). Correct them in the "
                              "file and import it again, or store the valid rows now: the refused ones are written "
                              "beside the file, with the reason for each.")
                               .arg(locale.toString(result->refused), locale.toString(result->rows))
                         : tr("<b>Nothing was stored:</b> all %1 rows were refused (below). Correct them in the file "
                              "and import it again.")
                               .arg(locale.toString(result->rows));
        m_ui->storeValidButton->setVisible(someValid);
    }
    m_ui->summaryLabel->setText(text);
}

} // namespace libreta::ui
