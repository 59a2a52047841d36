#include "ui/welcomedialog.h"

#include "ui_welcomedialog.h"

#include <QCommandLinkButton>

#include <algorithm>

namespace libreta::ui {

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<::Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_ui->ownOfficeButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OwnOffice); });
    connect(m_ui->demoButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_ui->openButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::OpenFile); });
    m_ui->ownOfficeButton->setFocus();
    // A command link's description takes lines the layout's first guess
    // does not give it: the height for the dialog's width is asked for.
    resize(width(), std::max(height(), heightForWidth(width())));
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace libreta::ui
