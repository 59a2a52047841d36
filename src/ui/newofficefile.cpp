#include "ui/newofficefile.h"

#include "services/inputerror.h"
#include "services/officesetupservice.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"
#include "ui/prompter.h"

#include <QDir>
#include <QFileInfo>

namespace libreta::ui {

bool NewOfficeFile::refuseExisting(QWidget *parent, const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    Prompter::instance().showError(
        parent, tr("New office file"),
        tr("%1 already exists. Use File ▸ Open to work in it.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool NewOfficeFile::make(QWidget *parent, const QString &path, const services::OfficeSetup &setup,
                         const domain::Clock &clock)
{
    if (refuseExisting(parent, path))
        return false;
    QString failure;
    try {
        store::Database db(path);
        services::OfficeSetupService(db).start(setup, clock);
        // The desk that made the office is its owner's, whatever the
        // environment calls its person.
        DeskUser::choose(db, services::OfficeSetupService::ownerLoginOf(setup));
        return true;
    } catch (const services::InputError &e) {
        failure = e.message();
    } catch (const store::StoreError &e) {
        failure = e.message();
    }
    // The connection is closed once `db` is gone: the file can go too.
    store::Database::removeFiles(path);
    Prompter::instance().showError(parent, tr("New office file"), failure);
    return false;
}

} // namespace libreta::ui
