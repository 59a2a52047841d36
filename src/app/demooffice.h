#pragma once

#include <QString>

#include <memory>

namespace libreta::store {
class Database;
}

namespace libreta::app {

// The very first start on a machine: a new file at `path` holding a demo
// office, so the desk can be tried before any real data is imported. A
// progress window shows while it is made; a failure leaves no file behind.
std::unique_ptr<store::Database> createDemoOffice(const QString &path);

} // namespace libreta::app
