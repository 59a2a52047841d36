#include "ui/portfolioview.h"

#include "store/portfoliorepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/figurecolumns.h"
#include "ui/itemroles.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/uisettings.h"
#include "ui_portfolioview.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace libreta::ui {
namespace {

constexpr int kFitRows = 40;
const QString kLayoutName = QStringLiteral("portfolio");
constexpr int kWidestNameColumn = 190;
constexpr int kWidestAgentColumn = 125;
constexpr int kNarrowestSavedNameColumn = 100;
constexpr int kWidestFigureColumn = 170;
} // namespace

PortfolioView::PortfolioView(store::Database &db, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::PortfolioView>()), m_db(db)
{
    m_ui->setupUi(this);
    m_model = new PortfolioModel(db, this);
    m_ui->table->setModel(m_model);

    m_ui->searchEdit->setPlaceholderText(tr("Search by name, reference, tax id, phone or invoice…"));

    m_filterBar = new PortfolioFilterBar(this);
    m_ui->layout->insertWidget(1, m_filterBar);
    addAction(m_filterBar->clearAction());
    loadFilterChoices(db);
    connect(m_filterBar, &PortfolioFilterBar::filtersChanged, this, &PortfolioView::applyFilters);

    // The search runs on the event loop's next turn, not at each change of
    // the text: keys already waiting (a fast typist, a paste, a held key)
    // make one search. It waits for no pause in typing: a page is found in a
    // few milliseconds even at a million debtors, and a pause is what a
    // person at the keyboard sees (150 ms until 2026-12-02; performance.md).
    m_pendingSearch.setSingleShot(true);
    m_pendingSearch.setInterval(0);
    connect(&m_pendingSearch, &QTimer::timeout, this, &PortfolioView::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_pendingSearch, qOverload<>(&QTimer::start));
    // Enter or Down leaves the search box for the results, first one
    // selected, so a second Enter opens it: no mouse between search and file.
    // Enter on a search that found one debtor (a reference, a phone) opens
    // their file at once: there is nothing to choose.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        focusResults();
        if (m_model->rowCount() == 1 && !m_model->canFetchMore({}))
            Q_EMIT m_ui->table->activated(m_model->index(0, PortfolioModel::Name));
    });
    m_ui->searchEdit->installEventFilter(this);

    connect(m_model, &PortfolioModel::summaryChanged, this, &PortfolioView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortfolioView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PortfolioView::updateEmptyState);
    connect(m_ui->clearSearchButton, &QPushButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        applySearch();
        focusSearch();
    });
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, m_filterBar, &PortfolioFilterBar::clear);
    connect(m_model, &PortfolioModel::failed, this, &PortfolioView::statusMessage);

    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSortIndicator(PortfolioModel::Name, Qt::AscendingOrder);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    restoreLayout();
    // The first fit (or the saved layout) saw other rows than a new sort,
    // search or page may bring: a larger balance must not show cut. Once
    // the rows are in and laid out, in one pass for a burst of changes.
    m_figuresCheck.setSingleShot(true);
    m_figuresCheck.setInterval(0);
    connect(&m_figuresCheck, &QTimer::timeout, this, [this] {
        // Columns fitted to an empty office (a title's width: "Bazar …"
        // seven times over) are fitted again to its first debtors.
        if (m_fitWhenRowsCome && m_model->rowCount() > 0) {
            m_fitWhenRowsCome = false;
            fitColumns();
        }
        showFiguresWhole(m_ui->table, kWidestFigureColumn);
    });
    connect(m_model, &QAbstractItemModel::modelReset, &m_figuresCheck, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_figuresCheck, qOverload<>(&QTimer::start));
    m_ui->table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &PortfolioView::keepSortIndicatorOnSortableColumn);
    updateSummary();
    updateEmptyState();
}

