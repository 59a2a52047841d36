#include "ui/reviewsview.h"

#include "domain/labels.h"
#include "domain/shortdate.h"
#include "services/callcorrectionservice.h"
#include "services/debtorfilereader.h"
#include "services/inputerror.h"
#include "services/reviewservice.h"
#include "store/callrepository.h"
#include "store/reviewrepository.h"
#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/agentchoice.h"
#include "ui/callcorrectiondialog.h"
#include "ui/deskuser.h"
#include "ui/prompter.h"
#include "ui/reviewlistmodel.h"
#include "ui/scorespintyping.h"
#include "ui_reviewsview.h"

#include <QHeaderView>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <algorithm>

namespace libreta::ui {
namespace {

constexpr int kUnscored = -1;  // the spin boxes' "—"
constexpr int kDaysShown = 7;  // the list starts on the last week

QString escaped(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

// As wide as the longest outcome a conversation can have, in the desk's
// language, and its header: a supervisor scans this column for the promises,
// and "Promesa de…" cut short reads like any other. Measured as the style
// sizes a cell (margins and all), as a column sized to its contents is.
int outcomeColumnWidth(const QTableView &table)
{
    QStyleOptionViewItem cell;
    cell.initFrom(&table);
    cell.features = QStyleOptionViewItem::HasDisplay;
    int widest = table.horizontalHeader()->sectionSizeHint(ReviewListModel::Outcome);
    for (const auto outcome : {domain::CallOutcome::Payment, domain::CallOutcome::Promise, domain::CallOutcome::Refusal,
                               domain::CallOutcome::Callback}) {
        cell.text = domain::label(outcome);
        const QSize size = table.style()->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), &table);
        widest = std::max(widest, size.width() + (table.showGrid() ? 1 : 0));
    }
    return widest;
}

} // namespace

ReviewsView::ReviewsView(store::Database &db, const domain::Clock &clock, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::ReviewsView>()), m_db(db), m_clock(clock)
{
    m_ui->setupUi(this);
    m_model = new ReviewListModel(db, this);
    m_ui->callsTable->setModel(m_model);
    m_ui->callsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The debtor's name takes what the other columns leave.
    QHeaderView *header = m_ui->callsTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReviewListModel::When, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewListModel::Debtor, QHeaderView::Stretch);
    header->setSectionResizeMode(ReviewListModel::Score, QHeaderView::ResizeToContents);
    header->resizeSection(ReviewListModel::Agent, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12);
    header->resizeSection(ReviewListModel::Outcome, outcomeColumnWidth(*m_ui->callsTable));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    for (QSpinBox *spin : {m_ui->score1Spin, m_ui->score2Spin, m_ui->score3Spin, m_ui->score4Spin, m_ui->score5Spin}) {
        spin->setRange(kUnscored, domain::QualityReview::kTopScore);
        spin->setSpecialValueText(QStringLiteral("—"));
        typeOverNoScore(spin);
    }
    m_ui->reviewError->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_ui->fromEdit->setDate(clock.today().addDays(-kDaysShown));

    connect(m_model, &ReviewListModel::failed, this, &ReviewsView::statusMessage);
    connect(m_ui->agentCombo, &QComboBox::currentIndexChanged, this, &ReviewsView::applyFilters);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &ReviewsView::applyFilters);
    connect(m_ui->unscoredCheck, &QCheckBox::toggled, this, &ReviewsView::applyFilters);
    connect(m_ui->callsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsView::currentCallChanged);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReviewsView::saveScore);
    // Ctrl+S saves here as it saves a call: within this view only, so the
    // call panel's own keeps working beside it.
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isVisible() && m_ui->saveButton->isEnabled())
            m_ui->saveButton->click();
    });
    m_ui->saveButton->setToolTip(save->key().toString(QKeySequence::NativeText));
    connect(m_ui->openFileButton, &QPushButton::clicked, this, [this] {
        if (m_debtorId != 0)
            Q_EMIT debtorActivated(m_debtorId);
    });
    connect(m_ui->correctCallButton, &QPushButton::clicked, this, &ReviewsView::correctCall);
}

void ReviewsView::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        load();
    QWidget::showEvent(event);
}

