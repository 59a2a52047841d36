#include "domain/labels.h"

#include "domain/entitycodes.h"
#include "domain/fullstop.h"

#include "domaintesthelpers.h"

#include <QSet>

using namespace libreta::domain;
using libreta::tests::MarkingTranslator;

namespace {

// Walks every value of an enum through its stored codes, so a value added
// to the enum and its code table is checked here without editing the test.
template <typename Enum>
void checkLabels()
{
    QSet<QString> seen;
    const QStringList codes = allCodes<Enum>();
    REQUIRE_FALSE(codes.isEmpty());
    for (const QString &code : codes) {
        const std::optional<Enum> value = fromCode<Enum>(code);
        REQUIRE(value.has_value());
        const QString text = label(*value);
        INFO("code " << code.toStdString());
        CHECK_FALSE(text.isEmpty());
        seen.insert(text);
    }
    CHECK(seen.size() == codes.size());  // two values never read the same

    MarkingTranslator translator("Labels");
    for (const QString &code : codes)
        CHECK(label(*fromCode<Enum>(code)).startsWith(QStringLiteral("ES:")));
}

} // namespace

TEMPLATE_TEST_CASE("Every enum value has its own translated label", "", UserRole, DebtorKind,
                   DebtorStatus, Level, ContactRole, PaymentMethod, AnsweredBy, CallOutcome,
                   ExcuseCategory, ExcuseKind, PreCloseAnswer, PromiseStatus, PlanFrequency,
                   FollowUpKind, FollowUpStatus, Approach)
{
    checkLabels<TestType>();
}

TEST_CASE("Every call stage has its own translated label")
{
    const CallStage stages[] = {CallStage::Presentation, CallStage::Listening, CallStage::Negotiation,
                                CallStage::PreClose, CallStage::Close};
    QSet<QString> seen;
    for (CallStage s : stages) {
        CHECK_FALSE(label(s).isEmpty());
        seen.insert(label(s));
    }
    CHECK(seen.size() == 5);
    MarkingTranslator translator("Labels");
    for (CallStage s : stages)
        CHECK(label(s).startsWith(QStringLiteral("ES:")));
}

TEST_CASE("Reasons that can be checked are suggested as arguments, the rest as excuses")
{
    CHECK(suggestedExcuseKind(ExcuseCategory::InvoiceNotReceived) == ExcuseKind::Argument);
    CHECK(suggestedExcuseKind(ExcuseCategory::AmountDisputed) == ExcuseKind::Argument);
    CHECK(suggestedExcuseKind(ExcuseCategory::SaysAlreadyPaid) == ExcuseKind::Argument);
    CHECK(suggestedExcuseKind(ExcuseCategory::DoesNotRecogniseDebt) == ExcuseKind::Argument);
    CHECK(suggestedExcuseKind(ExcuseCategory::NoFunds) == ExcuseKind::Excuse);
    CHECK(suggestedExcuseKind(ExcuseCategory::WaitingForCustomer) == ExcuseKind::Excuse);
    CHECK(suggestedExcuseKind(ExcuseCategory::WillPayOnDate) == ExcuseKind::Excuse);
    CHECK(suggestedExcuseKind(ExcuseCategory::IllnessOrJobLoss) == ExcuseKind::Excuse);
    CHECK(suggestedExcuseKind(ExcuseCategory::Other) == ExcuseKind::Excuse);
}

TEST_CASE("A sentence whose value ends in a period ends with one", "[domain][labels]")
{
    using libreta::domain::withOneFullStop;
    CHECK(withOneFullStop(QStringLiteral("Para el deudor serán las 8:10 a. m..")) ==
          QStringLiteral("Para el deudor serán las 8:10 a. m."));
    CHECK(withOneFullStop(QStringLiteral("Siguiente intento: 08/12/2026 17:10.")) ==
          QStringLiteral("Siguiente intento: 08/12/2026 17:10."));
    CHECK(withOneFullStop(QStringLiteral("Y luego...")) == QStringLiteral("Y luego..."));
}