void PortfolioView::setStartActions(QAction *newDebtor, QAction *import)
{
    m_newDebtor = newDebtor;
    m_import = import;
    const std::pair<QPushButton *, QAction *> buttons[] = {{m_ui->newDebtorButton, newDebtor},
                                                           {m_ui->importButton, import}};
    for (const auto &[button, action] : buttons) {
        // The action's words without its menu mnemonic, which could clash
        // with the filter bar's.
        button->setText(action->text().remove(QLatin1Char('&')));
        button->setIcon(action->icon());
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        button->setToolTip(keys.isEmpty() ? action->toolTip() : QStringLiteral("%1 (%2)").arg(action->toolTip(), keys));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    updateEmptyState();
}

PortfolioView::~PortfolioView() { saveLayout(); }

void PortfolioView::search(const QString &text) { m_ui->searchEdit->setText(text); }

void PortfolioView::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void PortfolioView::reload() { m_model->reload(); }

QList<domain::Id> PortfolioView::selectedDebtorIds() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows(PortfolioModel::Name);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<domain::Id> ids;
    for (const QModelIndex &row : std::as_const(rows))
        if (const QVariant id = row.data(IdRole); id.isValid())
            ids.append(id.toLongLong());
    return ids;
}

void PortfolioView::reloadFilterChoices() { loadFilterChoices(m_db); }

void PortfolioView::deskUserChanged(const std::optional<domain::User> &user)
{
    store::PortfolioFilters filters = m_filterBar->filters();
    m_widenedFrom.reset();
    const bool agent = user && user->role == domain::UserRole::Agent && user->active;
    if (agent) {
        filters.agentId = user->id;
        filters.unassigned = false;
        m_deskAgentShown = user->id;
    } else if (m_deskAgentShown && filters.agentId == m_deskAgentShown) {
        // The last agent's own debtors were chosen for them, not by whoever
        // sits down now: back to everyone's.
        filters.agentId.reset();
        m_deskAgentShown.reset();
    } else {
        m_deskAgentShown.reset();
    }
    if (!(filters == m_filterBar->filters()))
        m_filterBar->setFilters(filters);
}

void PortfolioView::focusResults()
{
    if (m_model->rowCount() == 0)
        return;
    QTableView *table = m_ui->table;
    if (!table->currentIndex().isValid() || !table->selectionModel()->hasSelection())
        table->setCurrentIndex(m_model->index(0, PortfolioModel::Name));
    table->setFocus(Qt::TabFocusReason);
}

bool PortfolioView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_pendingSearch.isActive())
            applySearch();
        focusResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PortfolioView::applySearch()
{
    m_pendingSearch.stop();
    m_model->setSearchText(m_ui->searchEdit->text());
    widenForSearch(m_ui->searchEdit->text());
    m_ui->table->scrollToTop();
}

// A debtor who calls in is often another agent's: with the line open, the
// agent should not have to clear the filter their portfolio opened on.
void PortfolioView::widenForSearch(const QString &text)
{
    store::PortfolioFilters filters = m_filterBar->filters();
    if (text.trimmed().isEmpty()) {
        // Back to the agent's own, unless someone chose an agent since.
        if (m_widenedFrom && !filters.agentId) {
            filters.agentId = m_widenedFrom;
            m_deskAgentShown = m_widenedFrom;
            m_widenedFrom.reset();
            m_filterBar->setFilters(filters);
        }
        m_widenedFrom.reset();
        return;
    }
    if (m_widenedFrom || !m_deskAgentShown || filters.agentId != m_deskAgentShown || m_model->rowCount() > 0)
        return;
    m_widenedFrom = m_deskAgentShown;
    filters.agentId.reset();
    m_filterBar->setFilters(filters);
    Q_EMIT statusMessage(tr("None of your debtors matches “%1”: every agent's are shown. Clearing the search "
                            "brings back your own.")
                             .arg(text.trimmed()));
}

void PortfolioView::applyFilters()
{
    m_model->setFilters(m_filterBar->filters());
    m_ui->table->scrollToTop();
}

