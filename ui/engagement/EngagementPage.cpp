#include "engagement/EngagementPage.h"

#include "common/Banner.h"
#include "common/CommittingTextEdit.h"
#include "common/EmptyState.h"
#include "engagement/EngagementFieldCommand.h"
#include "engagement/EngagementFieldNames.h"
#include "engagement/PlanSection.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
std::size_t slot(cw::EngagementField field)
{
    return static_cast<std::size_t>(field);
}

/// Shows the stored value unless the user is in the middle of changing this very field.
void showStored(QLineEdit* edit, const std::string& value)
{
    const QString text = QString::fromStdString(value);
    if (edit->text() != text && !(edit->hasFocus() && edit->isModified()))
        edit->setText(text);
}
} // namespace

EngagementPage::EngagementPage(WorkspaceSession& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_form(new QWidget(this))
    , m_fields(new QFormLayout)
    , m_heading(new QLabel(m_form))
    , m_hint(new QLabel(m_form))
    , m_readOnly(new Banner(m_form))
    , m_name(new QLineEdit(m_form))
    , m_organizationEn(new QLineEdit(m_form))
    , m_organizationZh(new QLineEdit(m_form))
    , m_scope(new CommittingTextEdit(m_form))
    , m_language(new QComboBox(m_form))
{
    setObjectName(QStringLiteral("engagementPage"));
    m_name->setObjectName(QStringLiteral("engagementName"));
    m_organizationEn->setObjectName(QStringLiteral("organizationEn"));
    m_organizationZh->setObjectName(QStringLiteral("organizationZh"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_language->setObjectName(QStringLiteral("engagementLanguage"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.7);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_scope->setMinimumHeight(140);
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("zh"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    addRow(cw::EngagementField::Name, m_name);
    addRow(cw::EngagementField::OrganizationEn, m_organizationEn);
    addRow(cw::EngagementField::OrganizationZh, m_organizationZh);
    addRow(cw::EngagementField::Scope, m_scope);
    addRow(cw::EngagementField::Language, m_language);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(24, 20, 24, 20);
    formLayout->addWidget(m_heading);
    formLayout->addWidget(m_hint);
    formLayout->addSpacing(8);
    formLayout->addWidget(m_readOnly);
    formLayout->addLayout(m_fields);
    formLayout->addSpacing(16);
    formLayout->addWidget(new PlanSection(m_session, m_form));
    formLayout->addStretch();
    m_form->setMaximumWidth(900);
    // The plan makes the form taller than a small window: it scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("engagementScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connectLineEdit(m_name, cw::EngagementField::Name);
    connectLineEdit(m_organizationEn, cw::EngagementField::OrganizationEn);
    connectLineEdit(m_organizationZh, cw::EngagementField::OrganizationZh);
    connect(m_scope, &CommittingTextEdit::editingFinished, this,
            [this] { commit(cw::EngagementField::Scope, m_scope->toPlainText()); });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        commit(cw::EngagementField::Language, m_language->itemData(index).toString());
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &EngagementPage::refresh);
    connect(&m_session, &WorkspaceSession::changed, this, &EngagementPage::refresh);

    retranslateUi();
    refresh();
}

void EngagementPage::addRow(cw::EngagementField field, QWidget* editor)
{
    auto* label = new QLabel(m_form);
    label->setBuddy(editor);
    m_labels[slot(field)] = label;
    m_fields->addRow(label, editor);
}

void EngagementPage::connectLineEdit(QLineEdit* edit, cw::EngagementField field)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
        edit->setModified(false);
        commit(field, edit->text());
    });
}

QString EngagementPage::title() const
{
    return tr("Engagement & scope");
}

void EngagementPage::commit(cw::EngagementField field, const QString& text)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    const std::string value = text.trimmed().toStdString();
    std::string stored;
    if (!m_session.run(
            [&](cw::Workspace& ws) { stored = cw::engagementField(cw::loadEngagement(ws), field); }))
        return;
    if (value != stored)
        m_session.undoStack()->push(new EngagementFieldCommand(m_session, field, stored, value));
    refresh(); // the stored value: the new one, or the old one when the core refused the edit
}

void EngagementPage::refresh()
{
    const bool open = m_session.isOpen();
    m_stack->setCurrentIndex(open ? 1 : 0);
    if (!open)
        return;
    cw::Engagement engagement;
    if (!m_session.run([&](cw::Workspace& ws) { engagement = cw::loadEngagement(ws); }))
        return;
    showStored(m_name, engagement.name);
    showStored(m_organizationEn, engagement.organizationEn);
    showStored(m_organizationZh, engagement.organizationZh);
    if (!(m_scope->hasFocus() && m_scope->isEdited()))
        m_scope->setTextQuietly(QString::fromStdString(engagement.scope));
    m_language->setCurrentIndex(m_language->findData(QString::fromStdString(engagement.language)));

    const bool readOnly = m_session.isReadOnly();
    for (QLineEdit* edit : {m_name, m_organizationEn, m_organizationZh})
        edit->setReadOnly(readOnly);
    m_scope->setReadOnly(readOnly);
    m_language->setEnabled(!readOnly);
    m_readOnly->setVisible(readOnly);
    m_readOnly->setText(readOnly ? tr("This workspace is read-only, so the engagement cannot be edited: %1")
                                       .arg(QString::fromStdString(m_session.workspace()->readOnlyReason()))
                                 : QString());
}

void EngagementPage::retranslateUi()
{
    m_heading->setText(title());
    m_hint->setText(tr("Changes are saved as soon as you leave a field. Edit ▸ Undo takes them back."));
    m_empty->setTexts(
        tr("No workspace is open"),
        tr("Create or open a workspace to describe the engagement and its certification scope."));
    for (const auto field :
         {cw::EngagementField::Name, cw::EngagementField::OrganizationEn, cw::EngagementField::OrganizationZh,
          cw::EngagementField::Scope, cw::EngagementField::Language})
        m_labels[slot(field)]->setText(tr("%1:").arg(EngagementFieldNames::label(field)));
    m_name->setPlaceholderText(tr("For example: ISO/IEC 20000-1 certification 2026"));
    m_organizationEn->setPlaceholderText(tr("Legal name of the organization in English"));
    m_organizationZh->setPlaceholderText(tr("Legal name of the organization in Chinese"));
    m_scope->setPlaceholderText(
        tr("The services, locations and customers the service management system covers"));
    m_language->setItemText(0, EngagementFieldNames::languageName("en"));
    m_language->setItemText(1, EngagementFieldNames::languageName("zh"));
    refresh(); // the read-only banner's sentence
}

} // namespace cw::ui
