#pragma once

#include "store/scriptrepository.h"
#include "ui/formcontext.h"
#include "ui/formdialog.h"

#include <memory>
#include <optional>

namespace Ui {
class ScriptDialog;
}

namespace libreta::ui {

// Edit ▸ Call script: the words of each stage of a call (a list of stages,
// the chosen one's text beside it), the office's answers to objections
// (a list, the chosen one's words and answer beside it), its negotiation
// techniques (added and taken off as answers are) and how it words the
// reasons for not paying. Saved through
// services::CallScriptService as a new version; read-only for an agent.
class ScriptDialog final : public FormDialog {
    Q_OBJECT

public:
    ScriptDialog(const FormContext &context, const QString &language, QWidget *parent = nullptr);
    ~ScriptDialog() override;

    bool mayChange() const { return m_mayChange; }
    // The version the last save stored; nullopt when nothing had changed.
    std::optional<int> savedVersion() const { return m_savedVersion; }

protected:
    void save() override;

private:
    void showVersion();
    void showStage(int row);
    void showObjection(int row);
    void keepStageText();
    void keepObjection();
    void addObjection();
    void removeObjection();
    void showTechnique(int row);
    void keepTechnique();
    void addTechnique();
    void removeTechnique();
    QString techniqueTitle(int row) const;
    void showReason(int row);
    void keepReason();
    QString objectionTitle(int row) const;
    // Brings the stage or objection an error names into view.
    void reveal(const QString &field);

    std::unique_ptr<::Ui::ScriptDialog> m_ui;
    FormContext m_context;
    store::CallScript m_script;  // as read, with the edits kept as they are typed
    bool m_mayChange = false;
    bool m_showing = false;  // filling the editors: not an edit
    int m_stageRow = -1;
    int m_objectionRow = -1;
    int m_techniqueRow = -1;
    int m_reasonRow = -1;
    std::optional<int> m_savedVersion;
};

} // namespace libreta::ui
