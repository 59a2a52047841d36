#include "ui/agendaview.h"

#include "domain/shortdate.h"
#include "services/followupactions.h"
#include "services/supervision.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/agendaactions.h"
#include "ui/agendacalendar.h"
#include "ui/agendadonedialog.h"
#include "ui/agendamodel.h"
#include "ui/agendareassigndialog.h"
#include "ui/agendarescheduledialog.h"
#include "ui/compactbuttonrow.h"
#include "ui/deskuser.h"
#include "ui/itemroles.h"
#include "ui/narrowcombo.h"
#include "ui/treeitemkeys.h"
#include "ui/uisettings.h"
#include "ui_agendaview.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTimer>

#include <climits>

namespace libreta::ui {
namespace {

const QString kLayoutName = QStringLiteral("agendaTree");
constexpr int kWho = Qt::UserRole;  // whoCombo: AgendaScope::Who
constexpr int kWhoAgent = Qt::UserRole + 1;
constexpr int kPutOffOnly = -2;  // kindCombo: what was put off (-1: every kind)

} // namespace

AgendaView::AgendaView(store::Database &db, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::AgendaView>()), m_db(db), m_today(m_clock->today())
{
    m_ui->setupUi(this);
    letComboNarrow(m_ui->whoCombo, 10);
    letComboNarrow(m_ui->kindCombo, 10);
    setObjectName(QStringLiteral("agendaView"));
    m_model = new AgendaModel(db, this);
    m_ui->tree->setModel(m_model);
    new TreeItemKeys(m_ui->tree, [this](const QModelIndex &index) { return m_model->isGroup(index); });
    m_ui->tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_calendar = new AgendaCalendar(m_ui->monthPage);
    m_ui->monthLayout->insertWidget(0, m_calendar, 1);

    setUpActions();
    setUpFilters(db);

    connect(m_model, &AgendaModel::modelReset, this, &AgendaView::afterReload);
    connect(m_model, &AgendaModel::rowsInserted, this, [this] { QTimer::singleShot(0, this, &AgendaView::fetchVisible); });
    connect(m_model, &AgendaModel::failed, this, &AgendaView::statusMessage);
    connect(m_ui->tree, &QAbstractItemView::activated, this, &AgendaView::activate);
    connect(m_ui->tree->verticalScrollBar(), &QScrollBar::valueChanged, this, &AgendaView::fetchVisible);
    connect(m_ui->tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_model->isGroup(index))
            m_collapsed.insert(index.data(KindRole).toInt());
    });
    connect(m_ui->tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_model->isGroup(index))
            m_collapsed.remove(index.data(KindRole).toInt());
        QTimer::singleShot(0, this, &AgendaView::fetchVisible);
    });
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const store::AgendaItem *item = m_model->itemAt(index);
        m_selected = item ? item->followUp.id : 0;
        m_selectedRow = index.row();
        m_selectedGroup = index.parent().isValid() ? index.parent().row() : -1;
        updateActions();
    });

    connect(m_ui->todayButton, &QToolButton::clicked, this, [this] { showDay(m_today); });
    connect(m_ui->overdueButton, &QToolButton::clicked, this, [this] { showView(View::Overdue); });
    connect(m_ui->weekButton, &QToolButton::clicked, this, [this] { showView(View::NextDays); });
    connect(m_ui->monthButton, &QToolButton::clicked, this, [this] { showView(View::Month); });
    connect(m_ui->previousDayButton, &QToolButton::clicked, this, [this] { showDay(m_ui->dateEdit->date().addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this, [this] { showDay(m_ui->dateEdit->date().addDays(1)); });
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (m_view == View::Today && day != m_model->day())
            showDay(day);
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &AgendaView::loadMonthCounts);
    connect(m_calendar, &QCalendarWidget::activated, this, &AgendaView::showDay);
    connect(m_calendar, &QCalendarWidget::clicked, this, &AgendaView::showDay);

    QHeaderView *header = m_ui->tree->header();
    const QByteArray state = UiSettings().headerState(kLayoutName);
    if (state.isEmpty() || !header->restoreState(state)) {
        const int widths[] = {210, 250, 110, 140, 400, 160, 150};
        for (int column = 0; column < AgendaModel::ColumnCount; ++column)
            header->resizeSection(column, widths[column]);
    }
    m_ui->dateEdit->setDate(m_today);
    updateTexts();
    updateActions();
    // Nothing is read yet: the agenda reads its day when first shown, or
    // when the window asks once it has painted (ensureLoaded), so a desk
    // that opens on the portfolio paints without waiting for it.
}

