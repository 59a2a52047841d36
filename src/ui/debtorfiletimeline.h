#pragma once

#include "services/debtorfile.h"
#include "ui/formcontext.h"
#include "ui/moneyformatter.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class DebtorFileTimeline;
}

namespace libreta::ui {

class DebtorFileNoteEditor;
class DebtorTimelineModel;
class FileTableLayout;

// The history of a debtor file, newest first and filterable by kind, with
// the note editor under it. Selecting a note and choosing "Correct note"
// turns the editor into a correction of that note.
class DebtorFileTimeline final : public QWidget {
    Q_OBJECT

public:
    DebtorFileTimeline(const FormContext &context, domain::Id debtorId, QWidget *parent = nullptr);
    ~DebtorFileTimeline() override;

    // The correct button offers the one that fits the selected row.
    void setActions(QAction *correctNote, QAction *correctCall);
    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    DebtorTimelineModel *model() const { return m_model; }
    DebtorFileNoteEditor *noteEditor() const { return m_editor; }
    // The note of the selected row, when the selected row is a note.
    std::optional<domain::Id> selectedNoteId() const;
    // The call of the selected row, when it is a call or the excuse it recorded.
    std::optional<domain::Id> selectedCallId() const;
    // Selects the row of call `callId` (showing every kind); false when the file has none.
    bool selectCall(domain::Id callId);
    void focusTable();
    // Starts correcting the selected note; false when no note is selected.
    bool correctSelectedNote();

Q_SIGNALS:
    void selectionChanged();

private:
    void fillFilter();
    void applyChosenFilter();
    void offerCorrection();
    QAction *m_correctNote = nullptr;
    QAction *m_correctCall = nullptr;

    std::unique_ptr<::Ui::DebtorFileTimeline> m_ui;
    DebtorTimelineModel *m_model = nullptr;
    DebtorFileNoteEditor *m_editor = nullptr;
    FileTableLayout *m_layout = nullptr;
};

} // namespace libreta::ui
