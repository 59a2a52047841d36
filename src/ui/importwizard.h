#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QWizard>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportFormatPage;
class ImportMappingPage;
class ImportRunPage;
class ImportSession;

// File ▸ Import…: choose the file and what it holds, check how it is written
// (encoding, separator, header line, dates, decimal mark), map its columns
// (with saved presets), see the first rows as they will be stored and the
// report of every row checked, choose what happens to refused rows, and
// import with a progress bar and a cancel that stores nothing. The reading
// runs on a thread of its own with its own connection to the file.
class ImportWizard final : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CheckPageId, RunPageId };

    ImportWizard(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> userId,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportSession &session() { return *m_session; }
    ImportFilePage *filePage() const { return m_file; }
    ImportFormatPage *formatPage() const { return m_format; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportCheckPage *checkPage() const { return m_check; }
    ImportRunPage *runPage() const { return m_run; }

    void reject() override;

Q_SIGNALS:
    // Rows were stored: the lists on screen are out of date.
    void imported();

private:
    ImportSession *m_session;
    ImportFilePage *m_file;
    ImportFormatPage *m_format;
    ImportMappingPage *m_mapping;
    ImportCheckPage *m_check;
    ImportRunPage *m_run;
};

} // namespace libreta::ui
