#pragma once

#include <QObject>
#include <QStringList>

namespace cw::ui {

/// The recently opened workspaces, most recent first, at most kMax, kept in the settings. Files
/// that no longer exist are dropped whenever the list is read.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMax = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    [[nodiscard]] QStringList files();
    void add(const QString& file);
    void remove(const QString& file);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList& files);
};

} // namespace cw::ui
