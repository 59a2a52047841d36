#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "ui/noticebar.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// Work ▸ Next call at this desk: asks the work queue for the desk user
// (claims are per user, so the office must list them) and words the answer
// for the notice band: who, why, and how many were passed over and why.
class NextCallDesk final {
    Q_DECLARE_TR_FUNCTIONS(NextCallDesk)

public:
    struct Answer {
        std::optional<domain::Id> debtorId;  // the file to open for the call
        QString notice;                      // rich text for the band
        NoticeBar::Tone tone = NoticeBar::Tone::Info;
        QString error;                       // the store failed; for the status bar
    };

    NextCallDesk(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    Answer ask();

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::ui
