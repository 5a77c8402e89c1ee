#pragma once

#include <QMenu>

namespace cw::ui {

class RecentFiles;

/// "Open Recent": the recent workspaces, rebuilt each time it opens (so missing files vanish).
class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    explicit RecentFilesMenu(RecentFiles& recent, QWidget* parent = nullptr);

Q_SIGNALS:
    void fileChosen(const QString& file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    RecentFiles& m_recent;
};

} // namespace cw::ui
