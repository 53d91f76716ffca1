// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storewriter.h"

#include "core/message.h"

// Deleting what a message or an attempt carried (Svix's "expunge"): a payload sent with
// something it should not have held, a receiver's answer that echoed a secret. The records
// stay, so the delivery's story is still told; only the content goes, everywhere the engine
// kept a copy, and a content.expunged change tells the consoles to drop theirs.
namespace sb::engine::expungewrites {

// The message's payload row, and its copy in the idempotency key's stored answer (replaced
// by `expiredAnswer`, the message as it now reads). Nothing happens to a message whose
// content is gone already, but the change is written again.
StoreWriter::Job messageContent(Message message, QByteArray expiredAnswer);

// What a message reads once its content is gone: as Svix shows it, {"expired": true} for a
// payload.
QByteArray expiredAnswer(Message message);

// Several messages' payloads in one transaction (Svix's bulk expunge, an application's purge).
StoreWriter::Job messagesContent(const QList<Message> &messages);

// The attempt's response body, in its row and in its attempt.finished change. Fails with
// NotFound when the message has no such attempt.
StoreWriter::Job attemptContent(QString appId, QString msgId, QString attemptId);

} // namespace sb::engine::expungewrites
