#include "store/database.h"
#include "store/importpresetrepository.h"
#include "store/migrations.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;

TEST_CASE("Schema steps only go up, and a file at an earlier step gets the steps after it", "[store]")
{
    // Engineers reserve step numbers ahead: a branch may ship 0005 before
    // 0004 exists. Versions only have to increase.
    const auto steps = store::bundledMigrations();
    for (qsizetype i = 1; i < steps.size(); ++i)
        CHECK(steps[i].version > steps[i - 1].version);

    test::TempDb t;
    const int latest = store::Database::latestSchemaVersion();
    // The steps undone below are thirty-three of the last thirty-six; 41
    // writes the plans' table again whichever check it had, 43 and 44
    // only add words to search texts (again, nothing twice), and 46 finds
    // the payment methods' list already widened.
    REQUIRE(latest == 46);
    // A file made before the agenda's groups had indexes of their own
    // (schema 9): version 6's indexes, keyed by kind alone, and a debtor's
    // calls indexed without their corrections (before schema 11); nor did
    // the groups' indexes hold the debtor (before schema 12), nor were the
    // Panel's figures kept (before schema 13), nor who corrected a call
    // (before schema 14), nor the activity log's indexes (before schemas 15
    // and 16), nor could a payment be reversed (before schema 17), nor did
    // a payment keep whose money it was (before schema 18), nor could a
    // balance be adjusted (before schema 19), nor did the Panel count it
    // (before schema 20), nor read the reviews' scores (before schema 21),
    // nor did an agent hear of them (before schema 22), nor did an invoice
    // keep its former numbers (before schema 23), nor a user a PIN (before
    // schema 24), nor the file the wrong PINs typed (before schema 26), nor
    // a debtor's file the documents written for it (before schema 27), nor
    // were invoice numbers searched (before schema 28), nor the Panel's
    // figures kept by month (before schema 29), nor an invoice's number
    // tail (before schema 30; its index is schema 28's too), nor a phone
    // its debtor's place in name order (before schema 31), nor a technique
    // what its promises came to (before schema 32), nor the techniques'
    // figures by month (before schema 33), nor a promise the day a new one
    // replaced it (before schema 34), nor an agent a target (before schema
    // 35), nor the Panel the figures by reason for not paying (before
    // schema 36), nor the follow-through of tasks and call-backs (before
    // schema 37), nor their moves (before schema 38), nor an item its
    // put-offs (before schema 39), nor a search the initials of the later
    // words (before schema 40), nor the portfolio what was paid of a
    // pending promise (before schema 42), nor did the Panel leave out a
    // promise replaced the day it was made (before schema 45).
    for (const char *sql :
         {"DROP TRIGGER promises_replaced_same_day",
          "ALTER TABLE debtor_totals DROP COLUMN open_promise_paid", "DROP TRIGGER debtors_initials_insert", "DROP TRIGGER debtors_initials_delete",
          "DROP TRIGGER debtors_initials_update", "DROP TABLE debtor_initials",
          "DROP TRIGGER followup_moves_put_offs", "DROP INDEX followups_open_put_off",
          "ALTER TABLE followups DROP COLUMN put_offs", "DROP TABLE followup_moves", "DROP TRIGGER followups_figures_insert", "DROP TRIGGER followups_figures_update",
          "DROP TRIGGER followups_figures_delete", "DROP TABLE followup_monthly_figures", "DROP TABLE followup_figures",
          "DROP TRIGGER calls_reason_figures", "DROP TRIGGER promises_reason_figures_insert",
          "DROP TRIGGER promises_reason_figures_update", "DROP TABLE reason_monthly_figures",
          "DROP TABLE reason_figures", "DROP TABLE agent_targets", "ALTER TABLE promises DROP COLUMN replaced_on", "DROP TRIGGER technique_figures_month_insert", "DROP TRIGGER technique_figures_month_update",
          "DROP TRIGGER technique_figures_month_delete", "DROP TABLE technique_monthly_figures",
          "DROP TRIGGER promises_technique_figures_insert", "DROP TRIGGER call_techniques_promise_figures",
          "DROP TRIGGER promises_technique_figures_update",
          "DROP TRIGGER contact_phones_debtor_on_insert",
          "CREATE TRIGGER contact_phones_debtor_on_insert AFTER INSERT ON contact_phones WHEN NEW.debtor_id IS NULL "
          "BEGIN UPDATE contact_phones SET debtor_id = (SELECT c.debtor_id FROM contacts c WHERE c.id = NEW.contact_id) "
          "WHERE id = NEW.id; END",
          "DROP TRIGGER contacts_debtor_moves_phone_names",
          "DROP TRIGGER debtors_search_text_to_phones", "DROP INDEX contact_phones_digits",
          "ALTER TABLE contact_phones DROP COLUMN search_text",
          "CREATE INDEX contact_phones_digits ON contact_phones (digits, debtor_id)",
          "DROP TRIGGER invoices_number_tail", "DROP INDEX invoices_number_search",
          "ALTER TABLE invoices DROP COLUMN number_tail", "DROP TRIGGER daily_figures_month_insert", "DROP TRIGGER daily_figures_month_update",
          "DROP TRIGGER daily_figures_month_delete", "DROP TABLE monthly_figures",
          "DROP TABLE documents_written", "ALTER TABLE users DROP COLUMN pin_wait_until", "ALTER TABLE users DROP COLUMN pin_waits",
          "ALTER TABLE users DROP COLUMN pin_wrong", "ALTER TABLE users DROP COLUMN pin_hash", "DROP TRIGGER invoices_former_number", "DROP TABLE invoice_former_numbers",
          "DROP INDEX quality_reviews_reviewed_at", "ALTER TABLE users DROP COLUMN reviews_read_at",
          "DROP TRIGGER quality_reviews_figures_update", "DROP TRIGGER quality_reviews_figures_delete",
          "DROP TRIGGER quality_reviews_figures_insert", "DROP TABLE review_figures",
          "DROP TRIGGER adjustment_lines_daily_figures_delete", "DROP TRIGGER adjustment_lines_daily_figures",
          "DROP TRIGGER adjustments_credit", "ALTER TABLE daily_figures DROP COLUMN adjusted",
          "DROP TRIGGER adjustments_withdrawal_final", "DROP TABLE adjustment_lines", "DROP TABLE adjustments",
          "ALTER TABLE call_discounts DROP COLUMN granted_when_paid",
          "DROP TRIGGER payments_reversed_daily_figures", "DROP TRIGGER payments_reversal_final",
          "DROP TRIGGER payments_daily_figures", "ALTER TABLE payments DROP COLUMN credited_segment",
          "ALTER TABLE payments DROP COLUMN credited_agent_id",
          "ALTER TABLE payments DROP COLUMN reversal_note", "ALTER TABLE payments DROP COLUMN reversal_reason",
          "ALTER TABLE payments DROP COLUMN reversed_by", "ALTER TABLE payments DROP COLUMN reversed_at",
          "DROP INDEX audit_log_debtor_at", "DROP INDEX audit_log_at", "DROP INDEX audit_log_user_at", "DROP INDEX audit_log_action_at",
          "DROP INDEX audit_log_user_action_at",
          "ALTER TABLE calls DROP COLUMN corrected_at", "ALTER TABLE calls DROP COLUMN corrected_by",
          "DROP TRIGGER calls_daily_figures", "DROP TRIGGER call_techniques_figures",
          "DROP TRIGGER promises_daily_figures_insert", "DROP TRIGGER promises_daily_figures_update",
          "DROP TABLE daily_figures", "DROP TABLE technique_figures",
          "DROP INDEX followups_open_group_due", "DROP INDEX followups_open_agent_group_due",
          "DROP INDEX calls_debtor_started", "CREATE INDEX calls_debtor_started ON calls (debtor_id, started_at)",
          "CREATE INDEX followups_open_kind_due ON followups (status, kind, due_date, due_time, promise_id) "
          "WHERE status = 'open'",
          "CREATE INDEX followups_open_agent_kind_due ON followups (status, assigned_to, kind, due_date, due_time, "
          "promise_id) WHERE status = 'open'",
          "PRAGMA user_version = 9"})
        store::SqlQuery(t.db(), QString::fromLatin1(sql)).exec();
    t.reopen();
    CHECK(t.db().schemaVersion() == latest);
    const auto indexes = [&t](const char *names) {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
                                                      "AND name IN (%1)")
                                           .arg(QLatin1String(names)))
            .execScalar();
    };
    CHECK(indexes("'followups_open_group_due', 'followups_open_agent_group_due'") == 2);
    CHECK(indexes("'followups_open_kind_due', 'followups_open_agent_kind_due'") == 0);
    const auto definition = [&t](const char *name) {
        store::SqlQuery q(t.db(), QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'")
                                      .arg(QLatin1String(name)));
        q.exec();
        return q.next() ? q.text(0) : QString();
    };
    CHECK(definition("followups_open_group_due").contains(QLatin1String("promise_id, id, debtor_id)")));
    CHECK(definition("followups_open_agent_group_due").contains(QLatin1String("promise_id, id, debtor_id)")));
    CHECK(definition("calls_debtor_started").contains(QLatin1String("corrects_call_id")));
    CHECK(!definition("payments_daily_figures").isEmpty());
    CHECK(definition("calls").contains(QLatin1String("corrected_by")));
    CHECK(indexes("'audit_log_at', 'audit_log_user_at', 'audit_log_action_at', 'audit_log_user_action_at', "
                  "'audit_log_debtor_at'") == 5);
    CHECK(definition("payments").contains(QLatin1String("reversal_reason")));
    CHECK(definition("payments").contains(QLatin1String("credited_agent_id")));
    CHECK(definition("payments_daily_figures").contains(QLatin1String("credited_segment")));
    CHECK(!definition("payments_reversed_daily_figures").isEmpty());
    CHECK(definition("adjustment_lines").contains(QLatin1String("invoice_id")));
    CHECK(definition("call_discounts").contains(QLatin1String("granted_when_paid")));
    CHECK(definition("daily_figures").contains(QLatin1String("adjusted")));
    CHECK(definition("adjustments").contains(QLatin1String("credited_segment")));
    CHECK(definition("review_figures").contains(QLatin1String("negotiation_scored")));
    CHECK(!definition("quality_reviews_figures_update").isEmpty());
    CHECK(definition("users").contains(QLatin1String("reviews_read_at")));
    CHECK(!definition("quality_reviews_reviewed_at").isEmpty());
    CHECK(definition("invoice_former_numbers").contains(QLatin1String("invoice_id")));
    CHECK(!definition("invoices_former_number").isEmpty());
    CHECK(definition("users").contains(QLatin1String("pin_hash")));
    CHECK(definition("contact_phones_digits").contains(QLatin1String("search_text")));
    CHECK(!definition("debtors_search_text_to_phones").isEmpty());
    CHECK(definition("contact_phones_debtor_on_insert").contains(QLatin1String("search_text")));
    CHECK(definition("technique_figures").contains(QLatin1String("promises_paid")));
    CHECK(!definition("call_techniques_promise_figures").isEmpty());
    CHECK(!definition("technique_figures_month_update").isEmpty());
    CHECK(definition("followup_monthly_figures").contains(QLatin1String("put_off")));
    CHECK(definition("followup_figures_month_update").contains(QLatin1String("put_off")));
    CHECK(!definition("followup_moves_figures").isEmpty());
    CHECK(definition("followups").contains(QLatin1String("put_offs")));
    CHECK(!definition("followup_moves_put_offs").isEmpty());
    CHECK(indexes("'followups_open_put_off'") == 1);
    CHECK(definition("debtor_totals").contains(QLatin1String("open_promise_paid")));
    // The earlier steps were not run again (they would have failed: their
    // tables exist).
    CHECK(store::SqlQuery(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'import_presets'"))
              .execScalar() == 1);
}

TEST_CASE("Import presets are saved by name, replaced, listed by kind and removed", "[store]")
{
    test::TempDb t;
    store::ImportPresetRepository presets(t.db());
    presets.save({QStringLiteral("Banco"), QStringLiteral("payments"), QStringLiteral("{\"columns\":{}}")});
    presets.save({QStringLiteral("ERP"), QStringLiteral("invoices"), QStringLiteral("{}")});
    presets.save({QStringLiteral("banco 2"), QStringLiteral("payments"), QStringLiteral("{}")});
    presets.save({QStringLiteral("ERP"), QStringLiteral("invoices"), QStringLiteral("{\"decimal\":\"comma\"}")});
    CHECK(presets.list().size() == 3);
    const auto payments = presets.list(QStringLiteral("payments"));
    REQUIRE(payments.size() == 2);
    CHECK(payments[0].name == QStringLiteral("Banco"));
    CHECK(payments[1].name == QStringLiteral("banco 2"));
    CHECK(presets.byName(QStringLiteral("ERP"))->settings == QStringLiteral("{\"decimal\":\"comma\"}"));
    presets.remove(QStringLiteral("ERP"));
    CHECK_FALSE(presets.byName(QStringLiteral("ERP")));
}
