#pragma once

#include "catalog/Catalog.h"
#include "readiness/Readiness.h"

#include <string>
#include <vector>

namespace cw {

/// One thing that holds a certification audit back, with the day it stops doing so.
struct TimelineConstraint {
    std::string criterion; ///< "trial", "internal_audit", "management_review", "S1.2" ... "stage1"
    std::string date;      ///< YYYY-MM-DD; "" when no date can be derived (nothing planned)
    LocalizedText label;   ///< e.g. "3 months of trial operation from 2026-06-01"
};

/// The earliest feasible date of an audit: the latest of its constraints' dates. When a
/// constraint has no date, the date is only a lower bound and `determined` is false.
struct EarliestDate {
    std::string date; ///< "" when no constraint has a date
    bool determined = false;
    std::vector<TimelineConstraint> constraints;
};

/// A point of the certification timeline chart.
struct Milestone {
    std::string id; ///< "trial_start", "trial_3_months", "internal_audit", "management_review", "stage1",
                    ///< "stage2", "decision", "surveillance1", "surveillance2", "recertification", "expiry"
    std::string date;
    LocalizedText label;
    bool planned = false; ///< a date of the plan, not one the timeline derived
};

/// From the plan and the data: the earliest feasible stage 1 and stage 2 dates, then the
/// certificate cycle. Rules (docs/report-format.md):
///  - stage 1 no earlier than today, trial operation start + 3 months, the first completed internal
///    audit (else the planned one) and the first management review (else the planned one), and the
///    due dates of the gap actions on the clauses of required documents still missing (S1.2);
///  - stage 2 no earlier than stage 1 + 30 days and the dates that lift each unmet stage 2 criterion:
///    due dates of the gap actions of the assessment (S2.1), of the corrective actions of open
///    major nonconformities (S2.2), the planned end of the audits covering unaudited clauses or the
///    planned internal audit (S2.3), the planned management review (S2.4), and the first record
///    entry + 3 months (today + 3 months when none) of each short record (S2.5);
///  - stage 1 and 2 take the planned date when one is set and not before the earliest feasible one;
///  - the certification decision is expected 1 month after stage 2; surveillance audit 1 within 12
///    months of it, surveillance 2 within 24 months, the certificate expires after 3 years and the
///    recertification audit is due 3 months before expiry.
struct CertificationTimeline {
    EarliestDate stage1;
    EarliestDate stage2;
    std::string stage1Date; ///< the date carried forward: planned when feasible, else earliest ("" unknown)
    std::string stage2Date;
    std::string decision;
    std::string surveillance1;
    std::string surveillance2;
    std::string recertification;
    std::string expiry;
    std::vector<Milestone> milestones; ///< in date order (undated ones left out)
    /// Notes such as "the planned stage 1 (2026-12-01) is before the earliest feasible date".
    std::vector<LocalizedText> warnings;
};

inline constexpr int kStage2AfterStage1Days = 30;

[[nodiscard]] CertificationTimeline certificationTimeline(const ReadinessFacts& facts,
                                                          const Verdict& verdict);

} // namespace cw
