#include "ui/whoisworkingdialog.h"

#include "domain/labels.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/deskuser.h"
#include "ui_whoisworkingdialog.h"

#include <QPushButton>

namespace libreta::ui {

WhoIsWorkingDialog::WhoIsWorkingDialog(store::Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::WhoIsWorkingDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    QList<domain::User> users;
    try {
        users = store::UserRepository(db).all();
    } catch (const store::StoreError &e) {
        m_ui->explanation->setText(e.message());
    }
    const auto current = DeskUser::current(db);
    for (const domain::User &user : users) {
        if (!user.active)
            continue;
        m_ui->userCombo->addItem(tr("%1 (%2)").arg(user.displayName, domain::label(user.role)), user.login);
        if (current && current->id == user.id)
            m_ui->userCombo->setCurrentIndex(m_ui->userCombo->count() - 1);
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ui->userCombo->count() > 0);
}

WhoIsWorkingDialog::~WhoIsWorkingDialog() = default;

void WhoIsWorkingDialog::accept()
{
    DeskUser::choose(m_db, m_ui->userCombo->currentData().toString());
    QDialog::accept();
}

} // namespace libreta::ui
