#pragma once

#include "audit/AuditLifecycle.h"
#include "audit/AuditTypes.h"
#include "audit/Independence.h"
#include "audit/ProgrammeCoverage.h"
#include "documents/Document.h"
#include "review/ManagementReview.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <vector>

namespace cw::ui {

/// User-facing names and colours of audit statuses, checklist results, coverage, lifecycle steps,
/// review inputs and outputs; clause lists as text.
class AuditNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::AuditNames)
public:
    [[nodiscard]] static QString status(cw::AuditStatus s);
    [[nodiscard]] static QColor statusColor(cw::AuditStatus s);
    [[nodiscard]] static QString result(cw::ChecklistResult r);
    [[nodiscard]] static QColor resultColor(cw::ChecklistResult r);
    /// The key that sets a checklist result: 0 pending, 1 conforming, 2 nonconformity,
    /// 3 observation, 4 not audited (the core's order).
    [[nodiscard]] static int resultKey(cw::ChecklistResult r);
    [[nodiscard]] static QString coverage(cw::CoverageStatus s);
    [[nodiscard]] static QColor coverageColor(cw::CoverageStatus s);
    /// The button text of a lifecycle step ("Start audit").
    [[nodiscard]] static QString step(cw::AuditStep s);
    /// The undo text of a lifecycle step ("Start IA-2026-03").
    [[nodiscard]] static QString stepCommand(cw::AuditStep s, const QString& code);
    /// The flag as one sentence in the current language.
    [[nodiscard]] static QString independence(const cw::IndependenceFlag& flag);
    [[nodiscard]] static QString reviewInput(cw::ReviewInput i);
    [[nodiscard]] static QString outputKind(cw::OutputKind k);
    [[nodiscard]] static QString outputState(cw::OutputState s);
    /// A round dot in `color` (cached per colour).
    [[nodiscard]] static QIcon dot(const QColor& color);

    /// "4.1, 8.5.1.3; iso27001:2022 A.5.18": refs of `defaultCatalog` bare, others after their
    /// catalog id.
    [[nodiscard]] static QString clauses(const std::vector<cw::ClauseLink>& clauses,
                                         const std::string& defaultCatalog);
    /// The reverse: tokens separated by commas or semicolons, each "ref" (of `defaultCatalog`) or
    /// "catalog ref". The core checks that each clause exists.
    [[nodiscard]] static std::vector<cw::ClauseLink> parseClauses(const QString& text,
                                                                  const std::string& defaultCatalog);
};

} // namespace cw::ui
