#pragma once

#include "ui/formcontext.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DebtorFileNoteEditor;
}

namespace libreta::ui {

// Where a note for the file is written, under its history. Notes are
// append-only: once saved a note is never edited, and a mistake is fixed
// by a correction (an addendum that points at the note it corrects; both
// stay). Saved through services::NoteService with Ctrl+Enter or the button.
class DebtorFileNoteEditor final : public QWidget {
    Q_OBJECT

public:
    DebtorFileNoteEditor(const FormContext &context, domain::Id debtorId, QWidget *parent = nullptr);
    ~DebtorFileNoteEditor() override;

    // The next note saved corrects `noteId`; `what` names it for the person.
    void startCorrection(domain::Id noteId, const QString &what);
    void cancelCorrection();
    void focusEditor();
    // During a call the box takes two lines, the history the rest: the call
    // has its own notes, stage by stage, and the agent reads the history.
    void setCompact(bool compact);
    // Whose notes they are from now on (File ▸ Who is working changed).
    void setUserId(std::optional<domain::Id> userId) { m_context.userId = userId; }
    // Something typed and not saved.
    bool isDirty() const;
    void setText(const QString &text);
    QString errorText() const;
    bool save();

Q_SIGNALS:
    void saved(domain::Id noteId, bool correction);
    void dirtyChanged(bool dirty);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<::Ui::DebtorFileNoteEditor> m_ui;
    FormContext m_context;
    domain::Id m_debtorId = 0;
    std::optional<domain::Id> m_correcting;
    bool m_wasDirty = false;
};

} // namespace libreta::ui
