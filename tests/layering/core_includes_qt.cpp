// Must fail to compile: cw_core does not link Qt, so Qt headers are not on its include path.
#include <QString>
#include "storage/Workspace.h"
QString probe() { return QString(); }
