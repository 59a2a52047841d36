#include "ui/activitylogdialog.h"

#include "domain/shortdate.h"
#include "store/debtorrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/activitylogmodel.h"
#include "ui_activitylogdialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScreen>

#include <algorithm>

namespace libreta::ui {

namespace {

// The log opens on the last week: what a supervisor reads each Monday. A
// debtor's own entries are few: a year of them.
constexpr int kDaysShown = 7;
constexpr int kDebtorDaysShown = 365;

} // namespace

ActivityLogDialog::ActivityLogDialog(store::Database &db, const domain::Clock &clock,
                                     std::optional<domain::Id> deskUserId, std::optional<domain::Id> debtorId,
                                     QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ActivityLogDialog>()), m_db(db), m_debtorId(debtorId),
      m_model(new ActivityLogModel(db, deskUserId, this))
{
    m_ui->setupUi(this);
    // A morning's reading: most of the screen, so the details are read
    // whole rather than one tooltip at a time.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(std::min(available.width() * 9 / 10, 1800), available.height() * 8 / 10);
    }
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_ui->errorLabel->hide();
    m_ui->emptyLabel->hide();
    m_ui->table->setModel(m_model);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Room for the details, which say the most: the names end in "…" and
    // show whole when the mouse rests on them.
    const QFontMetrics metrics = fontMetrics();
    const int margin = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    const QString when = domain::shortDateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    header->resizeSection(ActivityLogModel::When, metrics.horizontalAdvance(when) + margin);
    header->resizeSection(ActivityLogModel::Person, metrics.averageCharWidth() * 22);
    header->resizeSection(ActivityLogModel::Action, metrics.averageCharWidth() * 24);
    header->resizeSection(ActivityLogModel::Debtor, metrics.averageCharWidth() * 28);
    // Room for an Argentine or Colombian amount: "$ 38.031.389,00".
    header->resizeSection(ActivityLogModel::Amount,
                          metrics.horizontalAdvance(QStringLiteral("$ 88,888,888.88")) + margin);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);

    const QDate today = clock.today();
    m_ui->fromEdit->setDate(today.addDays(m_debtorId ? -kDebtorDaysShown : -kDaysShown));
    m_ui->toEdit->setDate(today);

    services::ActivityLog &access = m_model->access();
    QString debtorName;
    if (m_debtorId) {
        try {
            if (const auto debtor = store::DebtorRepository(m_db).byId(*m_debtorId))
                debtorName = debtor->name;
        } catch (const store::StoreError &) {
        }
        setWindowTitle(tr("Activity: %1").arg(debtorName));
        // Every line is about that debtor: its details take the room.
        m_ui->table->setColumnHidden(ActivityLogModel::Debtor, true);
    }
    if (!access.readsAnything())
        m_ui->introLabel->setText(tr("Only the office's users read its activity. Say who you are with File ▸ Who "
                                     "is working…"));
    else if (m_debtorId)
        m_ui->introLabel->setText(
            (access.readsEveryone() ? tr("What everyone recorded about %1, newest first: calls, payments, notes, "
                                         "follow-ups, and changes to the debtor and its contacts.")
                                    : tr("What you recorded about %1, newest first."))
                .arg(debtorName));
    else if (access.readsEveryone())
        m_ui->introLabel->setText(tr("What everyone recorded in the office, newest first: calls, payments, notes, "
                                     "changes to debtors, rules and users. Entries are never changed or removed."));
    else
        m_ui->introLabel->setText(tr("What you recorded in the office, newest first. Supervisors read everyone's."));
    fillChoices();

    connect(m_model, &ActivityLogModel::failed, this, [this](const QString &message) {
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &ActivityLogDialog::applyFilters);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &ActivityLogDialog::applyFilters);
    connect(m_ui->personCombo, &QComboBox::currentIndexChanged, this, &ActivityLogDialog::applyFilters);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &ActivityLogDialog::applyFilters);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityLogDialog::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogDialog::showSelection);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, [this] {
        if (const store::AuditLine *l = m_model->line(m_ui->table->currentIndex().row()); l && l->debtorId)
            Q_EMIT openDebtor(*l->debtorId);
    });
    connect(m_ui->table, &QTableView::activated, m_ui->openFileButton, &QPushButton::click);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(exportRequest()); });
    applyFilters();
}

