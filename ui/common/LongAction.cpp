#include "common/LongAction.h"

#include "common/Error.h"
#include "shell/WorkspaceSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <exception>
#include <limits>
#include <utility>

namespace cw::ui {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Drop:
    case QEvent::Close:
        return true;
    default:
        return false;
    }
}

} // namespace

LongAction::LongAction(WorkspaceSession& session, QWidget* parent, QString label, bool cancellable)
    : QObject(parent)
    , m_session(session)
    , m_label(std::move(label))
    , m_cancellable(cancellable)
{}

LongAction::~LongAction()
{
    delete m_dialog;
}

bool LongAction::eventFilter(QObject* watched, QEvent* event)
{
    // Until the action ends, input goes only to the progress dialog, and only when there is a
    // Cancel to press: the workspace is lent, and a click meant for a page would do nothing or act
    // on data about to change. (Esc or closing a dialog without Cancel would hide it for nothing.)
    if (isUserInput(event->type()) && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!m_cancellable || !m_dialog || !m_dialog->isVisible() ||
            (widget != m_dialog && !m_dialog->isAncestorOf(widget)))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

void LongAction::poll()
{
    const std::size_t total = m_total;
    const std::size_t done = m_done;
    Q_EMIT progressed(done, total);
    if (!m_dialog || !m_dialog->isVisible())
        return;
    if (total > 0 && m_dialog->maximum() != static_cast<int>(total))
        m_dialog->setMaximum(static_cast<int>(total));
    if (total > 0)
        m_dialog->setValue(static_cast<int>(std::min(done, total)));
}

LongAction::Outcome LongAction::run(Work work)
{
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_error.clear();
    Outcome outcome = Outcome::Done;
    QString error;
    QEventLoop loop;
    bool ended = false;
    const bool started = m_session.lend(
        [this, work = std::move(work), &outcome, &error](cw::Workspace& ws) {
            const cw::Progress progress = [this](std::size_t done, std::size_t total) {
                m_done = done;
                m_total = total;
                return !m_cancel;
            };
            try {
                work(ws, progress);
            } catch (const cw::Cancelled&) {
                outcome = Outcome::Cancelled;
            } catch (const cw::Error& e) {
                outcome = Outcome::Failed;
                error = QString::fromStdString(e.what());
            } catch (const std::exception& e) {
                outcome = Outcome::Failed;
                error = WorkspaceSession::tr("Unexpected error: %1").arg(QString::fromStdString(e.what()));
            }
        },
        [&] {
            ended = true;
            loop.quit();
        });
    if (!started)
        return Outcome::NotStarted;
    // A session destroyed meanwhile drops `done`; the loop must not wait for it.
    const QPointer<WorkspaceSession> session(&m_session);
    connect(&m_session, &QObject::destroyed, &loop, &QEventLoop::quit);

    qApp->installEventFilter(this);
    m_dialog = new QProgressDialog(m_label, m_cancellable ? tr("Cancel") : QString(), 0, 0,
                                   qobject_cast<QWidget*>(parent()));
    m_dialog->setObjectName(QStringLiteral("longActionProgress"));
    m_dialog->setWindowTitle(m_label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Shown by the timer below, not by QProgressDialog's own guess: a quick action must not
    // flash a dialog.
    m_dialog->setMinimumDuration(std::numeric_limits<int>::max());
    m_dialog->hide();
    if (m_cancellable)
        connect(m_dialog, &QProgressDialog::canceled, this, [this] {
            requestCancel();
            m_dialog->setLabelText(tr("Stopping…"));
            // Not from inside the button's own click: setCancelButton() deletes it.
            QTimer::singleShot(0, m_dialog, [dialog = m_dialog] { dialog->setCancelButton(nullptr); });
        });
    QTimer::singleShot(kDialogDelayMs, m_dialog, [this, &ended] {
        if (!ended) {
            m_dialog->show();
            poll();
        }
    });
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &LongAction::poll);
    m_poll->start(50);

    if (!ended)
        loop.exec();

    m_poll->stop();
    poll();
    delete m_poll;
    m_poll = nullptr;
    qApp->removeEventFilter(this);
    delete m_dialog;
    m_dialog = nullptr;
    if (outcome == Outcome::Failed) {
        m_error = error;
        if (session)
            Q_EMIT session->errorOccurred(m_error);
    }
    return outcome;
}

} // namespace cw::ui
