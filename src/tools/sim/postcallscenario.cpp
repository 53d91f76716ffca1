// SPDX-License-Identifier: GPL-3.0-or-later
#include "postcallscenario.h"

#include "callscenario.h"
#include "customerprofile.h"
#include "idgenerator.h"

#include <QJsonArray>

#include <cmath>

namespace sb::tools {

PostCallScenario::PostCallScenario(const EventFactory &factory, IdGenerator &ids,
                                   QRandomGenerator &random)
    : ScenarioBase(factory, ids, random)
{
}

void PostCallScenario::append(CallPlan &call, const CustomerProfile &customer)
{
    if (call.durationSeconds <= 0)
        return;
    QJsonObject &transcript = add(call.events, "transcript.ready", call.context);
    set(transcript, "duration_seconds", call.durationSeconds);
    set(transcript, "transcript_url",
        QString(u"https://example.com/transcripts/" + call.context.callId + u".json"));
    QJsonArray segments;
    double at = 0.4;
    for (qsizetype i = 0; i < customer.agentLines.size(); ++i) {
        for (const auto &[speaker, text] : {std::pair{"agent", customer.agentLines.at(i)},
                                            std::pair{"user", customer.userLines.value(i)}}) {
            const double end = at + 0.06 * static_cast<double>(text.size());
            segments.append(QJsonObject{{QStringLiteral("speaker"), QLatin1StringView(speaker)},
                                        {QStringLiteral("text"), text},
                                        {QStringLiteral("start"), oneDecimal(at)},
                                        {QStringLiteral("end"), oneDecimal(end)}});
            at = end + 0.6;
        }
    }
    set(transcript, "segments", segments);
    set(transcript, "segment_count", static_cast<int>(segments.size()));
    set(transcript, "word_count", call.durationSeconds * 2);

    const QString recording = m_ids.ulid(u"rec_");
    QJsonObject &recorded = add(call.events, "recording.ready", call.context);
    set(recorded, "recording_id", recording);
    set(recorded, "url", QString(u"https://example.com/recordings/" + recording + u".mp3"));
    set(recorded, "duration_seconds", call.durationSeconds);
    set(recorded, "size_bytes", call.durationSeconds * 16016);
    call.events.last().relativeTimes.append({QStringLiteral("expires_at"), 30LL * 24 * 3600 * 1000});

    if (chance(70)) {
        QJsonObject &quality = add(call.events, "quality.score_calculated", call.context);
        const int score = call.ending == CallEnding::Completed ? between(72, 98) : between(35, 70);
        set(quality, "overall_score", score);
        set(quality, "passed", score >= 70);
        set(quality, "sentiment", score >= 70 ? QStringLiteral("positive") : QStringLiteral("negative"));
    }

    QJsonObject &cost = add(call.events, "billing.cost_calculated", call.context);
    const int billable = ((call.durationSeconds + 5) / 6) * 6;
    set(cost, "billable_seconds", billable);
    QJsonObject breakdown = sub(cost, "breakdown");
    double total = 0;
    for (const char *part : {"telephony", "stt", "tts", "llm"}) {
        QJsonObject item = sub(breakdown, part);
        const double perMinute = QLatin1StringView(part) == QLatin1StringView("telephony") ? 0.014 : 0.006;
        const double amount = std::round(billable / 60.0 * perMinute * 10000.0) / 10000.0;
        set(item, "amount", amount);
        total += amount;
        breakdown.insert(QLatin1StringView(part), item);
    }
    QJsonObject telephony = sub(breakdown, "telephony");
    set(telephony, "provider", call.context.provider);
    breakdown.insert(QLatin1StringView("telephony"), telephony);
    set(cost, "breakdown", breakdown);
    set(cost, "total", std::round(total * 10000.0) / 10000.0);
}

} // namespace sb::tools