ActivityLogDialog::~ActivityLogDialog() = default;

void ActivityLogDialog::fillChoices()
{
    services::ActivityLog &access = m_model->access();
    const QSignalBlocker quietPerson(m_ui->personCombo);
    const QSignalBlocker quietAction(m_ui->actionCombo);
    QList<domain::User> users;
    QStringList stored;
    try {
        users = store::UserRepository(m_db).all();
        stored = access.actions();
    } catch (const store::StoreError &e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
    // Everyone the office ever listed: what someone who left did stays in
    // the log, under their name.
    m_ui->personCombo->clear();
    if (access.readsEveryone()) {
        m_ui->personCombo->addItem(tr("Everyone"));
        for (const domain::User &u : users)
            m_ui->personCombo->addItem(u.active ? u.displayName : tr("%1 (left)").arg(u.displayName), u.id);
    } else if (const auto own = access.heldTo()) {
        for (const domain::User &u : users)
            if (u.id == *own)
                m_ui->personCombo->addItem(u.displayName, u.id);
    }
    m_ui->personCombo->setEnabled(access.readsEveryone());

    // The actions in the log, in the order of the ones this version writes,
    // then any other as stored.
    m_ui->actionCombo->clear();
    m_ui->actionCombo->addItem(tr("Everything"));
    QStringList ordered;
    for (const QString &code : ActivityTexts::knownActions())
        if (stored.contains(code))
            ordered << code;
    for (const QString &code : stored)
        if (!ordered.contains(code))
            ordered << code;
    for (const QString &code : ordered)
        m_ui->actionCombo->addItem(ActivityTexts::action(code), code);
}

void ActivityLogDialog::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker quietFrom(m_ui->fromEdit);
        const QSignalBlocker quietTo(m_ui->toEdit);
        m_ui->fromEdit->setDate(from);
        m_ui->toEdit->setDate(to);
    }
    applyFilters();
}

void ActivityLogDialog::choosePerson(std::optional<domain::Id> userId)
{
    const int at = userId ? m_ui->personCombo->findData(*userId) : 0;
    if (at >= 0)
        m_ui->personCombo->setCurrentIndex(at);
}

void ActivityLogDialog::chooseAction(const QString &action)
{
    const int at = action.isEmpty() ? 0 : m_ui->actionCombo->findData(action);
    if (at >= 0)
        m_ui->actionCombo->setCurrentIndex(at);
}

void ActivityLogDialog::selectRow(int row) { m_ui->table->selectRow(row); }

void ActivityLogDialog::applyFilters()
{
    m_ui->errorLabel->hide();
    store::AuditQuery query;
    // Unbounded fields (see DateField): a period typed the wrong way round,
    // or half-way through being typed, reads as the days between the two.
    query.from = std::min(m_ui->fromEdit->date(), m_ui->toEdit->date());
    query.to = std::max(m_ui->fromEdit->date(), m_ui->toEdit->date());
    const QVariant person = m_ui->personCombo->currentData();
    if (person.isValid())
        query.userId = person.toLongLong();
    query.action = m_ui->actionCombo->currentData().toString();
    query.debtorId = m_debtorId;
    m_model->setQuery(query);
    m_ui->table->scrollToTop();
    if (m_model->rowCount() > 0)
        m_ui->table->selectRow(0);
}

void ActivityLogDialog::showSelection()
{
    const store::AuditLine *l = m_model->line(m_ui->table->currentIndex().row());
    m_ui->openFileButton->setEnabled(l && l->debtorId);
    m_ui->exportButton->setEnabled(m_model->access().readsAnything() && m_model->rowCount() > 0);
    m_ui->emptyLabel->setVisible(m_model->access().readsAnything() && m_model->rowCount() == 0);
}

services::ExportRequest ActivityLogDialog::exportRequest() const
{
    services::ExportRequest request;
    request.kind = services::ExportKind::Activity;
    const auto scoped = m_model->access().scoped(m_model->query());
    if (!scoped) {
        request.agentId = 0;  // no user has id 0: someone who may read nothing exports nothing
        return request;
    }
    request.from = scoped->from;
    request.to = scoped->to;
    request.agentId = scoped->userId;
    request.action = scoped->action;
    request.debtorId = scoped->debtorId;
    return request;
}

} // namespace libreta::ui
