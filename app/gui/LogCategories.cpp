#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "aitocracy.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMap, "aitocracy.map", QtInfoMsg)
