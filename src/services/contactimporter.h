#pragma once

#include "services/rowimporter.h"

namespace libreta::services {

// Contacts matched by debtor and name (without accents or case): a new
// name is added, a known one gets the row's role and any phone or e-mail
// it did not have. Through ContactService, so the rules are the form's.
class ContactImporter final : public RowImporter {
    Q_DECLARE_TR_FUNCTIONS(Import)

public:
    using RowImporter::RowImporter;
    RowOutcome import(const csv::Record &record, QList<FieldProblem> &problems) override;
};

} // namespace libreta::services
