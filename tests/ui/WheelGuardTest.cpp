// The mouse wheel edits a combo box, spin box or date field only while it has the focus; otherwise
// it scrolls the page the field sits on.
#include "UiTestSupport.h"

#include "common/WheelGuard.h"
#include "findings/Finding.h"
#include "findings/FindingDetailPanel.h"
#include "findings/FindingsPage.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <catch2/catch.hpp>

namespace {

/// One notch of the wheel towards the user over the middle of `w`, delivered as the window system
/// delivers it (spontaneous: Qt's focus-on-wheel and propagation to the parents apply).
void turnWheel(QWidget* w)
{
    const QPointF local(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(local, w->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QApplication::sendEvent(w, &wheel);
}

/// A tall form in a short scroll area: a combo, a spin box and a date field, with a line edit to
/// hold the focus elsewhere.
struct Form {
    Form()
    {
        auto* inner = new QWidget;
        auto* layout = new QVBoxLayout(inner);
        elsewhere = new QLineEdit(inner);
        combo = new QComboBox(inner);
        combo->addItems({QStringLiteral("major"), QStringLiteral("minor"), QStringLiteral("observation")});
        spin = new QSpinBox(inner);
        spin->setRange(0, 10);
        spin->setValue(3);
        date = new QDateEdit(QDate(2026, 12, 8), inner);
        layout->addWidget(elsewhere);
        layout->addWidget(combo);
        layout->addWidget(spin);
        layout->addWidget(date);
        layout->addSpacing(2000);
        area.setWidget(inner);
        area.setWidgetResizable(true);
        area.resize(300, 200);
        area.show();
        cwtest::processEvents();
        elsewhere->setFocus();
    }
    QScrollArea area;
    QLineEdit* elsewhere = nullptr;
    QComboBox* combo = nullptr;
    QSpinBox* spin = nullptr;
    QDateEdit* date = nullptr;
};

} // namespace

TEST_CASE("the wheel over an unfocused field scrolls the page and edits nothing", "[wheel]")
{
    cwtest::UiFixture fx;
    cw::ui::WheelGuard::install();
    Form form;
    REQUIRE(form.area.verticalScrollBar()->value() == 0);

    turnWheel(form.combo);
    CHECK(form.combo->currentIndex() == 0);
    CHECK_FALSE(form.combo->hasFocus()); // a wheel turn no longer gives it the focus
    CHECK(form.area.verticalScrollBar()->value() > 0);

    const int scrolled = form.area.verticalScrollBar()->value();
    turnWheel(form.spin);
    CHECK(form.spin->value() == 3);
    turnWheel(form.date);
    CHECK(form.date->date() == QDate(2026, 12, 8));
    // The spin box's own line edit is part of the field.
    turnWheel(form.spin->findChild<QLineEdit*>());
    CHECK(form.spin->value() == 3);
    CHECK(form.area.verticalScrollBar()->value() > scrolled);
}

TEST_CASE("the wheel over a focused field still changes it", "[wheel]")
{
    cwtest::UiFixture fx;
    cw::ui::WheelGuard::install();
    Form form;
    form.combo->setFocus();
    REQUIRE(form.combo->hasFocus());
    turnWheel(form.combo);
    CHECK(form.combo->currentIndex() == 1);
    form.spin->setFocus();
    turnWheel(form.spin);
    CHECK(form.spin->value() == 2);
}

TEST_CASE("scrolling the finding pane over its Type field leaves the finding's type alone",
          "[wheel][findings]")
{
    cwtest::UiFixture fx;
    cw::ui::MainWindow window(fx.languages());
    auto* page = cwtest::showDemoPage<cw::ui::FindingsPage>(window, cw::ui::PageId::Findings);
    cw::Workspace& ws = *window.session().workspace();
    const std::int64_t id = cw::findingByCode(ws, "NC-2026-004").id;
    page->showFinding(id);
    REQUIRE(page->detail()->findingId() == id);
    const auto typeBefore = cw::loadFinding(ws, id).type;
    const auto trailBefore = ws.db().execAndGet("SELECT count(*) FROM audit_trail").getInt64();

    auto* type = page->findChild<QComboBox*>(QStringLiteral("finding_type"));
    REQUIRE(type);
    const int shown = type->currentIndex();
    REQUIRE(type->isEnabled()); // an open major: its type may be changed
    window.setFocus();
    for (int i = 0; i < 3; ++i)
        turnWheel(type);
    cwtest::processEvents();
    CHECK(type->currentIndex() == shown);
    CHECK(cw::loadFinding(ws, id).type == typeBefore);
    CHECK(ws.db().execAndGet("SELECT count(*) FROM audit_trail").getInt64() == trailBefore);
}
