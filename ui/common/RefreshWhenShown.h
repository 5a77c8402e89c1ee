#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace cw::ui {

class WorkspaceSession;

/// Keeps a widget's data current without reading the workspace for widgets nobody sees: a request
/// made while the widget is hidden inside a shown window (a page behind the current one) is kept
/// and carried out when the widget is next shown. Opening a large workspace then reads only for
/// the page on screen, and an edit refreshes only what is visible. Where the window itself is not
/// shown (tests, offscreen use) requests are carried out at once, as before.
class RefreshWhenShown : public QObject {
    Q_OBJECT
public:
    /// `reset` runs when the session's workspace was opened or closed, `refresh` after a committed
    /// change; a pending reset includes the refresh. Closing the workspace resets at once, so no
    /// hidden widget keeps data of a closed workspace.
    RefreshWhenShown(QWidget& widget, WorkspaceSession& session, std::function<void()> reset,
                     std::function<void()> refresh);

    void requestReset();
    void requestRefresh();
    /// Carries out a pending request now; call before acting on the widget's data while it may be
    /// hidden (e.g. selecting a record on a page about to be shown).
    void flush();
    [[nodiscard]] bool pending() const { return m_pending != Pending::None; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Pending { None, Refresh, Reset };
    void request(Pending level);
    [[nodiscard]] bool deferred() const;

    QWidget& m_widget;
    WorkspaceSession& m_session;
    std::function<void()> m_reset;
    std::function<void()> m_refresh;
    Pending m_pending = Pending::None;
};

} // namespace cw::ui