void AgendaView::ensureLoaded()
{
    if (!m_loaded)
        showView(m_view);
}

AgendaModel *AgendaView::model()
{
    ensureLoaded();
    return m_model;
}

AgendaView::~AgendaView() { saveLayout(); }

void AgendaView::setUpActions()
{
    m_actions = new AgendaActions(this);
    m_ui->openButton->setDefaultAction(m_actions->openFile);
    m_ui->callButton->setDefaultAction(m_actions->startCall);
    m_ui->doneButton->setDefaultAction(m_actions->done);
    m_ui->rescheduleButton->setDefaultAction(m_actions->reschedule);
    m_ui->reassignButton->setDefaultAction(m_actions->reassign);
    m_ui->printButton->setDefaultAction(m_actions->printSheet);
    m_ui->pdfButton->setDefaultAction(m_actions->saveSheet);
    // Icons only where the words do not fit (a small screen).
    new CompactButtonRow(m_ui->actionsRow, {m_ui->openButton, m_ui->callButton, m_ui->doneButton,
                                            m_ui->rescheduleButton, m_ui->reassignButton, m_ui->printButton,
                                            m_ui->pdfButton});
    m_ui->tree->addActions(m_actions->itemActions());

    connect(m_actions->openFile, &QAction::triggered, this, [this] {
        if (const store::AgendaItem *item = currentItem())
            Q_EMIT debtorActivated(item->followUp.debtorId);
    });
    connect(m_actions->startCall, &QAction::triggered, this, [this] {
        if (const store::AgendaItem *item = currentItem())
            Q_EMIT startCallRequested(item->followUp.debtorId);
    });
    connect(m_actions->done, &QAction::triggered, this, &AgendaView::markDone);
    connect(m_actions->reschedule, &QAction::triggered, this, &AgendaView::reschedule);
    connect(m_actions->reassign, &QAction::triggered, this, &AgendaView::reassign);
    connect(m_actions->printSheet, &QAction::triggered, this, &AgendaView::printDaySheet);
    connect(m_actions->saveSheet, &QAction::triggered, this, &AgendaView::chooseDaySheetFile);
}

void AgendaView::setUpFilters(store::Database &db)
{
    fillWhoChoices(db);
    connect(m_ui->whoCombo, &QComboBox::currentIndexChanged, this, &AgendaView::applyWho);

    m_ui->kindCombo->addItem(tr("All kinds"), -1);
    for (const domain::AgendaGroup group : domain::agendaGroupsIn(store::SettingsRepository(db).queueOrder()))
        m_ui->kindCombo->addItem(domain::agendaGroupLabel(group), int(group));
    // Last, what was put off, whatever its kind: where the Panel's
    // follow-through counts it, the items themselves.
    m_ui->kindCombo->addItem(tr("Put off, any kind"), kPutOffOnly);
    m_ui->kindCombo->setItemData(m_ui->kindCombo->count() - 1,
                                 tr("The tasks and call-backs moved to a later day once their day had come"),
                                 Qt::ToolTipRole);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int group = m_ui->kindCombo->currentData().toInt();
        if (group == kPutOffOnly)
            m_model->setPutOffOnly();
        else
            m_model->setGroupFilter(group < 0 ? std::nullopt : std::optional(domain::AgendaGroup(group)));
        // The month's counts follow (the model's scope holds the filter).
        if (m_view == View::Month)
            loadMonthCounts();
    });
}

