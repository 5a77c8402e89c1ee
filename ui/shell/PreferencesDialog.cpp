#include "shell/PreferencesDialog.h"

#include "common/Actor.h"
#include "common/Error.h"
#include "platform/Platform.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw::ui {

PreferencesDialog::PreferencesDialog(const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_actor(new QLineEdit(actor, this))
{
    setWindowTitle(tr("Preferences"));
    m_actor->setObjectName(QStringLiteral("actorEdit"));
    // The name used when the field is left empty: $CW_ACTOR, else the login name (resolveActor).
    QString fallback;
    try {
        fallback = QString::fromStdString(cw::resolveActor());
    } catch (const cw::Error&) {
        fallback = QString::fromStdString(cw::platform::currentUserName());
    }
    m_actor->setPlaceholderText(fallback);
    m_actor->setMinimumWidth(280);

    auto* hint = new QLabel(tr("Every change is recorded in the workspace's audit trail under this name. "
                               "Leave it empty to use your login name."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("Name recorded in the audit trail:"), m_actor);
    form->addRow(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PreferencesDialog::actor() const
{
    return m_actor->text().trimmed();
}

} // namespace cw::ui
