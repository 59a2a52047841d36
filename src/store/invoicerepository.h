#pragma once

#include "domain/allocation.h"
#include "domain/entities.h"

namespace libreta::store {

class Database;

class InvoiceRepository final {
public:
    explicit InvoiceRepository(Database &db) : m_db(db) {}

    domain::Id add(const domain::Invoice &invoice);
    // Every invoice of the debtor with its outstanding, oldest due first.
    QList<domain::Invoice> forDebtor(domain::Id debtorId);
    // Only those with something left to pay, as allocation needs them.
    QList<domain::OpenInvoice> openForDebtor(domain::Id debtorId);
    std::optional<domain::Invoice> byId(domain::Id invoiceId);
    std::optional<domain::Invoice> byNumber(domain::Id debtorId, const QString &number);
    // The invoice carrying `number`, else the one that had it before it was
    // renumbered (schema 23): what a bank's or accounting's file means by it.
    std::optional<domain::Invoice> byNumberOrFormer(domain::Id debtorId, const QString &number);
    // Its number, dates and amount as `invoice` has them.
    void update(const domain::Invoice &invoice);
    void setDisputed(domain::Id invoiceId, bool disputed, const QString &reason);

private:
    Database &m_db;
};

} // namespace libreta::store
