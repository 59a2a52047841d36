#include "ui/agendaview.h"

#include "ui/agendamodel.h"
#include "ui/itemroles.h"
#include "ui/uisettings.h"
#include "ui_agendaview.h"

#include <QHeaderView>
#include <QLocale>

namespace libreta::ui {
namespace {
const QString kLayoutName = QStringLiteral("agenda");
constexpr int kWidestDebtorColumn = 360;
} // namespace

AgendaView::AgendaView(store::Database &db, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::AgendaView>())
{
    m_ui->setupUi(this);
    m_model = new AgendaModel(db, this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_model, &AgendaModel::reloaded, this, &AgendaView::updateTexts);
    connect(m_model, &AgendaModel::failed, this, &AgendaView::statusMessage);
    connect(m_ui->table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant debtor = index.data(DebtorIdRole);
        if (debtor.isValid())
            Q_EMIT debtorActivated(debtor.toLongLong());
    });

    QHeaderView *header = m_ui->table->horizontalHeader();
    const QByteArray state = UiSettings().headerState(kLayoutName);
    if (state.isEmpty() || !header->restoreState(state)) {
        m_ui->table->resizeColumnsToContents();
        if (header->sectionSize(AgendaModel::Debtor) > kWidestDebtorColumn)
            header->resizeSection(AgendaModel::Debtor, kWidestDebtorColumn);
    }
    updateTexts();
}

AgendaView::~AgendaView() { saveLayout(); }

void AgendaView::reload() { m_model->reload(); }

void AgendaView::saveLayout() const
{
    UiSettings().setHeaderState(kLayoutName, m_ui->table->horizontalHeader()->saveState());
}

void AgendaView::updateTexts()
{
    const QLocale locale;
    m_ui->titleLabel->setText(tr("Agenda for %1").arg(locale.toString(m_model->day(), QLocale::LongFormat)));
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    m_ui->countLabel->setText(tr("Due today: %1 · Still open from earlier days: %2")
                                  .arg(locale.toString(total - overdue), locale.toString(overdue)));
    m_ui->table->setVisible(total > 0);
    m_ui->emptyLabel->setVisible(total == 0);
}

} // namespace libreta::ui