ReviewsView::~ReviewsView() = default;

void ReviewsView::reload()
{
    if (m_loaded)
        load();
}

void ReviewsView::load()
{
    m_loaded = true;
    const auto formerDeskUser = m_deskUserId;
    try {
        m_deskUserId = DeskUser::id(m_db);
        m_mayScore = services::ReviewService(m_db, m_clock, m_deskUserId).mayReview();
    } catch (const store::StoreError &e) {
        m_mayScore = false;
        Q_EMIT statusMessage(e.message());
    }
    loadAgents();
    applyFilters();
    // Someone else sits at the desk: the form is theirs now (their own
    // score, or none to edit for an agent), never what the last person typed.
    if (m_deskUserId != formerDeskUser && m_callId != 0)
        showCall();
    if (m_seekNews)
        selectFirstNew(true);
    m_seekNews = false;
}

void ReviewsView::loadAgents()
{
    QList<domain::User> users;
    try {
        users = store::UserRepository(m_db).all();
    } catch (const store::StoreError &) {
    }
    // An agent reads the reviews of their own calls only.
    fillAgentChoice(m_ui->agentCombo, users, m_mayScore, m_deskUserId, tr("All agents"));
}

void ReviewsView::showNews(const QDate &day)
{
    {
        // One reading of the list for both filters.
        const QSignalBlocker blockDate(m_ui->fromEdit);
        const QSignalBlocker blockUnscored(m_ui->unscoredCheck);
        if (day.isValid() && day < m_ui->fromEdit->date())
            m_ui->fromEdit->setDate(day);
        m_ui->unscoredCheck->setChecked(false);
    }
    if (m_loaded) {
        applyFilters();
        selectFirstNew(true);
    } else {
        m_seekNews = true;  // when the list is first read
    }
}

void ReviewsView::applyFilters()
{
    store::ReviewQuery query;
    const QVariant agent = m_ui->agentCombo->currentData();
    if (agent.isValid())
        query.agentId = agent.toLongLong();
    query.from = m_ui->fromEdit->date();
    query.unreviewedOnly = m_ui->unscoredCheck->isChecked();
    const bool nobody = !m_mayScore && !m_deskUserId;
    if (nobody)
        query.agentId = 0;  // no calls: the desk names nobody yet
    m_model->setQuery(query);
    QString empty;
    if (nobody)
        empty = tr("Say who is working at this desk (File ▸ Who is working…) to read the reviews of your calls.");
    else if (m_model->rowCount() == 0)
        empty = query.unreviewedOnly ? tr("Every conversation since that day is scored.")
                                     : tr("No conversation with a debtor since that day.");
    m_ui->emptyLabel->setText(empty);
    m_ui->emptyLabel->setVisible(!empty.isEmpty());
    m_ui->splitter->setVisible(empty.isEmpty());
    if (m_model->rowCount() == 0)
        showCall();
    else if (!selectFirstNew())
        m_ui->callsTable->setCurrentIndex(m_model->index(0, 0));
}

