#include "Localization.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "LogCategories.h"

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

namespace {
const QString kTranslatorName = u"aitocracy-translator"_s;

QString normalise(const QString& value)
{
    const QString v = value.trimmed().toLower().replace(u'-', u'_');
    if (v.isEmpty()) return {};
    if (v == u"zh"_s || v.startsWith(u"zh_"_s)) return u"zh_CN"_s;
    if (v == u"en"_s || v.startsWith(u"en_"_s) || v == u"c"_s) return u"en"_s;
    qCWarning(lcApp) << "unknown language" << value << "- using English";
    return u"en"_s;
}
}  // namespace

QString Localization::resolveLanguage(const QString& option, const QString& setting)
{
    if (const QString o = normalise(option); !o.isEmpty()) return o;
    if (const QString s = normalise(setting); !s.isEmpty()) return s;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

bool Localization::install(QCoreApplication& app, const QString& language)
{
    for (QTranslator* old : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(QLocale(language));
    if (language == u"en"_s) return true;

    const auto add = [&app](const QString& file, const QString& dir) {
        auto* translator = new QTranslator(&app);
        translator->setObjectName(kTranslatorName);
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator)) return true;
        delete translator;
        return false;
    };
    const bool ours = add(u"aitocracy_"_s % language, u":/i18n"_s);
    if (!ours) qCWarning(lcApp) << "no translation for" << language;
    if (!add(u"qtbase_"_s % language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcApp) << "Qt's own translation for" << language << "not found (package qt6-translations-l10n)";
    return ours;
}

void Localization::pinFonts(const QString& language)
{
    const QString latin = u"DejaVu Sans"_s, cjk = u"Noto Sans CJK SC"_s;
    QStringList families;
    for (const QString& family : language == u"zh_CN"_s ? QStringList{cjk, latin} : QStringList{latin, cjk})
        if (QFontDatabase::hasFamily(family)) families << family;
    if (!families.contains(cjk)) qCWarning(lcApp) << cjk << "is not installed; Chinese may render with another font";
    if (families.isEmpty()) return;
    QFont font = QApplication::font();
    font.setFamilies(families);
    QApplication::setFont(font);
}

}  // namespace aitocracy::gui