void AgendaView::fillWhoChoices(store::Database &db)
{
    // Whoever says they are at the desk (File ▸ Who is working) is matched
    // against the office's users. An agent starts on their own agenda; a
    // supervisor, or a desk the office does not list, on everyone's.
    std::optional<domain::User> deskUser;
    try {
        m_users = store::UserRepository(db).all();
        m_deskUserId = DeskUser::id(db);
        if (m_deskUserId)
            deskUser = store::UserRepository(db).byId(*m_deskUserId);
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
    m_maySupervise = services::maySupervise(db, m_deskUserId);
    using Who = store::AgendaScope::Who;
    const QSignalBlocker quiet(m_ui->whoCombo);
    m_ui->whoCombo->clear();
    auto addWho = [this](const QString &text, Who who, domain::Id agent = 0) {
        m_ui->whoCombo->addItem(text);
        m_ui->whoCombo->setItemData(m_ui->whoCombo->count() - 1, int(who), kWho);
        m_ui->whoCombo->setItemData(m_ui->whoCombo->count() - 1, QVariant::fromValue<qint64>(agent), kWhoAgent);
    };
    if (deskUser)
        addWho(tr("My agenda"), Who::Agent, deskUser->id);
    addWho(tr("Everyone"), Who::Everyone);
    addWho(tr("Nobody yet (whoever takes it)"), Who::Unassigned);
    for (const domain::User &u : std::as_const(m_users))
        if (u.active && (!deskUser || u.id != deskUser->id))
            addWho(u.displayName, Who::Agent, u.id);
    m_ui->whoCombo->setCurrentIndex(deskUser && deskUser->role == domain::UserRole::Agent ? 0
                                    : deskUser                                           ? 1
                                                                                         : 0);
    m_model->setWho(Who(m_ui->whoCombo->currentData(kWho).toInt()), m_ui->whoCombo->currentData(kWhoAgent).toLongLong());
}

void AgendaView::deskUserChanged()
{
    fillWhoChoices(m_db);
    if (m_view == View::Month)
        loadMonthCounts();
    updateActions();
}

void AgendaView::applyWho()
{
    const auto who = store::AgendaScope::Who(m_ui->whoCombo->currentData(kWho).toInt());
    const domain::Id agent = m_ui->whoCombo->currentData(kWhoAgent).toLongLong();
    m_model->setWho(who, agent);
    if (m_view == View::Month)
        loadMonthCounts();
}

void AgendaView::setClock(const domain::Clock &clock)
{
    m_clock = &clock;
    setToday(clock.today());
}

void AgendaView::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    if (!m_loaded) {
        m_today = today;
        const QSignalBlocker quiet(m_ui->dateEdit);  // nothing is read until shown
        m_ui->dateEdit->setDate(today);
        return;
    }
    const bool onToday = m_view == View::Today && m_model->day() == m_today;
    m_today = today;
    if (m_view == View::Today && !onToday)
        return;  // someone looking at another day keeps it
    if (m_view == View::Today)
        showDay(today);
    else
        showView(m_view);
}

void AgendaView::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_loaded = true;
    m_view = View::Today;
    m_ui->pages->setCurrentWidget(m_ui->listPage);
    {
        const QSignalBlocker block(m_ui->dateEdit);
        m_ui->dateEdit->setDate(day);
    }
    m_model->setDay(day);
}

void AgendaView::showView(View view)
{
    m_loaded = true;
    m_view = view;
    switch (view) {
    case View::Today: showDay(m_today); return;
    case View::Overdue: m_model->setRange(AgendaModel::Range::Overdue, m_today); break;
    case View::NextDays: m_model->setRange(AgendaModel::Range::NextDays, m_today); break;
    case View::Month:
        m_calendar->setSelectedDate(m_ui->dateEdit->date());
        loadMonthCounts();
        break;
    }
    m_ui->pages->setCurrentWidget(view == View::Month ? m_ui->monthPage : m_ui->listPage);
    updateTexts();
    updateActions();
}

bool AgendaView::showOverdueOf(domain::Id agentId)
{
    using Who = store::AgendaScope::Who;
    const Who wanted = agentId == 0 ? Who::Unassigned : Who::Agent;
    for (int i = 0; i < m_ui->whoCombo->count(); ++i) {
        if (Who(m_ui->whoCombo->itemData(i, kWho).toInt()) != wanted ||
            m_ui->whoCombo->itemData(i, kWhoAgent).toLongLong() != agentId)
            continue;
        m_ui->whoCombo->setCurrentIndex(i);  // applyWho reads whose
        showView(View::Overdue);
        return true;
    }
    return false;
}

void AgendaView::focusList()
{
    ensureLoaded();
    QTreeView *tree = m_ui->tree;
    if (!tree->currentIndex().isValid()) {
        const QModelIndex group = m_model->index(0, 0);
        const QModelIndex first = m_model->rowCount(group) > 0 ? m_model->index(0, 0, group) : group;
        if (first.isValid())
            tree->setCurrentIndex(first);
    }
    tree->setFocus(Qt::ShortcutFocusReason);
}