bool ReviewsView::selectFirstNew(bool readFurther)
{
    constexpr int kMostRows = 10 * ReviewListModel::kPageSize;
    for (int row = 0; row < kMostRows; ++row) {
        if (row == m_model->rowCount()) {
            if (!readFurther)
                return false;
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row == m_model->rowCount())
                return false;
        }
        if (m_model->isNew(row)) {
            m_ui->callsTable->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

bool ReviewsView::selectCall(domain::Id callId)
{
    const int row = m_model->rowOf(callId);
    if (row < 0)
        return false;
    m_ui->callsTable->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void ReviewsView::currentCallChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_goingBack)
        return;
    const store::ReviewListItem *now = m_model->item(current.row());
    if ((now ? now->callId : 0) == m_callId)
        return;  // the same call at another row (the list read again)
    if (formEdited() && previous.isValid() &&
        !Prompter::instance().confirmDiscard(this, tr("The score of the call you were reading is not saved. "
                                                      "Discard it and read the other call?"))) {
        m_goingBack = true;
        m_ui->callsTable->selectionModel()->setCurrentIndex(
            previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_goingBack = false;
        return;
    }
    showCall();
}

void ReviewsView::showCall()
{
    m_ui->reviewError->clear();
    const store::ReviewListItem *item = m_model->item(m_ui->callsTable->currentIndex().row());
    m_callId = item ? item->callId : 0;
    m_debtorId = item ? item->debtorId : 0;
    m_ui->detail->setEnabled(item != nullptr);
    if (!item) {
        m_ui->callTitle->clear();
        m_ui->callNotes->clear();
        fillForm(std::nullopt);
        return;
    }
    std::optional<domain::Call> call;
    QList<domain::QualityReview> reviews;
    QString corrected;
    try {
        // A corrected call reads as its latest correction says, and says so.
        call = store::CallRepository(m_db).latestVersion(item->debtorId, item->callId);
        if (call && call->correctsCallId)
            corrected = QStringLiteral("<p><i>%1</i></p>")
                            .arg(escaped(tr("Corrected on %1; these are the corrected notes.")
                                             .arg(domain::shortDateTime(call->correctedAt.value_or(call->startedAt).toLocalTime()))));
        reviews = store::ReviewRepository(m_db).forCall(item->callId);
        m_ui->correctCallButton->setEnabled(
            call && services::CallCorrectionService::mayCorrect(m_db, *call, m_deskUserId));
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
    const QLocale locale;
    m_ui->callTitle->setText(tr("<b>%1</b> (%2) · %3 · %4")
                                 .arg(item->debtorName.toHtmlEscaped(), item->debtorRef.toHtmlEscaped(),
                                      item->agentName.toHtmlEscaped(),
                                      domain::shortDateTime(item->startedAt.toLocalTime(), locale)));
    m_ui->callNotes->setHtml(call ? corrected + notesHtml(*call, reviews) : QString());
    std::optional<domain::QualityReview> own;
    for (const domain::QualityReview &r : reviews)
        if (r.reviewerId == m_deskUserId)
            own = r;
    fillForm(own);
}

QDialog *ReviewsView::correctCall()
{
    if (m_callId == 0)
        return nullptr;
    std::optional<services::DebtorFile> file;
    try {
        file = services::DebtorFileReader(m_db).read(m_debtorId, m_clock.today(), m_clock.nowUtc());
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
    const domain::Call *call = file ? file->latestVersionOf(m_callId) : nullptr;
    if (!call)
        return nullptr;
    auto *dialog = new CallCorrectionDialog(FormContext{m_db, m_clock, m_deskUserId}, *file, *call, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showCall();
        Q_EMIT statusMessage(tr("The correction was saved beside the call."));
    });
    dialog->open();
    return dialog;
}

void ReviewsView::fillForm(const std::optional<domain::QualityReview> &own)
{
    QSpinBox *spins[] = {m_ui->score1Spin, m_ui->score2Spin, m_ui->score3Spin, m_ui->score4Spin, m_ui->score5Spin};
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage)
        spins[stage]->setValue(own && own->scores[stage] ? *own->scores[stage] : kUnscored);
    m_ui->commentsEdit->setPlainText(own ? own->comments : QString());
    m_ui->coachingEdit->setPlainText(own ? own->coaching : QString());
    // The score form is a supervisor's; an agent reads the reviews above.
    m_ui->scoreBox->setVisible(m_mayScore);
    m_ui->saveButton->setVisible(m_mayScore);
    m_shownForm = formValues();
}

QStringList ReviewsView::formValues() const
{
    QStringList values;
    for (const QSpinBox *spin : {m_ui->score1Spin, m_ui->score2Spin, m_ui->score3Spin, m_ui->score4Spin, m_ui->score5Spin})
        values << QString::number(spin->value());
    return values << m_ui->commentsEdit->toPlainText() << m_ui->coachingEdit->toPlainText();
}

QString ReviewsView::notesHtml(const domain::Call &call, const QList<domain::QualityReview> &reviews) const
{
    using namespace domain;
    QString html = QStringLiteral("<p><b>%1</b>: %2</p>").arg(escaped(label(call.answeredBy)), escaped(label(call.outcome)));
    const std::pair<CallStage, QString> stages[] = {
        {CallStage::Presentation, call.notes.presentation}, {CallStage::Listening, call.notes.listening},
        {CallStage::Negotiation, call.notes.negotiation},   {CallStage::PreClose, call.notes.preClose},
        {CallStage::Close, call.notes.close}};
    for (const auto &[stage, notes] : stages) {
        QString body = notes.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("no notes")) : escaped(notes);
        if (stage == CallStage::Listening && call.excuseCategory)
            body += QStringLiteral("<br>%1: %2").arg(escaped(label(*call.excuseCategory)),
                                                      escaped(call.excuseWords.isEmpty() ? QStringLiteral("—")
                                                                                         : QStringLiteral("«%1»").arg(call.excuseWords)));
        if (stage == CallStage::Close && !call.commitmentText.isEmpty())
            body += QStringLiteral("<br>%1").arg(escaped(call.commitmentText));
        if (stage == CallStage::PreClose && !call.refusalReason.isEmpty())
            body += QStringLiteral("<br>%1: %2").arg(escaped(tr("Refused")), escaped(call.refusalReason));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(escaped(label(stage)), body);
    }
    if (!call.nextStep.isEmpty())
        html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(escaped(tr("Next step")), escaped(call.nextStep));
    const QLocale locale;
    const auto reviewerName = [this](const std::optional<Id> &id) {
        std::optional<User> user;
        try {
            if (id)
                user = store::UserRepository(m_db).byId(*id);
        } catch (const store::StoreError &) {
        }
        return user ? user->displayName : tr("Reviewer");
    };
    for (const QualityReview &r : reviews) {
        QStringList scores;
        for (const auto &s : r.scores)
            scores << (s ? QString::number(*s) : QString());
        html += QStringLiteral("<hr><p><b>%1</b>, %2: %3</p>")
                    .arg(escaped(reviewerName(r.reviewerId)),
                         escaped(domain::shortDateTime(r.reviewedAt.toLocalTime(), locale)),
                         escaped(domain::stageScores(scores)));
        if (!r.comments.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(r.comments));
        if (!r.coaching.isEmpty())
            html += QStringLiteral("<p><b>%1</b>: %2</p>").arg(escaped(tr("Coaching")), escaped(r.coaching));
    }
    return html;
}

bool ReviewsView::saveScore()
{
    if (m_callId == 0)
        return false;
    domain::QualityReview review;
    review.callId = m_callId;
    QSpinBox *spins[] = {m_ui->score1Spin, m_ui->score2Spin, m_ui->score3Spin, m_ui->score4Spin, m_ui->score5Spin};
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage)
        if (spins[stage]->value() != kUnscored)
            review.scores[stage] = spins[stage]->value();
    review.comments = m_ui->commentsEdit->toPlainText();
    review.coaching = m_ui->coachingEdit->toPlainText();
    try {
        services::ReviewService(m_db, m_clock, m_deskUserId).save(review);
    } catch (const services::InputError &e) {
        m_ui->reviewError->setText(e.message());
        const int stage = e.field().startsWith(QLatin1String("score.")) ? e.field().mid(6).toInt() : 1;
        spins[qBound(1, stage, domain::QualityReview::kStages) - 1]->setFocus();
        return false;
    } catch (const store::StoreError &e) {
        m_ui->reviewError->setText(e.message());
        return false;
    }
    const domain::Id saved = m_callId;
    m_shownForm = formValues();  // stored: reading the list again asks nothing
    m_model->reload();
    if (!selectCall(saved))
        showCall();
    // A morning's reading is call after call: the next one nobody scored
    // yet, further down the list, comes up with the keyboard on its first
    // score.
    const int row = m_model->rowOf(saved);
    for (int next = row < 0 ? m_model->rowCount() : row + 1; next < m_model->rowCount(); ++next) {
        const store::ReviewListItem *item = m_model->item(next);
        if (item && item->reviews == 0) {
            m_ui->callsTable->setCurrentIndex(m_model->index(next, 0));
            m_ui->score1Spin->setFocus(Qt::OtherFocusReason);
            Q_EMIT statusMessage(tr("Score saved. Next: the next call not scored yet."));
            return true;
        }
    }
    Q_EMIT statusMessage(tr("Score saved."));
    return true;
}

QString ReviewsView::errorText() const { return m_ui->reviewError->text(); }

} // namespace libreta::ui
