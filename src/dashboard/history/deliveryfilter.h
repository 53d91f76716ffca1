// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class QSqlDatabase;
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace sb::dashboard {

// The delivery log's filter language, parsed once into an SQL condition over the local
// store's `deliveries` table (values bound, never pasted):
//
//   status:failed  status:dead  status:retrying  status:pending  status:succeeded
//   attempt:failed   (some attempt failed, even if a later one succeeded)
//   code:5xx  code:404  code:>=500  code:none      error:timeout   event:call.*
//   endpoint:<part of a uid, description or URL, or an id's beginning>
//   app:<part of a uid or name, or an id's beginning>   (any case)
//   call:<call id>   (exact: the message's correlation key)
//   after:-1h  after:-30m  before:2026-11-20T10:00   "free text" over ids and event types
//
// Terms are AND-ed; a leading '-' negates one ("-status:succeeded"). A time without a zone
// is the operator's local time.
class DeliveryFilter
{
    // Qualified, so the context matches the one lupdate records for this namespace.
    Q_DECLARE_TR_FUNCTIONS(sb::dashboard::DeliveryFilter)

public:
    struct Result
    {
        bool ok = true;
        QString where = QStringLiteral("1");  // SQL condition, "1" for an empty filter
        QVariantList values;
        QString error;                        // what is wrong, for the filter bar
        int errorStart = -1;                  // where in the text
        int errorLength = 0;
    };

    static Result parse(const QString &text, const QDateTime &now = QDateTime::currentDateTime());
    // Free text becomes a marker in `where`, which this replaces with the query that suits
    // how often its words occur in the store at `db`; the bound values stay as they are.
    // Every query over a parsed filter goes through it.
    static QString resolveFullText(const QSqlDatabase &db, const QString &where, const QVariantList &values);
    static inline const QString FullTextMarker = QStringLiteral("{fulltext ?}");

    // Values the local history knows, for completing endpoint:, app: and event: terms.
    struct CompletionValues
    {
        QStringList endpoints; // uids or descriptions (quoted when they hold spaces)
        QStringList apps;
        QStringList events;    // event types; "call.*" style group wildcards are added
    };
    // Candidates for the term under the cursor: field names, or values of the field typed.
    static QStringList completions(const QString &text, int cursor, const CompletionValues &known = {});
    // The filter text with the term under the cursor replaced by `completion` (a leading '-'
    // stays), and where the cursor goes after it.
    static std::pair<QString, int> applyCompletion(const QString &text, int cursor, const QString &completion);

    static const QStringList &fields();

    // The engine's bulk-retry filter (POST /api/v1/retry) for the same text, where the
    // engine can express it: app:, endpoint: (with app:), event: (exact names), code:Nxx,
    // after:, before:, and status:dead/failed (the engine retries dead letters only).
    struct EngineFilter
    {
        bool ok = false;
        QJsonObject body;
        QString error;
    };
    static EngineFilter engineRetryFilter(const QString &text, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace sb::dashboard
