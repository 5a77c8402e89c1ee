#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace cw::ui {

/// One window per workspace across processes. While a window has a workspace open it listens on
/// a local socket named after that file; a second program asked to open the same file connects,
/// asks the first to come to the front, and leaves the file alone.
class InstanceChannel : public QObject {
    Q_OBJECT
public:
    explicit InstanceChannel(QObject* parent = nullptr);
    ~InstanceChannel() override;

    /// The socket name for `file`: the same for every spelling of the same path, different for
    /// different files and different users.
    [[nodiscard]] static QString serverName(const QString& file);

    /// Asks the program that has `file` open, if any, to raise its window. True when one answered
    /// the call (and so has the file open); false when nobody listens for it.
    [[nodiscard]] static bool askToRaise(const QString& file);

    /// Starts answering for `file` (stops answering for the one before). Empty: stop.
    void listenFor(const QString& file);
    /// The file this channel answers for; empty when none.
    [[nodiscard]] QString file() const { return m_file; }

Q_SIGNALS:
    /// Another program asked to open our workspace: bring the window to the front.
    void raiseRequested();

private:
    void acceptConnections();
    /// Whether a program listens on the socket `name`; asks it nothing.
    [[nodiscard]] static bool isAnswered(const QString& name);

    QLocalServer* m_server = nullptr;
    QString m_file;
};

} // namespace cw::ui
