#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportCheckPage;
}

namespace libreta::ui {

class ImportSession;

// The first rows as they will be stored (a refused value in red, with why),
// then every row checked against the office's data on the session's thread
// (a dry run: nothing stored) with the report of refused rows by line and
// column; and what to do with refused rows: store nothing (the default), or
// store the valid ones and write the rest to a file with their reasons.
class ImportCheckPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportCheckPage() override;

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;

    void setKeepValid(bool keep, const QString &rejectsPath = {});
    void setCreateDebtors(bool create);
    QStringList report() const;
    QString checkSummary() const;
    bool checking() const;

private:
    void fillPreview();
    void onChecked();
    void chooseRejectsFile();

    std::unique_ptr<::Ui::ImportCheckPage> m_ui;
    ImportSession &m_session;
};

} // namespace libreta::ui
