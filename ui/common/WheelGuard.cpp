#include "common/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QWheelEvent>

namespace cw::ui {

namespace {

QPointer<WheelGuard>& installed()
{
    static QPointer<WheelGuard> guard;
    return guard;
}

bool isField(const QWidget* w)
{
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w);
}

} // namespace

void WheelGuard::install()
{
    if (installed() || !qApp)
        return;
    auto* guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
    installed() = guard;
}

QWidget* WheelGuard::guardedField(QWidget* widget)
{
    // The field itself, or a part of it (a spin box's or an editable combo's line edit).
    for (int depth = 0; widget && depth < 3; ++depth, widget = widget->parentWidget()) {
        if (isField(widget))
            return widget;
        if (widget->isWindow())
            break;
    }
    return nullptr;
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return false;
    if (type == QEvent::Polish) {
        // Qt gives such fields Qt::WheelFocus: a wheel turn would focus the field, then edit it.
        if (isField(widget) && widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    QWidget* field = guardedField(widget);
    if (!field || field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()))
        return false;
    // Not for the field: the scroll area the field sits in scrolls instead, as the user meant.
    auto* wheel = static_cast<QWheelEvent*>(event);
    for (QWidget* up = field->parentWidget(); up; up = up->parentWidget()) {
        auto* area = qobject_cast<QAbstractScrollArea*>(up);
        if (!area || !area->viewport()->isAncestorOf(field))
            continue;
        QWidget* viewport = area->viewport();
        const QPointF at = viewport->mapFromGlobal(wheel->globalPosition());
        QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                              wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                              wheel->source(), wheel->pointingDevice());
        QCoreApplication::sendEvent(viewport, &forwarded);
        break;
    }
    return true;
}

} // namespace cw::ui
