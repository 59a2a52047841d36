#pragma once

namespace libreta::store {

class Database;

// Writes the number's tail (schema 30) of every invoice that has none: rows
// another program added to the file without the column. Looked for through
// the search index, where they come first: one step when there are none,
// as at nearly every opening. Returns how many were filled.
int fillMissingInvoiceNumberTails(Database &db);

} // namespace libreta::store
