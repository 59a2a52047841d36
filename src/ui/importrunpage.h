#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportRunPage;
}

namespace libreta::ui {

class ImportSession;

// The import itself, on the session's thread: a progress bar by bytes read,
// a button that stops it (nothing is stored), and what happened.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportRunPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void stop();
    // After an all-or-nothing import refused some rows and stored nothing:
    // the same file again, storing the valid rows and writing the refused
    // ones beside it, without going through the wizard again.
    void storeValidRows();
    bool offersValidRows() const;
    QString summary() const;
    bool running() const;

Q_SIGNALS:
    void stored();

private:
    void onFinished();

    void start();

    std::unique_ptr<::Ui::ImportRunPage> m_ui;
    ImportSession &m_session;
    QString m_whileRunning;  // the subtitle while it runs: what Stop does
};

} // namespace libreta::ui
