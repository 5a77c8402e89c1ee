#pragma once
// Text that is not valid UTF-8, stored by a build that did not validate its input (command-line
// arguments, CISO Assistant YAML, XLSX cells): finding it (`check`) and repairing it
// (`repair-text`). The audit trail is never searched nor changed: its entries are evidence.

#include <string>
#include <vector>

namespace cw {

class Workspace;

/// One stored text field that is not valid UTF-8.
struct InvalidTextField {
    std::string table;  ///< e.g. "finding"
    std::string key;    ///< the row's key values joined by '/', e.g. "12" or "iso20000-1:2018/8.6.1"
    std::string column; ///< e.g. "title"
    bool isKey = false; ///< part of the row's key, or a reference to one: not repaired
    std::string value;  ///< as stored

    /// "finding 12, field title" (the key shown with U+FFFD in place of invalid bytes).
    [[nodiscard]] std::string describe() const;
};

/// Every text field of the product's tables that is not valid UTF-8, in table order.
[[nodiscard]] std::vector<InvalidTextField> findInvalidText(Workspace& ws);

struct TextRepairReport {
    std::vector<InvalidTextField> repaired; ///< changed: each ill-formed sequence is now U+FFFD
    std::vector<InvalidTextField> keys;     ///< found in key columns and left as they are
};

/// Replaces each ill-formed sequence by U+FFFD in every non-key field findInvalidText() finds, in
/// one write action ("Repair invalid text") with one trail entry per field: entity = table,
/// entity id = key, field = column, old value as stored, new value repaired. Nothing is written
/// when nothing needs repair. Key columns (catalog ids, clause refs) are reported and left alone:
/// re-import the catalog to correct them. Error(InvalidInput) when a repaired value collides with
/// another row's (a unique code); the workspace is then left as it was.
[[nodiscard]] TextRepairReport repairInvalidText(Workspace& ws);

} // namespace cw
