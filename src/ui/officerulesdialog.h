#pragma once

#include "domain/entities.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <QMap>

#include <memory>

class QSpinBox;
class QTableWidget;

namespace Ui {
class OfficeRulesDialog;
}

namespace libreta::ui {

// Edit ▸ Office rules: grace days, the calling window, attempts in seven
// days, the largest discount and the rest between calls (the office's, and
// each segment's own where it has one), the order Next call offers
// scheduled work in, the reminders' hour, unassigned debtors.
// Saved through services::OfficeRulesService; read-only for an agent.
class OfficeRulesDialog final : public FormDialog {
    Q_OBJECT

public:
    explicit OfficeRulesDialog(const FormContext &context, QWidget *parent = nullptr);
    ~OfficeRulesDialog() override;

    bool mayChange() const { return m_mayChange; }
    // How many debtors the save moved to the new time zone.
    qint64 movedDebtors() const { return m_movedDebtors; }
    // A segment's limit field, for tests; null when the form has none.
    QSpinBox *segmentLimitSpin(const QString &segment) const { return m_segmentSpins.value(segment); }
    // A segment's rest field, for tests; null when the form has none.
    QSpinBox *segmentRestSpin(const QString &segment) const { return m_segmentRestSpins.value(segment); }
    // The order as the list shows it now.
    domain::QueueOrder queueOrder() const;
    // Moves the selected kind of work one place up (-1) or down (+1), as
    // its buttons do.
    void moveQueueStretch(int step);

protected:
    void save() override;

private:
    // A segment's spin at this value keeps the office's limit (or rest).
    static constexpr int kOfficeLimit = -1;
    QSpinBox *segmentSpin(QTableWidget *table, int row, int column, int highest, const QString &name, int value);
    void fillSegmentLimits(const QStringList &segments, const domain::OfficeSettings &settings);
    void fillQueueOrder(const domain::QueueOrder &order);
    void fillPriorityWeights(const domain::PriorityWeights &weights);
    void updateQueueOrderButtons();

    std::unique_ptr<::Ui::OfficeRulesDialog> m_ui;
    QMap<QString, QSpinBox *> m_segmentSpins;
    QMap<QString, QSpinBox *> m_segmentRestSpins;
    FormContext m_context;
    bool m_mayChange = false;
    qint64 m_movedDebtors = 0;
};

} // namespace libreta::ui
