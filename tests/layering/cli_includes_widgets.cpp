// Must fail to compile: the CLI links Qt Gui at most, never Qt Widgets.
#include <QWidget>
int main() { return 0; }
