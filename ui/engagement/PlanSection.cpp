#include "engagement/PlanSection.h"

#include "common/CommittingTextEdit.h"
#include "common/Error.h"
#include "engagement/CncaCategories.h"
#include "engagement/EngagementFieldNames.h"
#include "engagement/EngagementPlan.h"
#include "engagement/PlanCommands.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace cw::ui {

namespace {

cw::PlanField planField(std::size_t i)
{
    return static_cast<cw::PlanField>(i);
}
std::size_t slot(cw::PlanField f)
{
    return static_cast<std::size_t>(f);
}

constexpr cw::PlanField kDateFields[] = {
    cw::PlanField::TrialOperationStart, cw::PlanField::PlannedInternalAudit,
    cw::PlanField::PlannedManagementReview, cw::PlanField::PlannedStage1, cw::PlanField::PlannedStage2};

void showStored(QLineEdit* edit, const std::string& value)
{
    const QString text = QString::fromStdString(value);
    if (edit->text() != text && !(edit->hasFocus() && edit->isModified()))
        edit->setText(text);
}

std::string uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? "zh" : "en";
}

} // namespace

PlanSection::PlanSection(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_heading(new QLabel(this))
    , m_services(new CommittingTextEdit(this))
    , m_sites(new CommittingTextEdit(this))
    , m_categories(new QListWidget(this))
    , m_logoLabel(new QLabel(this))
    , m_logo(new QLabel(this))
    , m_chooseLogo(new QPushButton(this))
    , m_clearLogo(new QPushButton(this))
{
    setObjectName(QStringLiteral("planSection"));
    m_services->setObjectName(QStringLiteral("planServices"));
    m_sites->setObjectName(QStringLiteral("planSites"));
    m_categories->setObjectName(QStringLiteral("planCncaCategories"));
    m_logo->setObjectName(QStringLiteral("planLogo"));
    m_chooseLogo->setObjectName(QStringLiteral("planChooseLogo"));
    m_clearLogo->setObjectName(QStringLiteral("planClearLogo"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_services->setFixedHeight(72);
    m_sites->setFixedHeight(72);
    m_categories->setAlternatingRowColors(true);
    for (const cw::CncaCategory& c : cw::cncaCategories()) {
        auto* item = new QListWidgetItem(m_categories);
        item->setData(Qt::UserRole, QString::fromStdString(c.code()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Every category in view: the table is short.
    m_categories->setMinimumHeight(m_categories->sizeHintForRow(0) * m_categories->count() +
                                   2 * m_categories->frameWidth() + 4);
    m_categories->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_logo->setFixedSize(200, 80);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    addRow(slot(cw::PlanField::Services), m_services);
    addRow(slot(cw::PlanField::Sites), m_sites);
    addRow(slot(cw::PlanField::CncaCategories), m_categories);
    auto* body = new QLineEdit(this);
    body->setObjectName(QStringLiteral("planCertificationBody"));
    m_lines[slot(cw::PlanField::CertificationBody)] = body;
    addRow(slot(cw::PlanField::CertificationBody), body);
    const char* names[] = {"planTrialOperationStart", "planInternalAudit", "planManagementReview",
                           "planStage1", "planStage2"};
    for (std::size_t i = 0; i < std::size(kDateFields); ++i)
        addRow(slot(kDateFields[i]), dateEditor(slot(kDateFields[i]), names[i]));

    auto* logoRow = new QHBoxLayout;
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_clearLogo);
    logoButtons->addStretch();
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    m_form->addRow(m_logoLabel, logoRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);

    for (std::size_t field = 0; field < kFields; ++field) {
        QLineEdit* edit = m_lines[field];
        if (!edit)
            continue;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            edit->setModified(false);
            commit(field, edit->text());
        });
    }
    connect(m_services, &CommittingTextEdit::editingFinished, this,
            [this] { commit(slot(cw::PlanField::Services), m_services->toPlainText()); });
    connect(m_sites, &CommittingTextEdit::editingFinished, this,
            [this] { commit(slot(cw::PlanField::Sites), m_sites->toPlainText()); });
    connect(m_categories, &QListWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            commitCategories();
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, &PlanSection::chooseLogo);
    connect(m_clearLogo, &QPushButton::clicked, this, &PlanSection::clearLogo);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &PlanSection::refresh);
    connect(&m_session, &WorkspaceSession::changed, this, &PlanSection::refresh);

    retranslateUi();
}

void PlanSection::addRow(std::size_t field, QWidget* editor)
{
    auto* label = new QLabel(this);
    label->setBuddy(editor);
    m_labels[field] = label;
    m_form->addRow(label, editor);
}

QWidget* PlanSection::dateEditor(std::size_t field, const char* name)
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(box);
    edit->setObjectName(QLatin1String(name));
    edit->setMaximumWidth(140);
    m_lines[field] = edit;
    auto* button = new QToolButton(box);
    button->setObjectName(QLatin1String(name) + QStringLiteral("Calendar"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setArrowType(Qt::DownArrow);
    auto* menu = new QMenu(button);
    button->setMenu(menu);
    m_calendars[field] = button;
    // The calendar is made when the menu first opens: eight eager calendars cost the window
    // about 20 ms of its start-up.
    connect(menu, &QMenu::aboutToShow, this, [this, edit, menu, field] {
        auto* calendar = menu->findChild<QCalendarWidget*>();
        if (!calendar) {
            calendar = new QCalendarWidget(menu);
            auto* action = new QWidgetAction(menu);
            action->setDefaultWidget(calendar);
            menu->addAction(action);
            connect(calendar, &QCalendarWidget::clicked, this, [this, edit, menu, field](const QDate& date) {
                menu->close();
                edit->setText(date.toString(Qt::ISODate));
                commit(field, edit->text());
            });
        }
        const QDate date = QDate::fromString(edit->text().trimmed(), Qt::ISODate);
        calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    });
    row->addWidget(edit);
    row->addWidget(button);
    row->addStretch();
    return box;
}

void PlanSection::commit(std::size_t field, const QString& text)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    // Lists: one entry per line, blank lines dropped.
    QString value = text.trimmed();
    if (planField(field) == cw::PlanField::Services || planField(field) == cw::PlanField::Sites) {
        QStringList entries;
        for (const QString& line : text.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                entries << line.trimmed();
        value = entries.join(QLatin1Char('\n'));
    }
    std::string stored;
    if (!m_session.run(
            [&](cw::Workspace& ws) { stored = cw::planField(cw::loadEngagementPlan(ws), planField(field)); }))
        return;
    if (value.toStdString() != stored)
        m_session.undoStack()->push(
            new PlanFieldCommand(m_session, planField(field), stored, value.toStdString()));
    refresh(); // the stored value: the new one, or the old one when the core refused it
}

void PlanSection::commitCategories()
{
    QStringList codes;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            codes << m_categories->item(i)->data(Qt::UserRole).toString();
    commit(slot(cw::PlanField::CncaCategories), codes.join(QLatin1Char('\n')));
}

void PlanSection::chooseLogo()
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    const QString file =
        FileDialogs::getOpenFileName(this, tr("Choose Logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    // The core's reader, as the CLI's: a FIFO or a device is refused without blocking, the size is
    // checked before reading.
    std::string data;
    try {
        data = cw::readLogoFile(QFile::encodeName(file).toStdString());
    } catch (const cw::Error& e) {
        MessageBoxes::critical(
            this, tr("Cannot Use Logo"),
            e.code() == cw::ErrorCode::InvalidInput
                ? tr("%1 is not a PNG or JPEG image of at most 2 MiB.").arg(QDir::toNativeSeparators(file))
                : tr("%1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(file), QString::fromStdString(e.what())));
        return;
    }
    if (data != m_logoBytes)
        m_session.undoStack()->push(new PlanLogoCommand(m_session, m_logoBytes, data));
    refresh();
}

void PlanSection::clearLogo()
{
    if (!m_session.isOpen() || m_session.isReadOnly() || m_logoBytes.empty())
        return;
    m_session.undoStack()->push(new PlanLogoCommand(m_session, m_logoBytes, {}));
    refresh();
}

void PlanSection::refresh()
{
    if (!m_session.isOpen())
        return;
    cw::EngagementPlan plan;
    if (!m_session.run([&](cw::Workspace& ws) { plan = cw::loadEngagementPlan(ws); }))
        return;
    m_refreshing = true;
    for (std::size_t i = 0; i < kFields; ++i)
        if (m_lines[i])
            showStored(m_lines[i], cw::planField(plan, planField(i)));
    for (auto [edit, field] :
         {std::pair{m_services, cw::PlanField::Services}, std::pair{m_sites, cw::PlanField::Sites}})
        if (!(edit->hasFocus() && edit->isEdited()))
            edit->setTextQuietly(QString::fromStdString(cw::planField(plan, field)));
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem* item = m_categories->item(i);
        const std::string code = item->data(Qt::UserRole).toString().toStdString();
        const bool on = std::find(plan.cncaCategories.begin(), plan.cncaCategories.end(), code) !=
                        plan.cncaCategories.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_logoBytes = plan.logo;
    QImage image;
    if (!plan.logo.empty())
        image.loadFromData(reinterpret_cast<const uchar*>(plan.logo.data()),
                           static_cast<int>(plan.logo.size()));
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(plan.logo.empty() ? tr("No logo") : tr("Unreadable image"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(
            image.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }

    const bool readOnly = m_session.isReadOnly();
    for (QLineEdit* edit : m_lines)
        if (edit)
            edit->setReadOnly(readOnly);
    for (QToolButton* button : m_calendars)
        if (button)
            button->setEnabled(!readOnly);
    m_services->setReadOnly(readOnly);
    m_sites->setReadOnly(readOnly);
    for (int i = 0; i < m_categories->count(); ++i)
        m_categories->item(i)->setFlags(readOnly ? Qt::ItemIsEnabled
                                                 : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    m_chooseLogo->setEnabled(!readOnly);
    m_clearLogo->setEnabled(!readOnly && !plan.logo.empty());
    m_refreshing = false;
}

void PlanSection::retranslateUi()
{
    m_heading->setText(tr("Certification plan"));
    for (std::size_t i = 0; i < kFields; ++i)
        if (m_labels[i])
            m_labels[i]->setText(tr("%1:").arg(EngagementFieldNames::label(planField(i))));
    m_logoLabel->setText(tr("Logo:"));
    m_chooseLogo->setText(tr("Choose…"));
    m_clearLogo->setText(tr("Clear"));
    m_services->setPlaceholderText(tr("One service per line"));
    m_sites->setPlaceholderText(tr("One site per line, with its address"));
    m_lines[slot(cw::PlanField::CertificationBody)]->setPlaceholderText(tr("The certification body engaged"));
    for (const cw::PlanField f : kDateFields) {
        m_lines[slot(f)]->setPlaceholderText(tr("YYYY-MM-DD"));
        m_calendars[slot(f)]->setToolTip(tr("Pick a date"));
    }
    const std::string lang = uiLanguage();
    const auto& table = cw::cncaCategories();
    m_refreshing = true;
    for (int i = 0; i < m_categories->count() && i < static_cast<int>(table.size()); ++i)
        m_categories->item(i)->setText(QStringLiteral("%1  %2").arg(
            QString::fromStdString(table[static_cast<std::size_t>(i)].code()),
            QString::fromStdString(table[static_cast<std::size_t>(i)].name.in(lang))));
    m_refreshing = false;
    refresh(); // the logo's placeholder
}

void PlanSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::ui
