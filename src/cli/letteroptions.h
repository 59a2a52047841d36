#pragma once

#include "services/documentservice.h"

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::cli {

class CliOptions;

// --letter and --lang, read alike by `statement` (one debtor) and `letters`
// (many): which document, in which language and formats.
void addLetterOptions(CliOptions &options);
// The request they ask for, its currency sign the office's; nothing (the
// usage error reported) when a value is not one of those offered. The
// debtor is left for the caller.
std::optional<services::DocumentRequest> letterRequest(CliOptions &options, store::Database &db);
// Where an office keeps its own templates.
QString officeTemplates();

} // namespace libreta::cli
