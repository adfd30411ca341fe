// Localization: choosing the language and pinning the CJK font.
#include <QApplication>
#include <QFontDatabase>
#include <QTest>

#include "Localization.h"

using aitocracy::gui::Localization;

class TestLocalization : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionWinsOverSetting()
    {
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("zh_CN"), QStringLiteral("en")), QStringLiteral("zh_CN"));
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("en"), QStringLiteral("zh_CN")), QStringLiteral("en"));
        QCOMPARE(Localization::resolveLanguage(QString(), QStringLiteral("zh")), QStringLiteral("zh_CN"));
    }
    void spellingsAreNormalised()
    {
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("zh-CN"), {}), QStringLiteral("zh_CN"));
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("ZH_cn"), {}), QStringLiteral("zh_CN"));
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("en_US"), {}), QStringLiteral("en"));
        QCOMPARE(Localization::resolveLanguage(QStringLiteral("klingon"), {}), QStringLiteral("en"));
    }
    void systemLocaleWhenNothingGiven()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));  // does not change the *system* locale
        const QString expected =
            QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
        QCOMPARE(Localization::resolveLanguage({}, {}), expected);
    }
    void installReportsMissingTranslation()
    {
        QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
        QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("aitocracy::gui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QVERIFY(!Localization::install(*qApp, QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("aitocracy::gui::MainWindow", "&File"), QStringLiteral("&File"));
    }
    void fontsPinCjkSc()
    {
        if (!QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC"))) QSKIP("fonts-noto-cjk not installed");
        Localization::pinFonts(QStringLiteral("en"));
        QCOMPARE(QApplication::font().families().value(1), QStringLiteral("Noto Sans CJK SC"));
        Localization::pinFonts(QStringLiteral("zh_CN"));
        QCOMPARE(QApplication::font().families().value(0), QStringLiteral("Noto Sans CJK SC"));
    }
};

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
