#pragma once
// Logging categories of the GUI. Enable with e.g. QT_LOGGING_RULES="aitocracy.map.debug=true".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcMap)