void PortfolioView::loadFilterChoices(store::Database &db)
{
    try {
        m_filterBar->setChoices(store::PortfolioRepository(db).segments(), store::UserRepository(db).all());
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
}

void PortfolioView::updateSummary()
{
    // Worded as "label: figure" so no plural forms are needed in any language.
    const auto summary = m_model->summary();
    const bool pending = m_model->summaryPending();
    const QString money = pending ? tr("counting…") : m_model->money().format(summary.outstanding);
    const QString count = pending ? tr("counting…") : QLocale().toString(summary.count);
    const QString search = m_model->searchText().trimmed();
    const bool filtered = !m_model->filters().isEmpty();
    QString text;
    if (search.isEmpty())
        text = filtered ? tr("Debtors shown by the filters: %1 · Outstanding: %2").arg(count, money)
                        : tr("Debtors: %1 · Outstanding: %2").arg(count, money);
    else
        text = filtered ? tr("Debtors matching “%1” and the filters: %2 · Outstanding: %3").arg(search, count, money)
                        : tr("Debtors matching “%1”: %2 · Outstanding: %3").arg(search, count, money);
    m_ui->summaryLabel->setText(text);
}

void PortfolioView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const QString search = m_model->searchText().trimmed();
    const bool filtered = !m_model->filters().isEmpty();
    const bool failed = m_model->pageFailed();
    const bool newOffice = empty && !failed && search.isEmpty() && !filtered;
    QString title;
    QString text;
    if (failed) {
        title = tr("The portfolio could not be read.");
        text = tr("The reason is in the status bar. Press F5 to try again.");
    } else if (newOffice) {
        title = tr("This office has no debtors yet.");
        text = tr("Add the first one by hand, or bring in the ones you already keep in a spreadsheet or an "
                  "accounting program, saved as a CSV file: a list of debtors, or their invoices.");
    } else if (!search.isEmpty() && m_model->filters().agentId) {
        // Most often an agent whose portfolio opened on their own debtors,
        // looking for one who called in and belongs to someone else.
        const QString agent = m_filterBar->agentName();
        title = tr("No debtor of %1 matches “%2” and the filters.").arg(agent, search);
        text = tr("Only %1's debtors are shown. Clear the filters to look in every agent's.").arg(agent);
    } else if (!search.isEmpty()) {
        title = filtered ? tr("No debtor matches “%1” and the filters.").arg(search)
                         : tr("No debtor matches “%1”.").arg(search);
        text = tr("Type part of a name, a reference, a tax id, a phone number or an invoice number. Accents and capitals do not "
                 "matter.");
    } else {
        title = tr("No debtor matches the filters.");
        text = tr("Clear one or more of them to see more debtors.");
    }
    m_ui->emptyTitle->setText(title);
    m_ui->emptyText->setText(text);
    m_ui->newDebtorButton->setVisible(newOffice && m_newDebtor);
    m_ui->importButton->setVisible(newOffice && m_import);
    m_ui->clearSearchButton->setVisible(!failed && !search.isEmpty());
    m_ui->clearFiltersButton->setVisible(!failed && filtered);
    m_ui->table->setVisible(!empty);
    m_ui->emptyPanel->setVisible(empty);
}

void PortfolioView::keepSortIndicatorOnSortableColumn(int section)
{
    // The header moves its arrow to any clicked column; only some columns
    // are ordered by the store, so the arrow goes back to the real order.
    if (PortfolioModel::isSortable(section))
        return;
    m_ui->table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    Q_EMIT statusMessage(tr("The portfolio cannot be sorted by this column yet."));
}

void PortfolioView::saveLayout() const
{
    UiSettings().setHeaderState(kLayoutName, m_ui->table->horizontalHeader()->saveState());
}

void PortfolioView::restoreLayout()
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    const QByteArray state = UiSettings().headerState(kLayoutName);
    if (!state.isEmpty() && header->restoreState(state) && header->count() == PortfolioModel::ColumnCount) {
        if (!PortfolioModel::isSortable(header->sortIndicatorSection()))
            header->setSortIndicator(PortfolioModel::Name, Qt::AscendingOrder);
        // Saved by a start on an empty office: nobody narrows names to
        // their title by hand.
        m_fitWhenRowsCome = header->sectionSize(PortfolioModel::Name) < kNarrowestSavedNameColumn;
        if (m_fitWhenRowsCome && m_model->rowCount() > 0) {
            m_fitWhenRowsCome = false;
            fitColumns();
        }
        return;
    }
    fitColumns();
    m_fitWhenRowsCome = m_model->rowCount() == 0;
}

void PortfolioView::fitColumns()
{
    // Fit the columns to the first rows (a screenful or two: measuring all
    // 200 of the page costs the first paint 20 ms), names kept readable.
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setResizeContentsPrecision(kFitRows);
    m_ui->table->resizeColumnsToContents();
    for (const auto &[column, widest] : {std::pair{int(PortfolioModel::Name), kWidestNameColumn},
                                         std::pair{int(PortfolioModel::Agent), kWidestAgentColumn}})
        if (header->sectionSize(column) > widest)
            header->resizeSection(column, widest);
}

} // namespace libreta::ui
