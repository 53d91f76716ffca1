// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginesession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace sb::dashboard {

EngineSession::EngineSession(QUrl engine, QByteArray token, QString historyPath, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_token(std::move(token))
    , m_client(std::make_unique<EngineClient>(m_engine, m_token))
    , m_store(std::make_unique<HistoryStore>(historyPath))
    , m_reader(std::make_unique<HistoryReader>(historyPath))
    , m_stream(std::make_unique<StreamConnection>())
    , m_sync(std::make_unique<HistorySync>(m_client.get(), m_store.get(), m_stream.get()))
{
    connect(m_stream.get(), &StreamConnection::framesReceived, m_store.get(), &HistoryStore::append);
    m_stream->setBacklogLimit(HistoryStore::StreamBacklogLimit, [store = m_store.get()] { return store->lastSeq(); });
    connect(m_store.get(), &HistoryStore::committed, this, &EngineSession::historyChanged);
    // The engine closes the stream after saying so; the reconnect resumes past the gap.
    connect(m_stream.get(), &StreamConnection::resumePointPruned, this, [this](qint64 oldestSeq) {
        const qint64 from = m_store->lastSeq() + 1;
        m_store->acceptGap(oldestSeq);
        emit historyGap(from, oldestSeq - 1);
    });
    connect(m_stream.get(), &StreamConnection::answeringChanged, this, &EngineSession::noteContact);
    connect(m_stream.get(), &StreamConnection::stateChanged, this, &EngineSession::noteContact);
    connect(m_store.get(), &HistoryStore::opened, this, [this](bool ok) {
        if (ok)
            m_sync->start(m_engine, m_token);
        emit historyChanged();
    });
}

EngineSession::~EngineSession()
{
    if (m_silentSinceMs > 0) // closed while the engine was away: that much is known
        m_store->recordSilence(m_silentSinceMs, QDateTime::currentMSecsSinceEpoch());
}

void EngineSession::noteContact()
{
    const bool answering = m_stream->engineAnswering();
    const StreamConnection::State state = m_stream->state();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if ((!answering || state == StreamConnection::State::WaitingToReconnect) && m_silentSinceMs == 0) {
        const QDateTime last = m_stream->silentSince();
        m_silentSinceMs = last.isValid() ? std::min(now, last.toMSecsSinceEpoch()) : now;
    } else if (answering && state == StreamConnection::State::Live && m_silentSinceMs > 0) {
        m_store->recordSilence(m_silentSinceMs, now);
        m_silentSinceMs = 0;
    }
}

void EngineSession::setVerifyTls(bool verify)
{
    m_client->setVerifyTls(verify);
    m_stream->setVerifyTls(verify);
    m_sync->setVerifyTls(verify);
}

void EngineSession::start()
{
    m_store->open();
    m_client->get(QStringLiteral("/api/v1/auth/me"), [this](const EngineClient::Reply &r) {
        if (r.status != 200)
            return;
        m_role = r.json.value(QLatin1StringView("role")).toString();
        emit roleKnown(m_role);
    });
}

namespace {
QString historyDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
    QDir().mkpath(dir);
    return dir;
}
} // namespace

QString EngineSession::historyPathForProfile(const QString &profileId)
{
    return historyDirectory() + QStringLiteral("/profile-") + profileId + QStringLiteral(".db");
}

QString EngineSession::defaultHistoryPath(const QUrl &engine)
{
    const QString dir = historyDirectory();
    const QByteArray key = QCryptographicHash::hash(engine.toString(QUrl::StripTrailingSlash).toUtf8(),
                                                    QCryptographicHash::Sha256).toHex().left(16);
    return dir + u'/' + QString::fromLatin1(key) + QStringLiteral(".db");
}

} // namespace sb::dashboard
