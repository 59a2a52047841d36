#include "ui/importwizard.h"

#include "store/database.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importformatpage.h"
#include "ui/importmappingpage.h"
#include "ui/importrunpage.h"
#include "ui/importsession.h"

namespace libreta::ui {

ImportWizard::ImportWizard(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> userId,
                           QWidget *parent)
    : QWizard(parent), m_session(new ImportSession(db.path(), clock, userId, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_file = new ImportFilePage(*m_session, db, clock, this);
    m_format = new ImportFormatPage(*m_session, this);
    m_mapping = new ImportMappingPage(*m_session, db, clock, this);
    m_check = new ImportCheckPage(*m_session, this);
    m_run = new ImportRunPage(*m_session, this);
    setPage(FilePageId, m_file);
    setPage(FormatPageId, m_format);
    setPage(MappingPageId, m_mapping);
    setPage(CheckPageId, m_check);
    setPage(RunPageId, m_run);
    connect(m_run, &ImportRunPage::stored, this, &ImportWizard::imported);
    resize(860, 620);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    // Closing while the file is read: the work stops and stores nothing.
    m_session->cancel();
    m_session->wait();
    QWizard::reject();
}

} // namespace libreta::ui
