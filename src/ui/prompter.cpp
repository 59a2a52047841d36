#include "ui/prompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace libreta::ui {
namespace {

std::unique_ptr<Prompter> &installed()
{
    static std::unique_ptr<Prompter> prompter;
    return prompter;
}

} // namespace

bool Prompter::confirmDiscard(QWidget *parent, const QString &text, const QString &goOn)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), text, QMessageBox::NoButton, parent);
    QPushButton *discard = goOn.isEmpty() ? box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole)
                                          : box.addButton(goOn, QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &goOn)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(goOn, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void Prompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void Prompter::showInfo(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

Prompter &Prompter::instance()
{
    static Prompter messageBoxes;
    return installed() ? *installed() : messageBoxes;
}

void Prompter::install(std::unique_ptr<Prompter> prompter)
{
    installed() = std::move(prompter);
}

} // namespace libreta::ui
