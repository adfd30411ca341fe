#pragma once
// Colours and line widths of the map, in one place (the tests read them too).
#include <QColor>

namespace aitocracy::gui {

struct MapStyle {
    static QColor background() { return QColor(0xdc, 0xe6, 0xee); }      // light blue-grey sea
    static QColor land() { return QColor(0xf1, 0xec, 0xdf); }            // calm warm sand
    static QColor unitBorder() { return QColor(0xff, 0xff, 0xff); }      // thin white lines between units
    static QColor provinceBorder() { return QColor(0x8a, 0x97, 0xa8); }  // grey-blue, a little thicker
    static QColor selectedFill() { return QColor(0xe0, 0x7b, 0x39); }    // accent orange
    static QColor hoverOutline() { return QColor(0x1f, 0x3b, 0x5c); }    // dark navy
    // Units without a value on a coloured map: pale grey under dark-grey hatching, which no
    // palette class looks like (Greys included).
    static QColor noDataFill() { return QColor(0xee, 0xee, 0xee); }
    static QColor noDataHatch() { return QColor(0x9a, 0x9a, 0x9a); }
    static QColor rubberBandOutline() { return QColor(0x1f, 0x3b, 0x5c); }
    static QColor rubberBandFill() { return QColor(0x1f, 0x3b, 0x5c, 40); }
    // The "simulated data" notice: amber, readable on the land and the sea.
    static QColor bannerBox() { return QColor(0xb4, 0x53, 0x09, 235); }
    static QColor bannerText() { return QColor(0xff, 0xff, 0xff); }
    static QColor placeholderText() { return QColor(0x4a, 0x55, 0x63); }
    static QColor attributionText() { return QColor(0x33, 0x3d, 0x4a); }
    static QColor attributionBox() { return QColor(255, 255, 255, 200); }

    static constexpr double unitBorderWidth = 0.8;  // device-independent pixels
    static constexpr double provinceBorderWidth = 1.3;
    static constexpr double hoverOutlineWidth = 2.0;
    static constexpr double selectedOutlineWidth = 2.5;  // selection on a coloured map: outline, not fill
};

}  // namespace aitocracy::gui
