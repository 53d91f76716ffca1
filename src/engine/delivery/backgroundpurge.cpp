// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundTasks' walk for Svix's expunge-all-contents: the application's messages that still
// have a payload, in id order from where it stopped, a page a transaction, so the writer is
// never held for long however many messages the application has.
#include "backgroundtasks.h"

#include "deliveryscheduler.h"
#include "engine/store/expungewrites.h"
#include "engine/store/rowcodec.h"
#include "engine/store/storereader.h"
#include "engine/store/storewriter.h"

#include <QSqlQuery>

namespace sb::engine {

void BackgroundTasks::stepPurge(const QString &id)
{
    auto it = m_tasks.find(id);
    QList<Message> page;
    {
        QSqlQuery &q = m_reader->run(
            QStringLiteral("SELECT m.id, m.app_id, m.event_type, m.event_id, m.channels, m.tags, m.created_at, "
                           "'', m.deliver_at, m.correlation_key FROM messages m WHERE m.app_id = ? AND m.id > ? "
                           "AND m.created_at <= ? AND EXISTS (SELECT 1 FROM message_payloads p WHERE p.msg_id = m.id) "
                           "ORDER BY m.id LIMIT ?"),
            // What the application had when the purge was asked for: not what arrives meanwhile.
            {it->filter.appId, it->cursorMsg, it->createdAt.toMSecsSinceEpoch(), PageSize});
        const FinishOnExit finish{q};
        while (q.next()) {
            page.append(rowcodec::message(q));
            it->cursorMsg = page.constLast().id;
        }
    }
    const bool last = page.size() < PageSize;
    const auto next = [this, id, last](int handled) { pageWritten(id, last, handled); };
    if (page.isEmpty())
        return next(0);
    m_writer->submit(expungewrites::messagesContent(page), this, [this, page, next](const WriteResult &r) {
        if (!r.ok) {
            qWarning("purge: could not expunge a page: %s", qPrintable(r.error));
            return next(0); // the walk goes on; a later purge finds them still there
        }
        for (const Message &m : page)
            m_scheduler->contentExpunged(m.id);
        next(static_cast<int>(page.size()));
    });
}

} // namespace sb::engine
