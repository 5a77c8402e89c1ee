#pragma once

#include <QDialog>

class QLineEdit;

namespace cw::ui {

/// Settings the user edits: for now the name recorded in the audit trail.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const QString& actor, QWidget* parent = nullptr);
    /// Empty means the operating-system user.
    [[nodiscard]] QString actor() const;

private:
    QLineEdit* m_actor;
};

} // namespace cw::ui
