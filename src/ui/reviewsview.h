#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QModelIndex>
#include <QWidget>

class QDialog;

#include <memory>
#include <optional>

namespace Ui {
class ReviewsView;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class ReviewListModel;

// The Reviews section: supervisors read agents' conversations, newest
// first (by agent, from a day, or only those not scored yet), with each
// stage's notes, the excuse and the commitment, and score each stage from
// 0 to 5 with what they saw and the coaching for the agent. An agent sees
// their own calls and the reviews of them, and cannot score.
class ReviewsView final : public QWidget {
    Q_OBJECT

public:
    ReviewsView(store::Database &db, const domain::Clock &clock, QWidget *parent = nullptr);
    ~ReviewsView() override;

    ReviewListModel *model() const { return m_model; }
    bool mayScore() const { return m_mayScore; }
    // Selects the call's row (tests); false when it is not listed.
    bool selectCall(domain::Id callId);
    // Scores the selected call with what the form holds; false (and the
    // message shown by its field) when refused.
    bool saveScore();
    // Opens the correction of the selected call as it stands (window-modal,
    // returns at once); nullptr when no call is selected.
    QDialog *correctCall();
    // Reads the list again (the users, the desk's person or the calls
    // changed); before the section is first shown there is nothing to read.
    void reload();
    // The agent's new reviews: the list shows the scored calls too, from
    // `day` on if it started later, and selects the newest of them.
    void showNews(const QDate &day);
    // Selects the newest call the agent has not read the review of, among
    // the rows read or (`readFurther`) reading further pages for it, a few
    // hundred calls at most; false when none.
    bool selectFirstNew(bool readFurther = false);
    QString errorText() const;

Q_SIGNALS:
    void debtorActivated(domain::Id debtorId);
    void statusMessage(const QString &text);

protected:
    // The list is read when the section is first shown, not at the desk's
    // start: most starts never open it.
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void applyFilters();
    void loadAgents();
    void showCall();
    // Another row became current: a score typed and not saved is asked
    // about first, and kept (the row goes back) unless let go.
    void currentCallChanged(const QModelIndex &current, const QModelIndex &previous);
    void fillForm(const std::optional<domain::QualityReview> &own);
    // What the score form holds, to tell an edit from what was shown.
    QStringList formValues() const;
    bool formEdited() const { return m_mayScore && m_callId != 0 && formValues() != m_shownForm; }
    QString notesHtml(const domain::Call &call, const QList<domain::QualityReview> &reviews) const;

    std::unique_ptr<::Ui::ReviewsView> m_ui;
    store::Database &m_db;
    const domain::Clock &m_clock;
    ReviewListModel *m_model = nullptr;
    std::optional<domain::Id> m_deskUserId;
    bool m_mayScore = false;
    bool m_loaded = false;
    bool m_seekNews = false;  // news came before the list was first read
    domain::Id m_callId = 0;
    domain::Id m_debtorId = 0;
    QStringList m_shownForm;      // formValues() as fillForm left them
    bool m_goingBack = false;     // the row is being put back after "keep editing"
};

} // namespace libreta::ui
