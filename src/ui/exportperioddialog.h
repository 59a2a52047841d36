#pragma once

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ExportPeriodDialog;
}

namespace libreta::ui {

// Which days an export of calls or payments covers, asked before where to
// save it: a supervisor's report to the office's client is a month's, not
// every payment since the office began. This month to start with; "All"
// writes everything, as before.
class ExportPeriodDialog final : public QDialog {
    Q_OBJECT

public:
    enum Period { ThisMonth, LastMonth, LastSevenDays, Everything, OtherDays };

    ExportPeriodDialog(const QDate &today, const QString &what, QWidget *parent = nullptr);
    ~ExportPeriodDialog() override;

    void setPeriod(Period period);
    // Empty for every day ("All"). Days typed the wrong way round are put
    // in order.
    std::optional<QDate> from() const;
    std::optional<QDate> to() const;

private:
    void showPeriod();

    std::unique_ptr<::Ui::ExportPeriodDialog> m_ui;
    QDate m_today;
};

} // namespace libreta::ui
