#include "ui/debtorfiletimeline.h"

#include "ui/debtorfilenoteeditor.h"
#include "ui/debtortimelinemodel.h"
#include "ui/filetablelayout.h"
#include "ui/itemroles.h"
#include "ui_debtorfiletimeline.h"


namespace libreta::ui {
namespace {
const QString kLayout = QStringLiteral("timeline");
constexpr int kWidestColumn = 300;
using EntryKind = DebtorTimelineModel::EntryKind;
using Span = DebtorTimelineModel::Span;
// The filter's items carry a kind (0 up) or a span (from here up).
constexpr int kSpanItem = 100;
} // namespace

DebtorFileTimeline::DebtorFileTimeline(const FormContext &context, domain::Id debtorId, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFileTimeline>())
{
    m_ui->setupUi(this);
    m_model = new DebtorTimelineModel(this);
    m_ui->table->setModel(m_model);
    m_layout = new FileTableLayout(m_ui->table, kLayout, kWidestColumn, this);
    m_editor = new DebtorFileNoteEditor(context, debtorId, m_ui->noteEditorHost);
    m_ui->noteEditorLayout->addWidget(m_editor);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorFileTimeline::selectionChanged);
    connect(this, &DebtorFileTimeline::selectionChanged, this, &DebtorFileTimeline::offerCorrection);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyChosenFilter();
        Q_EMIT selectionChanged();
    });
    fillFilter();
}

DebtorFileTimeline::~DebtorFileTimeline() = default;

void DebtorFileTimeline::setActions(QAction *correctNote, QAction *correctCall)
{
    m_correctNote = correctNote;
    m_correctCall = correctCall;
    offerCorrection();
}

void DebtorFileTimeline::offerCorrection()
{
    QAction *action = selectedCallId() ? m_correctCall : m_correctNote;
    if (action && m_ui->correctButton->defaultAction() != action)
        m_ui->correctButton->setDefaultAction(action);
}

void DebtorFileTimeline::fillFilter()
{
    // Counts in the labels say at a glance how much of each there is. The
    // history first: a payment plan's reminders, months ahead, would
    // otherwise stand above the last call.
    const QVariant current = m_ui->filterCombo->currentData();
    const QSignalBlocker blocker(m_ui->filterCombo);
    m_ui->filterCombo->clear();
    m_ui->filterCombo->addItem(tr("History (%1)").arg(m_model->count(Span::History)), kSpanItem + int(Span::History));
    m_ui->filterCombo->addItem(tr("Coming up (%1)").arg(m_model->count(Span::Upcoming)),
                               kSpanItem + int(Span::Upcoming));
    m_ui->filterCombo->addItem(tr("Everything (%1)").arg(m_model->count(Span::Everything)),
                               kSpanItem + int(Span::Everything));
    for (int k = 0; k < DebtorTimelineModel::kEntryKinds; ++k)
        m_ui->filterCombo->addItem(
            tr("%1 (%2)").arg(DebtorTimelineModel::kindLabel(EntryKind(k))).arg(m_model->count(EntryKind(k))), k);
    const int index = current.isValid() ? m_ui->filterCombo->findData(current) : 0;
    m_ui->filterCombo->setCurrentIndex(std::max(0, index));
    applyChosenFilter();
}

void DebtorFileTimeline::applyChosenFilter()
{
    const int item = m_ui->filterCombo->currentData().toInt();
    if (item >= kSpanItem) {
        m_model->setKindFilter(std::nullopt);
        m_model->setSpan(Span(item - kSpanItem));
    } else {
        m_model->setKindFilter(EntryKind(item));
    }
}

void DebtorFileTimeline::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    m_model->setFile(file, money);
    fillFilter();
    m_layout->contentsChanged();
    Q_EMIT selectionChanged();
}

std::optional<domain::Id> DebtorFileTimeline::selectedNoteId() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid() || index.data(KindRole).toInt() != int(EntryKind::Note))
        return std::nullopt;
    return index.data(IdRole).toLongLong();
}

std::optional<domain::Id> DebtorFileTimeline::selectedCallId() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const int kind = index.data(KindRole).toInt();
    if (kind != int(EntryKind::Call) && kind != int(EntryKind::Excuse))
        return std::nullopt;
    return index.data(IdRole).toLongLong();
}

bool DebtorFileTimeline::selectCall(domain::Id callId)
{
    m_ui->filterCombo->setCurrentIndex(0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(KindRole).toInt() == int(EntryKind::Call) && index.data(IdRole).toLongLong() == callId) {
            m_ui->table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void DebtorFileTimeline::focusTable() { m_ui->table->setFocus(Qt::OtherFocusReason); }

bool DebtorFileTimeline::correctSelectedNote()
{
    const auto noteId = selectedNoteId();
    if (!noteId)
        return false;
    const QModelIndex index = m_ui->table->currentIndex();
    const QString what = m_model->index(index.row(), DebtorTimelineModel::What).data().toString();
    m_editor->startCorrection(*noteId, what);
    return true;
}

} // namespace libreta::ui
