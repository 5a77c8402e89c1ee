#include "common/RefreshWhenShown.h"

#include "shell/WorkspaceSession.h"

#include <QEvent>
#include <QWidget>

namespace cw::ui {

RefreshWhenShown::RefreshWhenShown(QWidget& widget, WorkspaceSession& session, std::function<void()> reset,
                                   std::function<void()> refresh)
    : QObject(&widget)
    , m_widget(widget)
    , m_session(session)
    , m_reset(std::move(reset))
    , m_refresh(std::move(refresh))
{
    m_widget.installEventFilter(this);
    connect(&session, &WorkspaceSession::workspaceChanged, this, &RefreshWhenShown::requestReset);
    connect(&session, &WorkspaceSession::changed, this, &RefreshWhenShown::requestRefresh);
}

bool RefreshWhenShown::deferred() const
{
    return m_session.isOpen() && m_widget.window()->isVisible() && !m_widget.isVisible();
}

void RefreshWhenShown::request(Pending level)
{
    if (level > m_pending)
        m_pending = level;
    if (!deferred())
        flush();
}

void RefreshWhenShown::requestReset()
{
    request(Pending::Reset);
}

void RefreshWhenShown::requestRefresh()
{
    request(Pending::Refresh);
}

void RefreshWhenShown::flush()
{
    const Pending level = m_pending;
    m_pending = Pending::None;
    if (level == Pending::Reset)
        m_reset();
    else if (level == Pending::Refresh)
        m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    // Show arrives before the first paint, so the page is drawn with current data.
    if (watched == &m_widget && event->type() == QEvent::Show && pending())
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace cw::ui
