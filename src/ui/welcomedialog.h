#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace libreta::ui {

// The very first start on a desk with no office file: start one's own
// office, try the demo, or open a file brought from elsewhere. Accepted
// with the choice made; rejected when the person closes it.
class WelcomeDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Choice { OwnOffice, Demo, OpenFile };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    std::unique_ptr<::Ui::WelcomeDialog> m_ui;
    Choice m_choice = Choice::OwnOffice;
};

} // namespace libreta::ui
