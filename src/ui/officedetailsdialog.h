#pragma once

#include "services/documentservice.h"
#include "ui/formcontext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OfficeDetailsDialog;
}

namespace libreta::ui {

// The office's name and details as every letter's header shows them, and
// how debtors pay. Saved in the office's file (DocumentService).
class OfficeDetailsDialog final : public QDialog {
    Q_OBJECT

public:
    OfficeDetailsDialog(const FormContext &context, QWidget *parent = nullptr);
    ~OfficeDetailsDialog() override;

    void setDetails(const services::OfficeDetails &details);
    void accept() override;
    QString errorText() const;

private:
    std::unique_ptr<::Ui::OfficeDetailsDialog> m_ui;
    FormContext m_context;
    bool m_mayChange = false;
};

} // namespace libreta::ui