void AgendaView::reload()
{
    if (!m_loaded)
        return;  // read when first shown
    if (m_view == View::Month)
        loadMonthCounts();
    else
        m_model->reload();
}

void AgendaView::showEvent(QShowEvent *event)
{
    if (!event->spontaneous()) {
        if (m_loaded)
            reload();
        else
            ensureLoaded();
    }
    QWidget::showEvent(event);
}

void AgendaView::saveLayout() const
{
    UiSettings().setHeaderState(kLayoutName, m_ui->tree->header()->saveState());
}

void AgendaView::afterReload()
{
    // Group rows read across the whole width; groups open unless folded.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_ui->tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_ui->tree->setExpanded(group, !m_collapsed.contains(group.data(KindRole).toInt()));
    }
    // The selection stays on the same item, or the row that took its place;
    // else the first item, so Enter works at once.
    if (!(m_selected && selectItem(m_selected))) {
        const int groupRow = m_selectedGroup >= 0 && m_selectedGroup < m_model->rowCount() ? m_selectedGroup : 0;
        const QModelIndex group = m_model->index(groupRow, 0);
        const int rows = m_model->rowCount(group);
        if (rows > 0)
            m_ui->tree->setCurrentIndex(m_model->index(std::clamp(m_selectedRow, 0, rows - 1), 0, group));
    }
    updateTexts();
    updateActions();
    QTimer::singleShot(0, this, &AgendaView::fetchVisible);
}

void AgendaView::fetchVisible()
{
    // QTreeView fetches more only for the last group; a group in the middle
    // whose loaded rows end on screen gets its next page here.
    const int height = m_ui->tree->viewport()->height();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        if (!m_ui->tree->isExpanded(group) || !m_model->canFetchMore(group))
            continue;
        const int rows = m_model->rowCount(group);
        const QRect last = m_ui->tree->visualRect(m_model->index(rows - 1, 0, group));
        if (last.isValid() && last.top() < height)
            m_model->fetchMore(group);
    }
}

void AgendaView::updateTexts()
{
    const QLocale locale;
    QString title;
    QString empty;
    switch (m_view) {
    case View::Today: {
        const QDate day = m_model->day();
        const QString date = locale.toString(day, QLocale::LongFormat);
        // A heading of its own starts with a capital ("Martes, 8 de…"),
        // though Spanish writes the weekday in lower case mid-sentence.
        title = day == m_today ? tr("Today, %1").arg(date) : locale.toUpper(date.left(1)) + date.mid(1);
        empty = tr("Nothing is due on this day.");
        if (m_model->earlierCount() > 0)
            empty += QLatin1Char(' ') + tr("%Ln item(s) still open from earlier days: see Overdue.", nullptr,
                                           int(std::min<qint64>(m_model->earlierCount(), INT_MAX)));
        break;
    }
    case View::Overdue:
        title = tr("Still open from before %1").arg(domain::shortDate(m_today, locale));
        empty = tr("Nothing is left open from earlier days.");
        break;
    case View::NextDays:
        title = tr("From %1 to %2")
                    .arg(domain::shortDate(m_today.addDays(1), locale),
                         domain::shortDate(m_today.addDays(AgendaModel::kNextDays), locale));
        empty = tr("Nothing is scheduled for the next seven days.");
        break;
    case View::Month: title = tr("Month"); break;
    }
    // An agenda holds what was agreed or scheduled; a new office has none
    // of it while its customers owe overdue money. Where to go is said.
    if (m_view == View::Today || m_view == View::Overdue)
        empty += QStringLiteral("\n\n") +
                 tr("The agenda holds what was agreed with debtors or scheduled. To call those who owe, "
                    "Work ▸ Next call (F6) offers them one by one, by priority; the portfolio's Aging filter "
                    "lists them.");
    const bool putOffOnly = m_model->scope().putOffOnly;
    if (putOffOnly)  // not "nothing is due": the filter hides the rest
        empty = tr("Nothing open here was put off. Choose another kind to see the rest.");
    m_ui->titleLabel->setText(title);
    const qint64 total = m_model->total();
    QString counts = putOffOnly ? tr("%1 open and put off").arg(locale.toString(total))
                                : tr("%1 open").arg(locale.toString(total));
    if (m_view == View::Today && m_model->earlierCount() > 0)
        counts += tr(" · %1 still open from earlier days").arg(locale.toString(m_model->earlierCount()));
    m_ui->countLabel->setText(m_view == View::Month ? QString() : counts);
    m_ui->emptyLabel->setText(empty);
    m_ui->tree->setVisible(total > 0);
    m_ui->emptyLabel->setVisible(total == 0 && m_view != View::Month);

    m_ui->todayButton->setChecked(m_view == View::Today);
    m_ui->overdueButton->setChecked(m_view == View::Overdue);
    m_ui->weekButton->setChecked(m_view == View::NextDays);
    m_ui->monthButton->setChecked(m_view == View::Month);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->previousDayButton, m_ui->dateEdit, m_ui->nextDayButton})
        w->setEnabled(m_view == View::Today);
}

