#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportFormatPage;
}

namespace libreta::ui {

class ImportSession;

// How the file is written: encoding, separator, the line with the column
// titles, how dates and amounts are written. What was found in the file is
// selected; a question the file cannot answer (dates that read both ways)
// is asked here and the page is not complete until it is answered. Each
// change reads the file's start again.
class ImportFormatPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportFormatPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Choices as the combos offer them (tests and the mapping page use these).
    void chooseDateOrder(int order);  // domain::DateOrder
    void chooseDecimalComma(bool comma);
    QString question() const;

private:
    void fill();
    void changed();

    std::unique_ptr<::Ui::ImportFormatPage> m_ui;
    ImportSession &m_session;
    bool m_filling = false;
};

} // namespace libreta::ui
