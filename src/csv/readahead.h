#pragma once

#include "csv/delimitedfile.h"

namespace libreta::csv {

// As DelimitedFile::read, with the parsing on a thread of its own: records
// reach `handler` on the calling thread in batches (RecordBatch), parsed
// while the handler works on the ones before. An import of three million
// invoices stores one batch while the next is read.
//
// The same contract as read(): `handler` returns false to stop; a
// ParseError is thrown once every record before it has been handled; an
// exception from `handler` stops the parsing thread before it leaves.
// `progress` is called on the calling thread, after each batch.
void readAhead(const DelimitedFile &file, const Parser::Handler &handler, const DelimitedFile::Progress &progress = {});

} // namespace libreta::csv
