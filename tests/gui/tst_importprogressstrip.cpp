// The progress strip: rate and time left from hand-computed numbers, Esc and the button
// cancel, the final message replaces the bar.
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "ImportProgressStrip.h"

using namespace aitocracy::gui;

class TestImportProgressStrip : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rateAndTimeLeft()
    {
        QCOMPARE(ImportProgressStrip::rateText(25'000'000, 2000), u"12.5 MB/s"_qs);
        QCOMPARE(ImportProgressStrip::rateText(25'000'000, 100), QString());  // too early to say
        // 25 of 100 bytes in 1 s: 3 s for the remaining 75.
        QCOMPARE(ImportProgressStrip::timeLeftText(25, 100, 1000), u"3 s left"_qs);
        // 1 of 181 in 1 s: 180 s.
        QCOMPARE(ImportProgressStrip::timeLeftText(1, 181, 1000), u"3 min 0 s left"_qs);
        QCOMPARE(ImportProgressStrip::timeLeftText(10, 0, 1000), QString());  // total unknown
    }

    void showsProgressAndCancels()
    {
        ImportProgressStrip strip;
        QSignalSpy cancel(&strip, &ImportProgressStrip::cancelRequested);
        strip.begin(u"portal.csv"_qs);
        QVERIFY(!strip.isHidden());
        strip.update({50'000'000, 200'000'000, 12345}, 2000);
        QCOMPARE(strip.statusText(),
                 u"Importing portal.csv · "_qs + QLocale().toString(12345) + u" rows · 25.0 MB/s · 6 s left"_qs);
        QTest::keyClick(&strip, Qt::Key_Escape);
        QCOMPARE(cancel.count(), 1);
        strip.cancelButton()->click();
        QCOMPARE(cancel.count(), 2);
        strip.finish(u"Import cancelled: the project is unchanged"_qs);
        QVERIFY(strip.cancelButton()->isHidden());
        QCOMPARE(strip.statusText(), u"Import cancelled: the project is unchanged"_qs);
        strip.update({1, 2, 3}, 5000);  // a late poll changes nothing
        QCOMPARE(strip.statusText(), u"Import cancelled: the project is unchanged"_qs);
        QTest::keyClick(&strip, Qt::Key_Escape);  // nothing left to cancel
        QCOMPARE(cancel.count(), 2);
    }
};

QTEST_MAIN(TestImportProgressStrip)
#include "tst_importprogressstrip.moc"
