#include "domain/entitycodes.h"

#include "domaintesthelpers.h"

#include <QRegularExpression>
#include <QSet>

using namespace libreta::domain;

TEMPLATE_TEST_CASE("Every stored code reads back to the value that wrote it", "", UserRole,
                   DebtorKind, DebtorStatus, Level, ContactRole, PaymentMethod, AnsweredBy,
                   CallOutcome, ExcuseCategory, ExcuseKind, PreCloseAnswer, PromiseStatus,
                   PlanFrequency, FollowUpKind, FollowUpStatus, Approach)
{
    const QStringList codes = allCodes<TestType>();
    REQUIRE_FALSE(codes.isEmpty());
    CHECK(QSet<QString>(codes.begin(), codes.end()).size() == codes.size());
    const QRegularExpression ascii(QStringLiteral("^[a-z0-9_]+$"));
    for (const QString &code : codes) {
        INFO(code.toStdString());
        CHECK(ascii.match(code).hasMatch());
        const std::optional<TestType> value = fromCode<TestType>(code);
        REQUIRE(value.has_value());
        CHECK(toCode(*value) == code);
    }
    CHECK_FALSE(fromCode<TestType>(u"").has_value());
    CHECK_FALSE(fromCode<TestType>(u"no_such_code").has_value());
    CHECK_FALSE(fromCode<TestType>(codes.front().toUpper()).has_value());  // codes are exact
}

TEST_CASE("Shipped codes keep their spelling")
{
    // The database stores these; changing one breaks existing files.
    CHECK(toCode(PromiseStatus::PartiallyKept) == QStringLiteral("partial"));
    CHECK(toCode(PromiseStatus::Broken) == QStringLiteral("broken"));
    CHECK(toCode(ContactRole::DecisionMaker) == QStringLiteral("decision_maker"));
    CHECK(toCode(FollowUpKind::NoteFollowUp) == QStringLiteral("note_followup"));
    CHECK(toCode(PaymentMethod::Check) == QStringLiteral("check"));
    CHECK(toCode(Approach::Renegotiate) == QStringLiteral("renegotiate"));
    CHECK(allCodes<Level>() == QStringList{QStringLiteral("low"), QStringLiteral("medium"),
                                           QStringLiteral("high")});
}
