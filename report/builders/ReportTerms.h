#pragma once

#include "ReportDocument.h"
#include "assessment/AssessmentTypes.h"
#include "audit/AuditTypes.h"
#include "audit/ProgrammeCoverage.h"
#include "catalog/Catalog.h"
#include "documents/Document.h"
#include "documents/DocumentCoverage.h"
#include "findings/FindingTypes.h"

#include <QString>

#include <optional>
#include <string>

namespace cw::report {

/// The words reports print for the core's enumerations, in the report's language (independent
/// of the UI language, so they are plain en/zh pairs rather than tr()).
class ReportTerms {
public:
    explicit ReportTerms(const ReportDocument& doc)
        : m_doc(doc)
    {}
    [[nodiscard]] QString status(AssessmentStatus s) const;
    [[nodiscard]] QString priority(ActionPriority p) const;
    [[nodiscard]] QString actionStatus(ActionStatus s) const;
    [[nodiscard]] QString coverage(DocumentCoverageStatus s) const;
    [[nodiscard]] QString kind(DocumentKind k) const;
    [[nodiscard]] QString documentStatus(DocumentStatus s) const;
    [[nodiscard]] QString findingType(FindingType t) const;
    [[nodiscard]] QString findingState(FindingState s) const;
    [[nodiscard]] QString auditStatus(AuditStatus s) const;
    [[nodiscard]] QString checklistResult(ChecklistResult r) const;
    [[nodiscard]] QString auditCoverage(CoverageStatus s) const;
    [[nodiscard]] QString yesNo(bool b) const;
    /// "82.5 %" or "-".
    [[nodiscard]] static QString percent(const std::optional<double>& ratio);
    [[nodiscard]] static QString text(const std::string& s) { return QString::fromStdString(s); }
    [[nodiscard]] QString text(const LocalizedText& t) const;
    /// The title in the report language, falling back to the other one.
    [[nodiscard]] QString title(const std::string& en, const std::string& zh) const;
    /// A date, or "-" when empty.
    [[nodiscard]] static QString date(const std::string& d);
    [[nodiscard]] const ReportDocument& doc() const { return m_doc; }

private:
    const ReportDocument& m_doc;
};

} // namespace cw::report
