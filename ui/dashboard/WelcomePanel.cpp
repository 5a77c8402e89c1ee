#include "dashboard/WelcomePanel.h"

#include "common/Version.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_demo(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePanel"));
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(560);
    for (QPushButton* button : {m_new, m_open, m_demo})
        button->setMinimumWidth(150);
    m_demo->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    // Centred without an alignment flag, which would cost the wrapped label its height-for-width.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(m_new, &QPushButton::clicked, this, &WelcomePanel::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    retranslateUi();
}

void WelcomePanel::retranslateUi()
{
    m_title->setText(tr("Welcome to %1").arg(QLatin1String(cw::kProductName)));
    m_text->setText(tr("Each certification project lives in one workspace file (.cwb). Create one, open an "
                       "existing one, or explore the demo engagement."));
    m_new->setText(tr("New Workspace…"));
    m_open->setText(tr("Open Workspace…"));
    m_demo->setText(tr("Open Demo"));
}

void WelcomePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cw::ui
