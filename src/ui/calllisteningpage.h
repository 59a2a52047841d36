#pragma once

#include "domain/callworksheet.h"
#include "ui/callsetup.h"

#include <QWidget>

#include <memory>

class QButtonGroup;

namespace Ui {
class CallListeningPage;
}

namespace libreta::ui {

// Stage 2, active listening: the reason for not paying from the office's
// catalogue and in the debtor's words; argument or excuse (the catalogue
// suggests, the agent decides); the profile, willing or not and able or
// not, with the approach it points to; prompts for listening with empathy;
// and the reasons this debtor gave before. Alt+1/2 argument or excuse,
// Alt+3/4 willing, Alt+5/6 able.
class CallListeningPage final : public QWidget {
    Q_OBJECT

public:
    explicit CallListeningPage(QWidget *parent = nullptr);
    ~CallListeningPage() override;

    void setUp(const CallSetup *setup);
    void load(const domain::CallWorksheet &worksheet);
    void store(domain::CallWorksheet &worksheet) const;
    void focusFirst();
    QString previousExcusesText() const;

Q_SIGNALS:
    void changed();

private:
    void categoryChanged();
    void updateProfile();
    QString excuseName(domain::ExcuseCategory category) const;
    void showPreviousExcuses();
    std::optional<domain::ExcuseCategory> category() const;
    static std::optional<bool> yesNo(const QButtonGroup *group);
    static void setYesNo(QButtonGroup *group, std::optional<bool> value);

    std::unique_ptr<::Ui::CallListeningPage> m_ui;
    QButtonGroup *m_kind = nullptr;
    QButtonGroup *m_willing = nullptr;
    QButtonGroup *m_able = nullptr;
    const CallSetup *m_setup = nullptr;
    bool m_kindChosen = false;  // the agent decided: the catalogue no longer changes it
    bool m_loading = false;
};

} // namespace libreta::ui
