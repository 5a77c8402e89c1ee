#pragma once

#include <QtGlobal>

class QLabel;
class QScrollArea;
class QWidget;

namespace cw::ui {

/// A frameless scroll area around `inner`, which it resizes to its width (a page's side panel).
[[nodiscard]] QScrollArea* scrollingArea(QWidget* inner, QWidget* parent);

/// A bold label in the widget font scaled by `scale`, for a section heading; text set by the caller.
[[nodiscard]] QLabel* headingLabel(QWidget* parent, qreal scale = 1.0);

} // namespace cw::ui
