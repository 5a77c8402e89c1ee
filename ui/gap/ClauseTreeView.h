#pragma once

#include <QTreeView>

namespace cw::ui {

/// The clause tree of the Gap analysis page, built for entry from the keyboard: the digit keys
/// ask for a status, Enter for the next requirement, Tab for the notes.
class ClauseTreeView : public QTreeView {
    Q_OBJECT
public:
    explicit ClauseTreeView(QWidget* parent = nullptr);

Q_SIGNALS:
    void statusKeyPressed(int digit);
    void nextRequested();
    void notesRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
};

} // namespace cw::ui
