#include "shell/InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace cw::ui {

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
constexpr int kTimeoutMs = 1000;

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

InstanceChannel::InstanceChannel(QObject* parent)
    : QObject(parent)
{
}

InstanceChannel::~InstanceChannel()
{
    listenFor(QString());
}

QString InstanceChannel::serverName(const QString& file)
{
    const QFileInfo info(file);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
#ifdef Q_OS_WIN
    canonical = canonical.toLower(); // one file, whatever the case of its spelling
#endif
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userName().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical.toUtf8());
    // Short enough for the 108-byte limit of a Unix socket path in the temporary folder.
    return QStringLiteral("cwb-") + QString::fromLatin1(hash.result().toHex().left(32));
}

bool InstanceChannel::isAnswered(const QString& name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.disconnectFromServer(); // says nothing: the other side just closes the connection
    return true;
}

bool InstanceChannel::askToRaise(const QString& file)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(file));
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kRaise);
    const bool sent = socket.waitForBytesWritten(kTimeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(kTimeoutMs);
    return sent;
}

void InstanceChannel::listenFor(const QString& file)
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_file.clear();
    if (file.isEmpty())
        return;
    const QString name = serverName(file);
    // Someone answering for the file already (another window): stand aside. Otherwise any
    // socket file there was left behind by a program that crashed, so take it over. (With socket
    // options set, QLocalServer would silently replace a live socket, hence the explicit probe.)
    if (isAnswered(name))
        return;
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        // The system refuses: work on without the channel.
        m_server->deleteLater();
        m_server = nullptr;
        return;
    }
    m_file = file;
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::acceptConnections);
}

void InstanceChannel::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto readRequest = [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kRaise)
                Q_EMIT raiseRequested();
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, readRequest);
        readRequest(); // the request may have arrived with the connection
    }
}

} // namespace cw::ui
