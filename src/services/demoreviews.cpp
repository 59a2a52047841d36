#include "services/demoreviews.h"

#include <algorithm>

namespace libreta::services::demo {
namespace {

constexpr int kRecentDays = 21;
constexpr quint64 kOneIn = 12;
constexpr quint64 kSalt = 0x5265766965777321ull;  // "Reviews!"

// What supervisors write: praise for a call that went well, a pointer for
// one that did not.
const char *const kGood[] = {
    "Buena presentación y escucha: dejó hablar al deudor y repitió el compromiso completo.",
    "Propuesta clara, con fecha e importe; confirmó la forma de pago antes de colgar.",
    "Manejó la objeción con calma y ofreció una alternativa concreta.",
};
const char *const kImprove[] = {
    "Ofreció el convenio antes de entender el motivo: primero escuchar, luego proponer.",
    "Faltó repetir el compromiso con fecha, importe y forma de pago al cierre.",
    "Ante la primera negativa cerró la llamada: ofrecer al menos una alternativa.",
};
const char *const kCoaching[] = {
    "Practicar el cierre: pedir al deudor que repita la fecha y el importe.",
    "Usar las respuestas a objeciones del guion antes de improvisar.",
    "Anotar con las palabras del deudor el motivo de no pago.",
};

template <typename T, size_t N>
const char *pick(const T (&bank)[N], quint64 h)
{
    return bank[h % N];
}

} // namespace

std::optional<QualityReview> reviewOf(Id callId, const Call &call, const Context &ctx)
{
    const bool talked = call.answeredBy == AnsweredBy::Debtor || call.answeredBy == AnsweredBy::DecisionMaker;
    if (!talked || ctx.supervisorIds.isEmpty() || call.startedAt < ctx.todayStartUtc.addDays(-kRecentDays))
        return std::nullopt;
    const quint64 h = mix64(quint64(callId) ^ kSalt);
    if (h % kOneIn != 0)
        return std::nullopt;
    QualityReview r;
    r.callId = callId;
    r.reviewerId = ctx.supervisorIds.at(int((h >> 8) % quint64(ctx.supervisorIds.size())));
    // Read within a day or two, never after the demo's "now".
    r.reviewedAt = std::min(call.startedAt.addSecs(qint64(3600 * (4 + (h >> 16) % 40))), ctx.todayStartUtc.addSecs(-3600));
    if (r.reviewedAt <= call.startedAt)
        return std::nullopt;  // made too late on the demo's last evening to be read yet
    int sum = 0;
    for (int stage = 0; stage < QualityReview::kStages; ++stage) {
        const int score = 2 + int((h >> (24 + 3 * stage)) % 4);  // 2 to 5
        r.scores[stage] = score;
        sum += score;
    }
    const bool good = sum >= 18;
    r.comments = QString::fromUtf8(good ? pick(kGood, h >> 40) : pick(kImprove, h >> 40));
    if (!good)
        r.coaching = QString::fromUtf8(pick(kCoaching, h >> 48));
    return r;
}

} // namespace libreta::services::demo