void AgendaView::updateActions()
{
    const bool item = currentItem() != nullptr && m_view != View::Month;
    for (QAction *a : {m_actions->openFile, m_actions->startCall, m_actions->done, m_actions->reschedule})
        a->setEnabled(item);
    m_actions->reassign->setEnabled(item && m_maySupervise);
    m_actions->reassign->setVisible(m_maySupervise);
    m_ui->reassignButton->setVisible(m_maySupervise);  // a button keeps its place for a hidden action
    const bool day = m_view == View::Today || m_view == View::Month;
    m_actions->printSheet->setEnabled(day);
    m_actions->saveSheet->setEnabled(day);
}

const store::AgendaItem *AgendaView::currentItem() const
{
    return m_model->itemAt(m_ui->tree->currentIndex());
}

bool AgendaView::selectItem(domain::Id followUpId)
{
    ensureLoaded();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(group); ++child) {
            const QModelIndex index = m_model->index(child, 0, group);
            if (index.data(IdRole).toLongLong() == followUpId) {
                m_ui->tree->setCurrentIndex(index);
                m_ui->tree->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

void AgendaView::activate(const QModelIndex &index)
{
    if (m_model->isGroup(index)) {
        m_ui->tree->setExpanded(index, !m_ui->tree->isExpanded(index));
        return;
    }
    const QVariant debtor = index.data(DebtorIdRole);
    if (debtor.isValid())
        Q_EMIT debtorActivated(debtor.toLongLong());
}

QDialog *AgendaView::openForm(QDialog *dialog, domain::Id debtorId)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, debtorId] {
        m_model->reload();
        Q_EMIT debtorChanged(debtorId);
    });
    dialog->open();
    return dialog;
}

QDialog *AgendaView::markDone()
{
    const store::AgendaItem *item = currentItem();
    if (!item)
        return nullptr;
    const AgendaTexts texts(m_model->money());
    return openForm(new AgendaDoneDialog(FormContext{m_db, *m_clock, m_deskUserId}, *item, texts.summary(*item), this),
                    item->followUp.debtorId);
}

QDialog *AgendaView::reschedule()
{
    const store::AgendaItem *item = currentItem();
    if (!item)
        return nullptr;
    const AgendaTexts texts(m_model->money());
    return openForm(
        new AgendaRescheduleDialog(FormContext{m_db, *m_clock, m_deskUserId}, *item, texts.summary(*item), this),
        item->followUp.debtorId);
}

QDialog *AgendaView::reassign()
{
    const store::AgendaItem *item = currentItem();
    if (!item || !m_maySupervise)
        return nullptr;
    const AgendaTexts texts(m_model->money());
    return openForm(new AgendaReassignDialog(FormContext{m_db, *m_clock, m_deskUserId}, *item, texts.summary(*item),
                                             m_users, this),
                    item->followUp.debtorId);
}

void AgendaView::loadMonthCounts()
{
    store::AgendaScope scope = m_model->scope();
    scope.from = m_calendar->firstShown();
    scope.to = m_calendar->lastShown();
    try {
        m_calendar->setCounts(store::AgendaRepository(m_db).countsPerDay(scope));
    } catch (const store::StoreError &e) {
        m_calendar->setCounts({});
        Q_EMIT statusMessage(e.message());
    }
}

} // namespace libreta::ui
