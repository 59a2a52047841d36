#pragma once

#include "domain/clock.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportFilePage;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ImportSession;

// The file and what it holds (debtors, contacts, invoices, payments), and
// a saved preset to read it with. Next reads the file's start on the
// session's thread and moves on when it is read.
class ImportFilePage final : public QWizardPage {
    Q_OBJECT

public:
    ImportFilePage(ImportSession &session, store::Database &db, const domain::Clock &clock,
                   QWidget *parent = nullptr);
    ~ImportFilePage() override;

    void setFile(const QString &path);
    void setKind(int kind);  // services::ImportKind
    void setPreset(const QString &name);
    QString errorText() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillPresets();
    void chooseFile();
    void onPrepared();

    std::unique_ptr<::Ui::ImportFilePage> m_ui;
    ImportSession &m_session;
    store::Database &m_db;
    const domain::Clock &m_clock;
    bool m_advancing = false;  // Next was pressed and the file is being read
    QString m_preparedKey;     // what the plan in the session was prepared for
};

} // namespace libreta::ui
