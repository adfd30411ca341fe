#pragma once
// UI language and fonts: installs the embedded translation (:/i18n/aitocracy_<lang>.qm)
// plus Qt's own qtbase strings, and pins font families so Chinese text renders with
// Noto Sans CJK SC whatever the locale (fontconfig's fallback under LANG=C picks the
// Japanese variant otherwise).
#include <QString>

class QCoreApplication;

namespace aitocracy::gui {

class Localization {
public:
    // "zh_CN" or "en" from a command-line value, else a saved setting, else the system
    // locale. Accepts "zh", "zh_CN", "zh-CN", "en", "en_US", … ; unknown values give "en".
    [[nodiscard]] static QString resolveLanguage(const QString& option, const QString& setting);

    // Replaces any translators this function installed before. Returns false when the
    // app's own translation for `language` is missing ("en" needs none and returns true).
    static bool install(QCoreApplication& app, const QString& language);

    // Sets the application font families (Latin first for English, CJK SC first for Chinese).
    static void pinFonts(const QString& language);
};

}  // namespace aitocracy::gui
