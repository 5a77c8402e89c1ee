#pragma once

#include "findings/Finding.h"
#include "findings/FindingLifecycle.h"
#include "findings/FindingTypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace cw::ui {

/// User-facing names and colours of finding types, sources, states, lifecycle steps, root-cause
/// methods and corrective-action states.
class FindingNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::FindingNames)
public:
    [[nodiscard]] static QString type(cw::FindingType t);
    [[nodiscard]] static QColor typeColor(cw::FindingType t);
    [[nodiscard]] static QString source(cw::FindingSource s);
    [[nodiscard]] static QString state(cw::FindingState s);
    /// The button text of a step ("Record correction").
    [[nodiscard]] static QString step(cw::FindingStep s);
    /// The undo text of a step ("Close NC-2026-004").
    [[nodiscard]] static QString stepCommand(cw::FindingStep s, const QString& code);
    [[nodiscard]] static QString rcaMethod(cw::RcaMethod m);
    [[nodiscard]] static QString fishboneCategory(std::string_view key);
    [[nodiscard]] static QString actionState(cw::ActionState s);
    /// Who raised the finding, its verifications and its state changes with who, when and the
    /// comment, one per line (rich text).
    [[nodiscard]] static QString history(const cw::FindingSnapshot& snapshot);
    /// The colour overdue items are drawn in.
    [[nodiscard]] static QColor overdueColor();
};

} // namespace cw::ui
