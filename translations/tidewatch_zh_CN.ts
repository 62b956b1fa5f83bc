<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/replayengine.cpp" line="+113"/>
        <source>the replay log ends at %1, before the replayed moment</source>
        <translation>回放日志在 %1 处结束，早于回放时刻</translation>
    </message>
</context>
<context>
    <name>tw::AttachmentOpener</name>
    <message>
        <location filename="../widgets/attachmentopener.cpp" line="+43"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot prepare %1 for opening</source>
        <translation>无法准备打开 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the attachment %1 cannot be found</source>
        <translation>找不到附件 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no application could open %1</source>
        <translation>没有可打开 %1 的应用程序</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this event has no attachment</source>
        <translation>该事件没有附件</translation>
    </message>
</context>
<context>
    <name>tw::AttachmentStore</name>
    <message>
        <location filename="../models/attachmentstore.cpp" line="+45"/>
        <location line="+111"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 is too large to attach (more than %2 MB)</source>
        <translation>%1 太大，无法添加（超过 %2 MB）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot store the attachment: %1</source>
        <translation>无法保存附件：%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&quot;%1&quot; is not a stored attachment</source>
        <translation>“%1”不是已保存的附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the attachment %1 is not in %2</source>
        <translation>附件 %1 不在 %2 中</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to attach (%2 MB; the limit is %3 MB)</source>
        <translation>%1 太大，无法添加（%2 MB；上限 %3 MB）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>cannot create the attachment folder %1</source>
        <translation>无法创建附件文件夹 %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>cannot store the attachment in %1: %2</source>
        <translation>无法将附件保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attached %1</source>
        <translation>已添加 %1</translation>
    </message>
</context>
<context>
    <name>tw::Basemap</name>
    <message>
        <location filename="../maps/basemap.cpp" line="+46"/>
        <source>vector MBTiles are not supported; use a raster (PNG/JPEG) pack</source>
        <translation>不支持矢量 MBTiles；请使用栅格（PNG/JPEG）瓦片包</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>World (offline)</source>
        <translation>世界底图（离线）</translation>
    </message>
</context>
<context>
    <name>tw::CameraList</name>
    <message>
        <location filename="../widgets/cameralist.cpp" line="+35"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>该摄像机没有视频流地址（URI）</translation>
    </message>
</context>
<context>
    <name>tw::CentralPlaceholder</name>
    <message>
        <location filename="../widgets/centralplaceholder.cpp" line="+33"/>
        <source>City map
(not loaded)</source>
        <translation>城市地图
（未加载）</translation>
    </message>
</context>
<context>
    <name>tw::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+16"/>
        <source>Usage:
  tidewatch [--db PATH | --demo] [--lang zh_CN|en] [--basemap FILE.mbtiles] [--screenshot FILE]
  tidewatch import FILE --kind KIND [--datum wgs84|gcj02|bd09] [--layer NAME] [--db PATH | --demo]
  tidewatch export --kind KIND --format csv|geojson FILE [--datum wgs84|gcj02|bd09] [--db PATH | --demo]
  tidewatch report --incident ID [--format pdf|html] [--kind initial|followup|final] [--lang zh_CN|en]
                   [--unit NAME] [--author NAME] [--contact TEXT] [--db PATH | --demo] FILE
  tidewatch tiles ...
  tidewatch --version | --help

Without --db or --demo the console opens your own database in the application data folder.
Kinds: %1
</source>
        <translation>用法：
  tidewatch [--db 路径 | --demo] [--lang zh_CN|en] [--basemap 文件.mbtiles] [--screenshot 文件]
  tidewatch import 文件 --kind 类别 [--datum wgs84|gcj02|bd09] [--layer 图层名] [--db 路径 | --demo]
  tidewatch export --kind 类别 --format csv|geojson 文件 [--datum wgs84|gcj02|bd09] [--db 路径 | --demo]
  tidewatch report --incident 事件ID [--format pdf|html] [--kind initial|followup|final] [--lang zh_CN|en]
                   [--unit 单位] [--author 报告人] [--contact 联系方式] [--db 路径 | --demo] 文件
  tidewatch tiles ...
  tidewatch --version | --help

不指定 --db 或 --demo 时，控制台打开应用数据目录中您自己的数据库。
类别：%1
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>report needs --incident ID</source>
        <translation>report 需要 --incident ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs --format pdf or --format html (or a FILE ending in .pdf or .html)</source>
        <translation>report 需要 --format pdf 或 --format html（或以 .pdf、.html 结尾的文件名）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown report format &quot;%1&quot;; formats are: pdf, html</source>
        <translation>未知的报告格式“%1”；可用格式：pdf、html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report kind &quot;%1&quot;; kinds are: initial, followup, final</source>
        <translation>未知的报告类型“%1”；可用类型：initial、followup、final</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the database at PATH.</source>
        <translation>打开指定路径的数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (or create) the demo database.</source>
        <translation>打开（或创建）演示数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a picture of the window and quit.</source>
        <translation>保存窗口截图后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a raster MBTiles file as the basemap.</source>
        <translation>以栅格 MBTiles 文件作为底图。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource kind.</source>
        <translation>资源类别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format: csv or geojson.</source>
        <translation>导出格式：csv 或 geojson。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinate datum of the file.</source>
        <translation>文件的坐标系。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer to import from a multi-layer file.</source>
        <translation>从多图层文件中导入的图层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident to report on.</source>
        <translation>要报告的事件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reporting unit.</source>
        <translation>报告单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who writes the report.</source>
        <translation>报告人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the reporter.</source>
        <translation>报告人的联系方式。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>use either --db or --demo, not both</source>
        <translation>--db 与 --demo 只能选其一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown language &quot;%1&quot;; languages are: zh_CN, en</source>
        <translation>未知的语言“%1”；可选：zh_CN、en</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+113"/>
        <source>%1 needs exactly one FILE</source>
        <translation>%1 需要且只需要一个文件</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>unknown command &quot;%1&quot;; commands are: import, export, report, tiles</source>
        <translation>未知命令“%1”；可用命令：import、export、report、tiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --kind; kinds are: %2</source>
        <translation>%1 需要 --kind；可用类别：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind &quot;%1&quot;; kinds are: %2</source>
        <translation>未知的类别“%1”；可用类别：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs --format csv or --format geojson</source>
        <translation>导出需要 --format csv 或 --format geojson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot;; formats are: csv, geojson</source>
        <translation>未知的格式“%1”；可用格式：csv、geojson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleActions</name>
    <message>
        <location filename="../widgets/consoleactions.cpp" line="+86"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from CSV, GeoJSON, Shapefile, GeoPackage or KML</source>
        <translation>从 CSV、GeoJSON、Shapefile、GeoPackage 或 KML 导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the records of the current panel as CSV or GeoJSON</source>
        <translation>将当前面板的记录导出为 CSV 或 GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in panel</source>
        <translation>在面板中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New record</source>
        <translation>新建记录(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save record</source>
        <translation>保存记录(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete record…</source>
        <translation>删除记录(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last edit</source>
        <translation>撤销上一步编辑(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark (control room)</source>
        <translation>深色（指挥大厅）(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tidewatch</source>
        <translation>关于 Tidewatch(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleRunner</name>
    <message>
        <location filename="../app/consolerunner.cpp" line="+51"/>
        <source>could not save the screenshot to %1</source>
        <translation>无法将截图保存到 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidewatch</source>
        <translation>Tidewatch 应急指挥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the basemap %1: %2</source>
        <translation>无法打开底图 %1：%2</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleStatusBar</name>
    <message>
        <location filename="../widgets/consolestatusbar.cpp" line="+40"/>
        <source>No database</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DEMO DATA</source>
        <translation>演示数据 / DEMO DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database holds invented demonstration data, not real resources.</source>
        <translation>本数据库为虚构的演示数据，并非真实资源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tw::CsvCodec</name>
    <message>
        <location filename="../models/csvcodec.cpp" line="+57"/>
        <source>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>文件为 UTF-16 编码文本；请另存为“CSV UTF-8”格式后重新导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not UTF-8 (GBK or another encoding?); save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>文本不是 UTF-8 编码（可能是 GBK 或其他编码）；请将文件另存为“CSV UTF-8”格式后重新导入</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quotes inside it (&quot;&quot;)</source>
        <translation>未加引号的字段中含有引号；请给整个字段加上引号，并把其中的引号写成两个（&quot;&quot;）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文字</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a quote opened on this line is never closed</source>
        <translation>本行的引号没有闭合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty; the first row must name the columns</source>
        <translation>文件为空；第一行必须是列名</translation>
    </message>
</context>
<context>
    <name>tw::DemoCity</name>
    <message>
        <location filename="../models/democity.cpp" line="+29"/>
        <source>could not create the demo %1: %2</source>
        <translation>无法创建演示数据（%1）：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the numbers of teams, timeline events and cameras cannot be negative</source>
        <translation>队伍、时间轴事件和摄像机的数量不能为负数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>tw::DispatchOrder</name>
    <message>
        <location filename="../core/dispatchorder.cpp" line="+80"/>
        <source>Proposed</source>
        <translation>拟派</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>已下达</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En route</source>
        <translation>途中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>tw::DispatchOrderList</name>
    <message>
        <location filename="../widgets/dispatchorderlist.cpp" line="+90"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>状态时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplies only</source>
        <translation>仅物资</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an incident to see its dispatch orders.</source>
        <translation>选择一个事件以查看其调度指令。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) as at %1</source>
        <translation>
            <numerusform>截至 %1 共 %n 条调度指令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 条调度指令</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::EditHistory</name>
    <message>
        <location filename="../widgets/edithistory.cpp" line="+69"/>
        <location line="+18"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Undo creation of %1 &quot;%2&quot;</source>
        <translation>撤销新建%1“%2”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo deletion of %1 &quot;%2&quot;</source>
        <translation>撤销删除%1“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo edit of %1 &quot;%2&quot;</source>
        <translation>撤销对%1“%2”的修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
</context>
<context>
    <name>tw::EscalationPrompt</name>
    <message>
        <location filename="../widgets/escalationprompt.cpp" line="+21"/>
        <source>Escalate the incident?</source>
        <translation>是否提升事件级别？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ungraded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1 (%2)</source>
        <translation>%1 级（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The casualty and loss figures call for level %1 (%2); the incident is %3.</source>
        <translation>根据伤亡和损失数据，应定为 %1 级（%2）；该事件当前级别：%3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escalate to level %1</source>
        <translation>提升为 %1 级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>暂不提升</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule:</source>
        <translation>判定依据：</translation>
    </message>
</context>
<context>
    <name>tw::Exporter</name>
    <message>
        <location filename="../models/exporter.cpp" line="+86"/>
        <source>unknown export format &quot;%1&quot;; use csv or geojson</source>
        <translation>未知的导出格式“%1”；请使用 csv 或 geojson</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>tw::GeoJsonCodec</name>
    <message>
        <location filename="../models/geojsoncodec.cpp" line="+57"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a GeoJSON FeatureCollection (the top level must be an object with &quot;type&quot;: &quot;FeatureCollection&quot;)</source>
        <translation>不是 GeoJSON 要素集合（顶层必须是 &quot;type&quot;: &quot;FeatureCollection&quot; 的对象）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an array of features, not %1</source>
        <translation>必须是要素数组，而不是%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a Feature (an object with &quot;type&quot;: &quot;Feature&quot;)</source>
        <translation>不是要素（&quot;type&quot;: &quot;Feature&quot; 的对象）</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+57"/>
        <source>must be an object or null, not %1</source>
        <translation>必须是对象或 null，而不是%1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is a %1; only Point geometries can be imported</source>
        <translation>是 %1；只能导入点（Point）几何</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry without a type</source>
        <translation>几何对象缺少类型（type）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Point needs &quot;coordinates&quot;: [longitude, latitude]</source>
        <translation>点（Point）需要 &quot;coordinates&quot;: [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string or a number, not %1</source>
        <translation>必须是字符串或数字，而不是%1</translation>
    </message>
</context>
<context>
    <name>tw::HeadlessCommands</name>
    <message>
        <location filename="../app/headlesscommands.cpp" line="+67"/>
        <source>the demo database is not available in this build</source>
        <translation>此版本不包含演示数据库</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the console needs a display</source>
        <translation>控制台需要图形显示</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1 %2 from %3 (%4 updated, %5 new) into %6</source>
        <translation>已从 %3 导入 %1 条 %2 记录（更新 %4 条，新增 %5 条），写入 %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 %2 to %3</source>
        <translation>已将 %1 条 %2 记录导出到 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not available in this build</source>
        <translation>此版本不提供该功能</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a QGuiApplication</source>
        <translation>需要 QGuiApplication</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Wrote the %1 report of &quot;%2&quot; to %3</source>
        <translation>已将“%2”的 %1 报告写入 %3</translation>
    </message>
</context>
<context>
    <name>tw::ImportExportController</name>
    <message>
        <location filename="../widgets/importexportcontroller.cpp" line="+55"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Geodata and tables (*.csv *.geojson *.json *.shp *.gpkg *.kml);;All files (*)</source>
        <translation>地理数据和表格 (*.csv *.geojson *.json *.shp *.gpkg *.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import the file as:</source>
        <translation>将文件导入为：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WGS-84 (GPS, Tianditu)</source>
        <translation>WGS-84（GPS、天地图）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates in the file are in:</source>
        <translation>文件中坐标所用的坐标系：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何记录：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 records from %2 (%3 updated).</source>
        <translation>已从 %2 导入 %1 条记录（其中更新 %3 条）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV (*.csv);;GeoJSON (*.geojson)</source>
        <translation>CSV (*.csv);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 records to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
</context>
<context>
    <name>tw::Importer</name>
    <message>
        <location filename="../models/importer.cpp" line="+77"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown column for %1; the columns are: %2</source>
        <translation>%1 中没有该列；可用的列为：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty heading)</source>
        <translation>（空列名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column appears twice (as &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>该列出现了两次（“%1”和“%2”）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lon and lat go together; add the missing column</source>
        <translation>经度和纬度必须同时提供；请补上缺少的列</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has %1 cells but the header has %2 columns (a missing comma or an unquoted comma?)</source>
        <translation>有 %1 个单元格，但表头有 %2 列（是否缺少逗号，或有未加引号的逗号？）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is empty while the other coordinate is given</source>
        <translation>为空，但另一个坐标已填写</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown property for %1</source>
        <translation>%1 中没有该属性</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1: ignored attributes that match no %2 field: %3</source>
        <translation>%1：已忽略与 %2 的任何字段都不对应的属性：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: coordinates converted from %2 to WGS-84</source>
        <translation>%1：坐标已从 %2 转换为 WGS-84</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is also the id of %2</source>
        <translation>“%1”也是 %2 的编号</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the existing %1: %2</source>
        <translation>无法读取现有的 %1 记录：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown file type &quot;.%1&quot;; import reads .csv, .geojson, .json, .shp, .gpkg and .kml</source>
        <translation>未知的文件类型“.%1”；可导入 .csv、.geojson、.json、.shp、.gpkg 和 .kml</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: no records to import</source>
        <translation>%1：没有可导入的记录</translation>
    </message>
</context>
<context>
    <name>tw::Incident</name>
    <message>
        <location filename="../core/incident.cpp" line="+38"/>
        <source>not a GeoJSON object</source>
        <translation>不是 GeoJSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a GeoJSON Polygon</source>
        <translation>应为 GeoJSON 多边形（Polygon）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the polygon has no ring</source>
        <translation>多边形没有边界环</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>point %1 is not [lon, lat]</source>
        <translation>第 %1 个点不是 [经度, 纬度]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>point %1 is outside the globe</source>
        <translation>第 %1 个点超出地球坐标范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a polygon needs at least three points</source>
        <translation>多边形至少需要三个点</translation>
    </message>
</context>
<context>
    <name>tw::IncidentAttachmentList</name>
    <message>
        <location filename="../widgets/incidentattachmentlist.cpp" line="+41"/>
        <source>Attach files to the incident</source>
        <translation>为事件添加附件</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to the incident (or drop files on it)</source>
        <translation>为事件添加照片或文档（也可将文件拖放到此处）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No attachments. Drop files here or use “Attach file…”.</source>
        <translation>暂无附件。可将文件拖放到此处，或使用“添加附件…”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an incident before attaching files</source>
        <translation>请先选择事件再添加附件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the files of the other incident are attached</source>
        <translation>请等待另一事件的附件添加完成</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attaching %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Not attached: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached %1</source>
        <translation>已添加 %1</translation>
    </message>
</context>
<context>
    <name>tw::IncidentDetail</name>
    <message>
        <location filename="../widgets/incidentdetail.cpp" line="+60"/>
        <source>Draw area on map</source>
        <translation>在地图上绘制范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear area</source>
        <translation>清除范围</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ungraded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No warning</source>
        <translation>无预警</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading</source>
        <translation>定级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event level</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply grading</source>
        <translation>应用定级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Casualties and losses</source>
        <translation>伤亡和损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious injuries</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply figures</source>
        <translation>应用伤亡数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click the corners of the affected area on the map; double-click or Enter finishes</source>
        <translation>在地图上依次单击受影响区域的各顶点；双击或按回车完成</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No incident selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggested level: %1</source>
        <translation>建议级别：%1 级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested level: %1 — %2</source>
        <translation>建议级别：%1 级 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(type not set)</source>
        <translation>（未设置类型）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the incident go from %1 to %2?</source>
        <translation>事件为何从“%1”变为“%2”？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason is required for this change</source>
        <translation>此项变更必须填写原因</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A graded incident cannot be ungraded; choose a level</source>
        <translation>已定级的事件不能取消定级；请选择一个级别</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no map to draw the area on</source>
        <translation>没有可绘制范围的地图</translation>
    </message>
</context>
<context>
    <name>tw::IncidentPanel</name>
    <message>
        <location filename="../widgets/incidentpanel.cpp" line="+50"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter incidents</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ungraded</source>
        <translation>未定级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list closed incidents and false alarms</source>
        <translation>同时列出已结束的事件和误报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone report…</source>
        <translation>电话接报…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>调度指令</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>ungraded: %1</source>
        <translation>未定级：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s) — </source>
        <translation>
            <numerusform>共 %n 起事件 — </numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not acknowledged yet</source>
        <translation>尚未签收</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Replay only shows the past: return to live to change anything.</source>
        <translation>回放只显示过去的状态：请返回实时后再进行修改。</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReport</name>
    <message>
        <location filename="../widgets/incidentreport.cpp" line="+94"/>
        <source>no file name given for the report</source>
        <translation>未指定报告文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; give a file name for the report</source>
        <translation>%1 是文件夹，请指定报告文件名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no incident with the id &quot;%1&quot;</source>
        <translation>没有 ID 为“%1”的事件</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreportjob.cpp" line="+25"/>
        <source>a report is already being written</source>
        <translation>正在生成另一份报告</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportButton</name>
    <message>
        <location filename="../widgets/incidentreportbutton.cpp" line="+54"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>The report was not saved: %1</source>
        <translation>报告未保存：%1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the incident information report (PDF or HTML)</source>
        <translation>生成突发事件信息报告（PDF 或 HTML）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial report…</source>
        <translation>初报…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up report…</source>
        <translation>续报…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report…</source>
        <translation>终报…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A report is already being written</source>
        <translation>正在生成另一份报告</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the report to %1…</source>
        <translation>正在将报告写入 %1…</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportHtml</name>
    <message>
        <location filename="../widgets/incidentreporthtml.cpp" line="+126"/>
        <source>DRILL — exercise %1; this is not a real incident.</source>
        <translation>演练——演练 %1，非真实事件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source of the report</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the response</source>
        <translation>处置历时</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>东经 %1°，北纬 %2°（WGS-84）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident (ringed) and the committed teams</source>
        <translation>事件位置（圆圈标示）及投入的队伍</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not graded yet</source>
        <translation>尚未定级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreporthtmlbuilder.h" line="+58"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreporthtmlsections.cpp" line="+13"/>
        <source>No description was recorded.</source>
        <translation>未记录事件描述。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No team has been committed.</source>
        <translation>未投入队伍。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Dispatch status</source>
        <translation>调度状态</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Dispatched at</source>
        <translation>派出时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On scene at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams: %1; people: %2</source>
        <translation>队伍 %1 支，人员 %2 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No supplies have been committed.</source>
        <translation>未投入物资。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The incident was closed on %1.</source>
        <translation>事件已于 %1 结案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident was declared a false alarm on %1.</source>
        <translation>事件已于 %1 认定为误报。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response lasted %1.</source>
        <translation>处置历时 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current status: %1.</source>
        <translation>当前状态：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on scene.</source>
        <translation>%1 已到场。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on the way (%2).</source>
        <translation>%1 正在赶赴现场（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No team has been committed yet.</source>
        <translation>尚未投入队伍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is still open: this final report shows the situation at the report time.</source>
        <translation>事件尚未结案：本终报反映报告时的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up report will be sent as the situation develops.</source>
        <translation>将根据事态发展及时续报。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(the file is not on this computer)</source>
        <translation>（本机无此文件）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportTerms</name>
    <message>
        <location filename="../widgets/incidentreportterms.cpp" line="+16"/>
        <source>Incident information report (initial report)</source>
        <translation>突发事件信息报告（初报）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident information report (follow-up report)</source>
        <translation>突发事件信息报告（续报）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident information report (final report)</source>
        <translation>突发事件信息报告（终报）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category and level</source>
        <translation>事件类别和级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>基本经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties and losses</source>
        <translation>伤亡及损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources committed (teams, supplies)</source>
        <translation>投入的力量（队伍、物资）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook and next steps</source>
        <translation>发展趋势和下一步工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting unit, reporter and contact</source>
        <translation>报告单位、报告人及联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix: timeline</source>
        <translation>附：事件时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: attachments</source>
        <translation>附：附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting unit</source>
        <translation>报告单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report time</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>物资</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportWriter</name>
    <message>
        <location filename="../widgets/incidentreportwriter.cpp" line="+63"/>
        <source>cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tw::IncidentWorkspace</name>
    <message>
        <location filename="../widgets/incidentworkspace.cpp" line="+89"/>
        <source>Incident command</source>
        <translation>事件指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+226"/>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About Tidewatch</source>
        <translation>关于 Tidewatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Emergency command and decision-support console.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;应急指挥与辅助决策控制台。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tidewatch emergency command</source>
        <translation>Tidewatch 应急指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidewatch emergency command — %1</source>
        <translation>Tidewatch 应急指挥 — %1</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawController</name>
    <message>
        <location filename="../widgets/mapdrawcontroller.cpp" line="+186"/>
        <location line="+63"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The incident&apos;s area is saved.</source>
        <translation>事件范围已保存。</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawPanel</name>
    <message>
        <location filename="../widgets/mapdrawpanel.cpp" line="+39"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Colour of the drawing</source>
        <translation>图形颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the drawing</source>
        <translation>删除图形</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawTool</name>
    <message>
        <location filename="../widgets/mapdrawgeometry.cpp" line="+104"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km²</source>
        <translation>%1 平方公里</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · perimeter %2</source>
        <translation>%1 · 周长 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>radius %1 · %2</source>
        <translation>半径 %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/mapdrawtool.cpp" line="+94"/>
        <source>Draw a point</source>
        <translation>绘制点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a line</source>
        <translation>绘制线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a polygon</source>
        <translation>绘制多边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a circle</source>
        <translation>绘制圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure a distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag the drawing or its handles to change it; Delete removes it</source>
        <translation>拖动图形或其控制点进行修改；按 Delete 删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to place the point; Esc cancels</source>
        <translation>单击放置点；按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to add points; double-click or Enter to finish, Esc to cancel</source>
        <translation>单击添加节点；双击或按回车完成，按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to add corners; double-click, Enter or the first corner to finish, Esc to cancel</source>
        <translation>单击添加顶点；双击、按回车或单击第一个顶点完成，按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the centre of the circle; Esc cancels</source>
        <translation>单击圆心；按 Esc 取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the edge of the circle; Esc cancels</source>
        <translation>单击圆的边缘；按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click where the measurement starts; Esc cancels</source>
        <translation>单击测量起点；按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area of %1: click to add corners; double-click or Enter to finish, Esc to cancel</source>
        <translation>%1 的范围：单击添加顶点；双击或按回车完成，按 Esc 取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the place on the map; Esc cancels</source>
        <translation>在地图上单击该位置；按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>tw::MapLayerPanel</name>
    <message>
        <location filename="../widgets/maplayerpanel.cpp" line="+23"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlays</source>
        <translation>叠加图层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base maps</source>
        <translation>底图</translation>
    </message>
</context>
<context>
    <name>tw::MapLegend</name>
    <message>
        <location filename="../widgets/maplegend.cpp" line="+24"/>
        <source>Map legend: click to fold or unfold</source>
        <translation>地图图例：点击折叠或展开</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Incident level I, not acknowledged</source>
        <translation>I 级事件（未签收）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level II</source>
        <translation>II 级事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level III</source>
        <translation>III 级事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level IV</source>
        <translation>IV 级事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team available</source>
        <translation>队伍待命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team en route</source>
        <translation>队伍途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team on scene</source>
        <translation>队伍已到场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point, major</source>
        <translation>风险隐患点（重大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point, medium</source>
        <translation>风险隐患点（一般）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection target</source>
        <translation>防护目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter (fill = occupancy)</source>
        <translation>避难场所（填充 = 安置率）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor in alarm</source>
        <translation>传感器报警</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Legend ▸</source>
        <translation>图例 ▸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legend ▾</source>
        <translation>图例 ▾</translation>
    </message>
</context>
<context>
    <name>tw::MapSourcesDialog</name>
    <message>
        <location filename="../widgets/mapsourcesdialog.cpp" line="+32"/>
        <source>XYZ</source>
        <translation>XYZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TMS</source>
        <translation>TMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WMTS</source>
        <translation>WMTS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MBTiles</source>
        <translation>MBTiles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Visible</source>
        <translation>可见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imagery is in GCJ-02 (shift overlays to match)</source>
        <translation>影像采用 GCJ-02 坐标（平移叠加图层以对齐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map sources</source>
        <translation>地图源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add XYZ/TMS…</source>
        <translation>添加 XYZ/TMS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Tianditu…</source>
        <translation>添加天地图…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add MBTiles file…</source>
        <translation>添加 MBTiles 文件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn from the bottom of the list up: the top source covers the others.</source>
        <translation>从列表底部向上绘制：最上方的地图源覆盖其他地图源。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(labels)</source>
        <translation>（注记）</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>an http(s) URL template is needed</source>
        <translation>需要 http(s) URL 模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>URL template</source>
        <translation>URL 模板</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the template has {s}: list the subdomains</source>
        <translation>模板中含有 {s}：请列出子域名</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Subdomains</source>
        <translation>子域名</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>expected &quot;Name: value&quot;</source>
        <translation>应为“名称: 值”格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>expected vec, img or ter</source>
        <translation>应为 vec、img 或 ter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Tianditu needs a key (tk) from its developer console</source>
        <translation>天地图需要密钥（tk），请在天地图开发者控制台申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an XYZ/TMS source</source>
        <translation>添加 XYZ/TMS 地图源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TMS rows (counted from the south)</source>
        <translation>TMS 行号（从南向北计数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GCJ-02 imagery</source>
        <translation>GCJ-02 影像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Tianditu</source>
        <translation>添加天地图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vector</source>
        <translation>矢量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery</source>
        <translation>影像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrain</source>
        <translation>地形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the label overlay</source>
        <translation>叠加注记图层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key (tk)</source>
        <translation>密钥（tk）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Add an MBTiles file</source>
        <translation>添加 MBTiles 文件</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>MBTiles packs (*.mbtiles)</source>
        <translation>MBTiles 瓦片包 (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>tw::MapView</name>
    <message>
        <location filename="../widgets/mapview.cpp" line="+44"/>
        <source>Download this area for offline use…</source>
        <translation>离线下载此区域…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map sources…</source>
        <translation>地图源…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search a place, or type coordinates (120.155, 30.274 or 30°16&apos;26&quot;N 120°09&apos;18&quot;E)</source>
        <translation>搜索地点，或输入坐标（120.155, 30.274 或 30°16&apos;26&quot;N 120°09&apos;18&quot;E）</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>Drag a rectangle to choose the area; Esc cancels</source>
        <translation>拖动矩形框选区域；按 Esc 取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mapviewinput.cpp" line="+135"/>
        <source>%n %1 here: click to zoom in</source>
        <translation>
            <numerusform>此处有 %n 个%1：点击放大</numerusform>
        </translation>
    </message>
    <message>
        <location line="+203"/>
        <source>New incident here</source>
        <translation>在此处新建事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest resources from here</source>
        <translation>距此处最近的资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure from here</source>
        <translation>从此处开始测距</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear measurement</source>
        <translation>清除测距</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy coordinates (%1)</source>
        <translation>复制坐标（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show GCJ-02 coordinates</source>
        <translation>显示 GCJ-02 坐标</translation>
    </message>
    <message>
        <location filename="../widgets/mapviewdraw.cpp" line="+47"/>
        <source>Finish the drawing</source>
        <translation>完成绘制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the drawing</source>
        <translation>取消绘制</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw the area of &quot;%1&quot;</source>
        <translation>绘制“%1”的范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the drawing&apos;s label</source>
        <translation>编辑图形标注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the drawing</source>
        <translation>删除图形</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
</context>
<context>
    <name>tw::MbTiles</name>
    <message>
        <location filename="../maps/mbtiles.cpp" line="+80"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an MBTiles file (not an SQLite database)</source>
        <translation>不是 MBTiles 文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not an MBTiles file: %1</source>
        <translation>不是 MBTiles 文件：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an MBTiles file: the &quot;tiles&quot; and &quot;metadata&quot; tables are missing</source>
        <translation>不是 MBTiles 文件：缺少 &quot;tiles&quot; 和 &quot;metadata&quot; 表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exists and is not an SQLite database; not overwriting it</source>
        <translation>文件已存在且不是 SQLite 数据库；不会覆盖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create: %1</source>
        <translation>无法创建：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the MBTiles tables: %1</source>
        <translation>无法创建 MBTiles 数据表：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot read tile %1: %2</source>
        <translation>无法读取瓦片 %1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot read tiles at zoom %1: %2</source>
        <translation>无法读取第 %1 级的瓦片：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>invalid tile %1</source>
        <translation>无效的瓦片 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write tile %1: %2</source>
        <translation>无法写入瓦片 %1：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write metadata %1: %2</source>
        <translation>无法写入元数据 %1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file has no tiles</source>
        <translation>文件中没有瓦片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the tile range: %1</source>
        <translation>无法读取瓦片范围：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
</context>
<context>
    <name>tw::MergeDialog</name>
    <message>
        <location filename="../widgets/mergedialog.cpp" line="+23"/>
        <source>Merge incidents</source>
        <translation>合并事件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. same fire reported by two callers</source>
        <translation>例如：两位报告人报告的是同一起火灾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; becomes a false alarm; its timeline and dispatch orders go to the incident you choose.</source>
        <translation>“%1”将标记为误报；其时间轴和调度指令将转入您选择的事件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tw::OgrReader</name>
    <message>
        <location filename="../models/ogrreader.cpp" line="+63"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a vector file GDAL can read</source>
        <translation>不是 GDAL 可读取的矢量文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a vector file GDAL can read (%1)</source>
        <translation>不是 GDAL 可读取的矢量文件（%1）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>there is no layer &quot;%1&quot;; the layers are: %2</source>
        <translation>没有名为“%1”的图层；现有图层：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file has no vector layer</source>
        <translation>文件中没有矢量图层</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot convert coordinates from %1 to WGS-84 (%2)</source>
        <translation>无法将坐标从 %1 转换为 WGS-84（%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is a %1; only points can be imported</source>
        <translation>是 %1；只能导入点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot convert the point (%1, %2) from %3 to WGS-84</source>
        <translation>无法将点（%1, %2）从 %3 转换为 WGS-84</translation>
    </message>
</context>
<context>
    <name>tw::OverlayRenderer</name>
    <message>
        <location filename="../maps/overlayrenderer.cpp" line="+109"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>tw::PhoneReportDialog</name>
    <message>
        <location filename="../widgets/phonereportdialog.cpp" line="+40"/>
        <source>Phone report</source>
        <translation>电话接报</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>address or landmark</source>
        <translation>地址或标志性建筑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened, in the caller&apos;s words</source>
        <translation>按报告人原话记录事发情况</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick on map</source>
        <translation>在地图上选取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map; Esc cancels</source>
        <translation>在地图上单击该位置；按 Esc 取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create incident</source>
        <translation>创建事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>事发情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>伤亡</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say what happened</source>
        <translation>请描述事发情况</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <location filename="../core/plan.cpp" line="+28"/>
        <source>unknown key (expected one of %1)</source>
        <translation>未知的键（应为 %1 之一）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a list of text</source>
        <translation>必须是文本列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在可选值 %2 之中</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be an object {id, title, role, ...}</source>
        <translation>必须是对象 {id, title, role, ...}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be an object {kind, name, ...}</source>
        <translation>必须是对象 {kind, name, ...}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not team or supply</source>
        <translation>“%1”既不是队伍（team）也不是物资（supply）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a team kind</source>
        <translation>“%1”不是队伍类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a supply category</source>
        <translation>“%1”不是物资类别</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class %1</source>
        <translation>分类 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, level %1</source>
        <translation>，%1 级</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is required: {categories, type_codes, levels}</source>
        <translation>为必填项：{categories, type_codes, levels}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name at least one incident category</source>
        <translation>至少列出一个事件类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a known type or class code</source>
        <translation>“%1”不是已知的类型或分类代码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; belongs to category %2, which the plan does not list</source>
        <translation>“%1”属于类别 %2，但预案未列出该类别</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a non-empty list of steps</source>
        <translation>必须是非空的步骤列表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used by an earlier step</source>
        <translation>“%1”已被前面的步骤使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
</context>
<context>
    <name>tw::PlanChecklist</name>
    <message>
        <location filename="../widgets/planchecklist.cpp" line="+80"/>
        <source>Select an incident</source>
        <translation>请选择事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan applies to this incident</source>
        <translation>没有适用于该事件的预案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fits: %1</source>
        <translation>适用：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by %2 at %3</source>
        <translation>%2 于 %3 标记为%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>tw::PlanLibrary</name>
    <message>
        <location filename="../models/planlibrary.cpp" line="+25"/>
        <source>cannot read the plan file: %1</source>
        <translation>无法读取预案文件：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid JSON at line %1: %2</source>
        <translation>第 %1 行 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan file is a JSON object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1, &quot;plans&quot;: [...]}</source>
        <translation>预案文件应为 JSON 对象 {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1, &quot;plans&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key (expected format, version, plans)</source>
        <translation>未知的键（应为 format、version、plans）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported (this console reads version %2)</source>
        <translation>不支持版本 %1（本控制台读取版本 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-empty list of plans</source>
        <translation>必须是非空的预案列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a plan must be a JSON object</source>
        <translation>预案必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is the id of an earlier plan in this file</source>
        <translation>“%1”已是本文件中前面某个预案的编号</translation>
    </message>
</context>
<context>
    <name>tw::Record</name>
    <message>
        <location filename="../core/record.cpp" line="+195"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在可选值 %2 之中</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出 %2 到 %3 的范围</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: %1</source>
        <translation>JSON 格式无效：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown field for %1</source>
        <translation>%1 中没有该字段</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 have no position</source>
        <translation>%1 没有位置信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a position (lon, lat) is required</source>
        <translation>必须填写位置（经度、纬度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>经度 %1 超出 -180 到 180 的范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>纬度 %1 超出 -90 到 90 的范围</translation>
    </message>
</context>
<context>
    <name>tw::RecordForm</name>
    <message>
        <location filename="../widgets/recordform.cpp" line="+281"/>
        <source>Required: enter a value.</source>
        <translation>必填：请输入内容。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>tw::ReplayBanner</name>
    <message>
        <location filename="../widgets/replaybanner.cpp" line="+73"/>
        <source>REPLAY %1</source>
        <translation>回放 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console shows the city as it was at %1. Nothing can be changed until you return to live.</source>
        <translation>控制台正在显示 %1 时的城市状态。返回实时之前无法进行任何修改。</translation>
    </message>
</context>
<context>
    <name>tw::ReplayBar</name>
    <message>
        <location filename="../widgets/replaybar.cpp" line="+260"/>
        <location line="+38"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+132"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+171"/>
        <location line="+27"/>
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave replay and show the live situation</source>
        <translation>退出回放，显示实时态势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the city as it was at that moment</source>
        <translation>拖动以查看该时刻的城市状态</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>tw::ReplayConsole</name>
    <message>
        <location filename="../widgets/replayconsole.cpp" line="+48"/>
        <source>Replay only shows the past: return to live to change anything.</source>
        <translation>回放只显示过去的状态：请返回实时后再进行修改。</translation>
    </message>
</context>
<context>
    <name>tw::ResourcePanel</name>
    <message>
        <location filename="../widgets/resourcepanel.cpp" line="+224"/>
        <location line="+13"/>
        <location line="+25"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 created</source>
        <translation>已新建%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes to save</source>
        <translation>没有需要保存的修改</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 saved</source>
        <translation>%1已保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 &quot;%2&quot;? You can undo this with Ctrl+Z.</source>
        <translation>确定删除%1“%2”吗？可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; deleted</source>
        <translation>已删除%1“%2”</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>显示 %1 / 共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search name, address, contact… (Ctrl+F)</source>
        <translation>搜索名称、地址、联系人…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form (Ctrl+S)</source>
        <translation>保存表单（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record (Delete)</source>
        <translation>删除记录（Delete）</translation>
    </message>
</context>
<context>
    <name>tw::ResourceTableModel</name>
    <message>
        <location filename="../models/resourcetablemodel.cpp" line="+155"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
</context>
<context>
    <name>tw::SensorReading</name>
    <message>
        <location filename="../core/resources.cpp" line="+341"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a positive whole number of milliseconds</source>
        <translation>必须是正整数毫秒数</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="+19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark (control room)</source>
        <translation>深色（指挥大厅）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes apply immediately to every window.</source>
        <translation>更改会立即应用到所有窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language / 语言:</source>
        <translation>语言 / Language：</translation>
    </message>
</context>
<context>
    <name>tw::SituationViews</name>
    <message>
        <location filename="../widgets/situationviews.cpp" line="+156"/>
        <source>Replay only shows the past: return to live to report an incident.</source>
        <translation>回放只显示过去的状态：请返回实时后再上报事件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance: %1 km</source>
        <translation>距离：%1 公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance: %1 m</source>
        <translation>距离：%1 米</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2) — %3 km</source>
        <translation>%1（%2）— %3 公里</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest available teams</source>
        <translation>最近的待命队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team is available.</source>
        <translation>没有待命的队伍。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video wall</source>
        <translation>视频墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera list</source>
        <translation>摄像机列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show cameras covering the selected incident</source>
        <translation>显示覆盖所选事件的摄像机</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an incident first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n camera(s) cover the incident.</source>
        <translation>
            <numerusform>有 %n 台摄像机覆盖该事件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera covers the incident.</source>
        <translation>没有摄像机覆盖该事件。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Snapshot saved to %1</source>
        <translation>截图已保存到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot from camera %1: %2</source>
        <translation>摄像机 %1 的截图：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot attached to the incident&apos;s timeline.</source>
        <translation>截图已附加到事件时间轴。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot saved to %1, but not attached: %2</source>
        <translation>截图已保存到 %1，但未能附加到事件：%2</translation>
    </message>
</context>
<context>
    <name>tw::Store</name>
    <message>
        <location filename="../models/recordmutations.cpp" line="+43"/>
        <source>%1 have no position</source>
        <translation>%1没有位置</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a GeoJSON Polygon ({&quot;type&quot;: &quot;Polygon&quot;, &quot;coordinates&quot;: [[[lon, lat], ...]]})</source>
        <translation>必须是 GeoJSON 多边形（{&quot;type&quot;: &quot;Polygon&quot;, &quot;coordinates&quot;: [[[经度, 纬度], ...]]}）</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../models/resourcemutations.cpp" line="+130"/>
        <source>%1 is more than the capacity of %2</source>
        <translation>%1 超过了容量 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 reserved is more than the quantity of %2</source>
        <translation>预留量 %1 超过了数量 %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>the warehouse already has a stock line for this item; adjust that one</source>
        <translation>该仓库已有此物资的库存记录；请调整该记录</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by %1</source>
        <translation>由 %1 上报</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is changed with its own action (incident.setStatus, incident.setLevel, incident.acknowledge), not incident.update</source>
        <translation>须通过专门的操作修改（incident.setStatus、incident.setLevel、incident.acknowledge），不能用 incident.update</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Details updated</source>
        <translation>详情已更新</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the warehouse still holds %1 stock lines; delete or move them first</source>
        <translation>该仓库仍有 %1 条库存记录；请先删除或调出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item is still stocked in %1 stock lines; delete them first</source>
        <translation>该物资仍有 %1 条库存记录；请先删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the item is on %1 open dispatch orders</source>
        <translation>该物资在 %1 条未完成的调度指令中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team is on %1 active dispatch orders; complete or cancel them first</source>
        <translation>该队伍有 %1 条执行中的调度指令；请先完成或取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incident has %1 dispatch orders; close it instead of deleting it</source>
        <translation>该事件有 %1 条调度指令；请将其关闭而不是删除</translation>
    </message>
    <message>
        <location filename="../models/dispatchmutations.cpp" line="+34"/>
        <source>must be a list of {warehouse_id, item_id, quantity}</source>
        <translation>必须是 {warehouse_id, item_id, quantity} 的列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be {warehouse_id, item_id, quantity}</source>
        <translation>必须是 {warehouse_id, item_id, quantity}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../models/stockmutations.cpp" line="+110"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>supplies</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the incident is %1; nothing can be dispatched to it</source>
        <translation>该事件状态为%1，不能再调度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an order needs a team or supply lines</source>
        <translation>调度指令需要队伍或物资明细</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a dispatch order with id &quot;%1&quot; already exists</source>
        <translation>已存在 id 为“%1”的调度指令</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dispatch proposed: %1</source>
        <translation>已拟派：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is already on order %2 (%3); finish or cancel it first</source>
        <translation>%1 已在调度指令 %2（%3）中；请先完成或取消该指令</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the order is %1 and cannot become %2</source>
        <translation>调度指令当前为%1，不能变为%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/drawing.cpp" line="+110"/>
        <source>must be a list of [longitude, latitude] pairs</source>
        <translation>必须是 [经度, 纬度] 数对的列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>has %1 points; at most %2 are allowed</source>
        <translation>有 %1 个点；最多允许 %2 个</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>must be a [longitude, latitude] pair</source>
        <translation>必须是 [经度, 纬度] 数对</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location filename="../models/mutationcontext.cpp" line="+104"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a longitude from -180 to 180 (got %1)</source>
        <translation>经度必须在 -180 到 180 之间（实际为 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a latitude from -90 to 90 (got %1)</source>
        <translation>纬度必须在 -90 到 90 之间（实际为 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 has exactly one point (got %2)</source>
        <translation>%1 只能有一个点（实际为 %2 个）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 needs at least %2 different points (got %3)</source>
        <translation>%1 至少需要 %2 个不同的点（实际为 %3 个）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be more than 0 and at most %1 metres</source>
        <translation>必须大于 0 且不超过 %1 米</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a circle has a radius</source>
        <translation>只有圆才有半径</translation>
    </message>
    <message>
        <location filename="../models/drawingmutations.cpp" line="+35"/>
        <source>must be a colour written #rrggbb</source>
        <translation>颜色必须写成 #rrggbb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../models/incidentmutations.cpp" line="+62"/>
        <location filename="../models/mutationcontext.cpp" line="-13"/>
        <location line="+25"/>
        <location line="+31"/>
        <location filename="../models/planmutations.cpp" line="+32"/>
        <location filename="../models/recordmutations.cpp" line="-265"/>
        <location filename="../models/resourcemutations.cpp" line="-112"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>there is no drawing with id &quot;%1&quot;</source>
        <translation>不存在 id 为“%1”的图形</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be point, line, polygon or circle</source>
        <translation>必须是 point、line、polygon 或 circle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a drawing with id &quot;%1&quot; already exists</source>
        <translation>已存在 id 为“%1”的图形</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>nothing to change: give points, radius_m, label or color</source>
        <translation>没有要修改的内容：请提供 points、radius_m、label 或 color</translation>
    </message>
    <message>
        <location filename="../models/incidentmutations.cpp" line="+7"/>
        <source>set the incident&apos;s category before grading it</source>
        <translation>定级前请先设置事件类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the incident is already at level %1</source>
        <translation>事件已是 %1 级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graded level %1</source>
        <translation>定为 %1 级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level changed from %1 to %2</source>
        <translation>级别由 %1 调整为 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required (null lifts the warning)</source>
        <translation>为必填项（null 表示解除预警）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the warning level is already &quot;%1&quot;</source>
        <translation>预警级别已是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning lifted</source>
        <translation>预警已解除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning level set to %1</source>
        <translation>预警级别设为%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a %1 incident cannot change status</source>
        <translation>%1的事件不能再改变状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot go from %1 to %2 (allowed: %3)</source>
        <translation>不能从%1变为%2（允许：%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required to go from %1 to %2</source>
        <translation>从%1变为%2时必须填写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed from %1 to %2</source>
        <translation>状态由%1变为%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at least one of deaths, serious_injuries, missing, trapped, direct_loss_cny</source>
        <translation>请至少提供 deaths、serious_injuries、missing、trapped、direct_loss_cny 中的一项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Casualties: %1 dead, %2 seriously injured, %3 missing, %4 trapped</source>
        <translation>伤亡：死亡 %1 人，重伤 %2 人，失踪 %3 人，被困 %4 人</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>already acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by %1</source>
        <translation>由 %1 确认</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>an incident cannot be merged into itself</source>
        <translation>事件不能合并到自身</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the incident was already merged into another one (%1)</source>
        <translation>该事件已合并到另一事件（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 incident cannot be merged</source>
        <translation>%1的事件不能合并</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot merge into a %1 incident</source>
        <translation>不能合并到%1的事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drill incidents and real incidents are never merged</source>
        <translation>演练事件与真实事件不能合并</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into %1</source>
        <translation>已合并到 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 merged into this incident</source>
        <translation>%1 已合并到本事件</translation>
    </message>
    <message>
        <location filename="../models/mutationcontext.cpp" line="-79"/>
        <source>is not an argument of this change (expected %1)</source>
        <translation>不是此操作的参数（应为 %1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../models/timelinenote.cpp" line="+35"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../models/planmutations.cpp" line="+2"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Plan %1: step %2 done</source>
        <translation>预案 %1：第 %2 步已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1: step %2 not done</source>
        <translation>预案 %1：第 %2 步未完成</translation>
    </message>
    <message>
        <location filename="../models/sqlitehelpers.cpp" line="+17"/>
        <location filename="../models/sqlitestatement.cpp" line="+231"/>
        <location line="+47"/>
        <source>the database refused the change (%1)</source>
        <translation>数据库拒绝了此修改（%1）</translation>
    </message>
    <message>
        <location filename="../models/stockmutations.cpp" line="-30"/>
        <source>must not be zero</source>
        <translation>不能为零</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the warehouse has no stock of this item</source>
        <translation>该仓库没有此物资的库存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 of %2 are not yet reserved</source>
        <translation>%2 中只有 %1 尚未预留</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 are reserved</source>
        <translation>只预留了 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>would leave %1 in stock: only %2 there</source>
        <translation>将使库存变为 %1：现仅有 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>would leave %1 in stock, less than the %2 reserved</source>
        <translation>将使库存变为 %1，少于已预留的 %2</translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="+81"/>
        <source>&quot;%1&quot; is not a known change</source>
        <translation>“%1”不是已知的操作</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot record the database&apos;s client id</source>
        <translation>无法记录数据库的客户端 ID</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is kept by the store itself</source>
        <translation>“%1”由数据库自身维护</translation>
    </message>
    <message>
        <location filename="../models/storeengine.cpp" line="+171"/>
        <source>a change is already being applied</source>
        <translation>另一项修改正在进行中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database is busy or read-only: %1</source>
        <translation>数据库忙或为只读：%1</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+31"/>
        <location filename="../models/storewrites.cpp" line="+93"/>
        <location line="+114"/>
        <location line="+77"/>
        <source>there is no %1 with id &quot;%2&quot;</source>
        <translation>不存在 id 为“%2”的%1</translation>
    </message>
    <message>
        <location filename="../models/storereads.cpp" line="+89"/>
        <source>there is no dispatch order with id &quot;%1&quot;</source>
        <translation>不存在 id 为“%1”的调度指令</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>there is no local mutation %1</source>
        <translation>不存在本地变更 %1</translation>
    </message>
    <message>
        <location filename="../models/storeschema.cpp" line="+347"/>
        <source>cannot read the schema version of the database</source>
        <translation>无法读取数据库的结构版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database was written by a newer Tidewatch (schema %1, this version knows %2)</source>
        <translation>该数据库由更新版本的 Tidewatch 写入（结构版本 %1，本版本支持到 %2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>升级到结构版本 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SQLite %1 is too old: full-text search of Chinese text needs 3.34 or newer (the trigram tokenizer)</source>
        <translation>SQLite %1 版本过旧：中文全文检索需要 3.34 或更高版本（trigram 分词器）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SQLite library used by Qt has no FTS5 full-text search; install Qt&apos;s SQLite driver built against the system SQLite</source>
        <translation>Qt 使用的 SQLite 库不支持 FTS5 全文检索；请安装基于系统 SQLite 构建的 Qt SQLite 驱动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SQLite library used by Qt has no R*Tree index; install Qt&apos;s SQLite driver built against the system SQLite</source>
        <translation>Qt 使用的 SQLite 库不支持 R*Tree 索引；请安装基于系统 SQLite 构建的 Qt SQLite 驱动</translation>
    </message>
    <message>
        <location filename="../models/storewrites.cpp" line="-217"/>
        <source>a %1 with id &quot;%2&quot; already exists</source>
        <translation>已存在 id 为“%2”的%1</translation>
    </message>
    <message>
        <location filename="../models/timelinenote.cpp" line="-15"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a stored attachment is &quot;sha256:&quot; followed by 64 lower-case hexadecimal digits</source>
        <translation>已保存附件的格式为“sha256:”加 64 位小写十六进制数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required for a stored attachment</source>
        <translation>已保存附件必须提供此项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of bytes</source>
        <translation>必须是整数字节数</translation>
    </message>
    <message>
        <location filename="../models/storertreepack.cpp" line="+146"/>
        <source>the spatial index has an unexpected node size (%1 bytes)</source>
        <translation>空间索引的节点大小异常（%1 字节）</translation>
    </message>
</context>
<context>
    <name>tw::TileDownloadDialog</name>
    <message>
        <location filename="../widgets/tiledownloaddialog.cpp" line="+47"/>
        <source>Select on map</source>
        <translation>在地图上框选</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this area for offline use</source>
        <translation>离线下载此区域</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>North</source>
        <translation>北</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>West</source>
        <translation>西</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>East</source>
        <translation>东</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South</source>
        <translation>南</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a rectangle on the map</source>
        <translation>在地图上拖出矩形框</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>地图源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (WGS-84 degrees)</source>
        <translation>范围（WGS-84，单位：度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom levels</source>
        <translation>缩放级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>预估</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No online tile source is configured: add one under Map sources first.</source>
        <translation>未配置在线瓦片源：请先在“地图源”中添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n tile(s), about %1</source>
        <translation>
            <numerusform>%n 个瓦片，约 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the file exists: tiles already in it are skipped)</source>
        <translation>（文件已存在：将跳过其中已有的瓦片）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the offline pack</source>
        <translation>保存离线瓦片包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MBTiles packs (*.mbtiles)</source>
        <translation>MBTiles 瓦片包 (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no online tile source</source>
        <translation>没有在线瓦片源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a file to save the pack to</source>
        <translation>请选择瓦片包的保存位置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after the tiles in flight…</source>
        <translation>正在等待进行中的瓦片下载完成后停止…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 tiles, %3 downloaded</source>
        <translation>%1 / %2 个瓦片，已下载 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Press Resume to continue where it stopped.</source>
        <translation>已取消。按“继续下载”可从中断处继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>tw::TileDownloader</name>
    <message>
        <location filename="../maps/tiledownloader.cpp" line="+70"/>
        <source>expected four numbers W,S,E,N (longitude before latitude), e.g. 120.0,30.1,120.4,30.4</source>
        <translation>应为四个数 西,南,东,北（经度在前），例如 120.0,30.1,120.4,30.4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected MIN-MAX, e.g. 10-16</source>
        <translation>应为 最小-最大，例如 10-16</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the box must lie within longitude -180..180 and latitude -90..90</source>
        <translation>范围必须在经度 -180..180、纬度 -90..90 之内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>west must be less than east and south less than north</source>
        <translation>西边界必须小于东边界，南边界必须小于北边界</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the box lies outside Web Mercator (latitude beyond ±85.05)</source>
        <translation>范围超出 Web 墨卡托（纬度超过 ±85.05）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zoom range must be within 0-22 with MIN &lt;= MAX</source>
        <translation>缩放级别必须在 0-22 之内，且最小值 ≤ 最大值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the source has zoom %1-%2 only</source>
        <translation>该瓦片源只有 %1-%2 级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tiles (about %2 GB) is too many; at most %3: choose a smaller box or fewer zoom levels</source>
        <translation>%1 个瓦片（约 %2 GB）过多，最多 %3 个：请缩小范围或减少缩放级别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the source must be an online tile server</source>
        <translation>瓦片源必须是在线瓦片服务</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>tile %1 is not an image</source>
        <translation>瓦片 %1 不是图像</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Downloaded by Tidewatch for offline use</source>
        <translation>由 Tidewatch 下载，供离线使用</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 tiles could not be downloaded (last: %2); run again to retry them</source>
        <translation>%1 个瓦片未能下载（最后一个错误：%2）；再次运行可重试</translation>
    </message>
</context>
<context>
    <name>tw::TileFetcher</name>
    <message>
        <location filename="../maps/tilefetcher.cpp" line="+112"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot download %1: %2</source>
        <translation>无法下载 %1：%2</translation>
    </message>
</context>
<context>
    <name>tw::TileSourceSpec</name>
    <message>
        <location filename="../maps/tilesource.cpp" line="+86"/>
        <source>a tile URL template needs {z}, {x} and {y}</source>
        <translation>瓦片 URL 模板需要包含 {z}、{x} 和 {y}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a tile source: expected an http(s) URL template with {z}/{x}/{y} or an .mbtiles file</source>
        <translation>不是瓦片源：应为含 {z}/{x}/{y} 的 http(s) URL 模板或 .mbtiles 文件</translation>
    </message>
</context>
<context>
    <name>tw::TileSourceStore</name>
    <message>
        <location filename="../maps/tilesourcestore.cpp" line="+69"/>
        <source>a saved tile source has no id</source>
        <translation>已保存的瓦片源缺少编号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown tile source kind &quot;%1&quot;</source>
        <translation>未知的瓦片源类型“%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the online source has no URL template</source>
        <translation>在线瓦片源没有 URL 模板</translation>
    </message>
</context>
<context>
    <name>tw::TileWorker</name>
    <message>
        <location filename="../maps/tileworker.cpp" line="+81"/>
        <location line="+25"/>
        <source>cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+38"/>
        <source>tile %1 of %2 is not a readable image</source>
        <translation>%2 的瓦片 %1 不是可读取的图像</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>tile %1 from %2 is not a readable image</source>
        <translation>来自 %2 的瓦片 %1 不是可读取的图像</translation>
    </message>
</context>
<context>
    <name>tw::TilesCommand</name>
    <message>
        <location filename="../maps/tilescommand.cpp" line="+27"/>
        <source>usage: tidewatch tiles download --source URL_TEMPLATE --bbox W,S,E,N --zoom MIN-MAX FILE.mbtiles
  URL_TEMPLATE  e.g. https://tile.example.org/{z}/{x}/{y}.png ({s} subdomains, tms:URL for TMS rows)
  W,S,E,N       longitude before latitude, degrees, e.g. 120.0,30.1,120.4,30.4
  MIN-MAX       zoom levels, e.g. 10-16
  Running it again on the same FILE resumes: tiles already there are skipped.
</source>
        <translation>用法：tidewatch tiles download --source URL模板 --bbox 西,南,东,北 --zoom 最小-最大 文件.mbtiles
  URL模板       例如 https://tile.example.org/{z}/{x}/{y}.png（{s} 表示子域名，tms:URL 表示按 TMS 行号）
  西,南,东,北   经度在前、纬度在后，单位为度，例如 120.0,30.1,120.4,30.4
  最小-最大     缩放级别，例如 10-16
  对同一文件再次运行即可断点续传：已有的瓦片会被跳过。
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>tiles: unknown option %1</source>
        <translation>tiles：未知选项 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiles: more than one output file</source>
        <translation>tiles：指定了多个输出文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>tiles: %1</source>
        <translation>tiles：%1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>tiles: %1 tiles at zoom %2-%3, about %4 (estimate)</source>
        <translation>tiles：%2-%3 级共 %1 个瓦片，约 %4（估算）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tiles: %1 / %2 (%3 %), %4</source>
        <translation>tiles：%1 / %2（%3 %），%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tiles: cancelled; run the same command again to resume</source>
        <translation>tiles：已取消；再次运行相同命令即可继续下载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tiles: done, %1</source>
        <translation>tiles：已完成，%1</translation>
    </message>
</context>
<context>
    <name>tw::TimelineEvent</name>
    <message>
        <location filename="../core/timelineevent.cpp" line="+15"/>
        <source>Report</source>
        <translation>接报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level change</source>
        <translation>级别调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning level change</source>
        <translation>预警级别调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualty update</source>
        <translation>伤亡更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>续报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor alert</source>
        <translation>传感器告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step</source>
        <translation>预案步骤</translation>
    </message>
</context>
<context>
    <name>tw::TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="+177"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tw::TimelinePanel</name>
    <message>
        <location filename="../widgets/timelinepanel.cpp" line="+26"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search the timeline</source>
        <translation>搜索时间轴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lanes by kind</source>
        <translation>按类型分泳道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by team</source>
        <translation>按队伍分泳道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>全览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every event (Home returns to now)</source>
        <translation>显示全部事件（按 Home 键回到当前时刻）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export timeline</source>
        <translation>导出时间轴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timeline.csv</source>
        <translation>timeline.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条时间轴事件导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::TimelineView</name>
    <message>
        <location filename="../widgets/timelineview.cpp" line="+176"/>
        <source>No team</source>
        <translation>无队伍</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>view time</source>
        <translation>查看时刻</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No events</source>
        <translation>无事件</translation>
    </message>
    <message>
        <location filename="../widgets/timelineviewinput.cpp" line="+73"/>
        <source>Incident: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(details)</source>
        <translation>（详情）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click an event of the incident the note is for first</source>
        <translation>请先点击要添加备注的事件的任一时间轴条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for %1 — Enter saves, Esc cancels</source>
        <translation>为 %1 添加备注 — 按 Enter 保存，按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>tw::VideoRecorder</name>
    <message>
        <location filename="../video/videorecorder.cpp" line="+163"/>
        <source>Already recording</source>
        <translation>正在录像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>该摄像机没有视频流地址（URI）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GStreamer element uridecodebin is missing</source>
        <translation>缺少 GStreamer 组件 uridecodebin</translation>
    </message>
</context>
<context>
    <name>tw::VideoSession</name>
    <message>
        <location filename="../video/videosession.cpp" line="+350"/>
        <source>No picture to save yet</source>
        <translation>尚无可保存的画面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the snapshot</source>
        <translation>无法保存截图</translation>
    </message>
    <message>
        <location filename="../video/videofailure.cpp" line="+43"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>该摄像机没有视频流地址（URI）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown host: the name does not resolve</source>
        <translation>未知主机：无法解析该名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused: nothing answers on that port</source>
        <translation>连接被拒绝：该端口无服务响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host unreachable: no answer from the camera</source>
        <translation>主机不可达：摄像机无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out: connected but no picture</source>
        <translation>超时：已连接但没有画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: wrong path or file name (404)</source>
        <translation>未找到：路径或文件名错误（404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthorized (401): wrong or missing user name and password</source>
        <translation>未授权（401）：用户名或密码错误或缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video stream in this source</source>
        <translation>该视频源中没有视频流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported video codec: no decoder installed</source>
        <translation>不支持的视频编码：未安装解码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a media file</source>
        <translation>不是媒体文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address returned a web page, not video</source>
        <translation>该地址返回的是网页，而不是视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera closed the stream</source>
        <translation>摄像机关闭了视频流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video data could not be decoded</source>
        <translation>视频数据无法解码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video error</source>
        <translation>视频错误</translation>
    </message>
</context>
<context>
    <name>tw::VideoTile</name>
    <message>
        <location filename="../widgets/videotile.cpp" line="+106"/>
        <source>No camera in this tile</source>
        <translation>此窗格没有摄像机</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drop a camera here</source>
        <translation>将摄像机拖放到这里</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒后重连</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/videotilepainter.cpp" line="+221"/>
        <source>REC</source>
        <translation>录像</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>演习 EXERCISE</source>
        <translation>演习 EXERCISE</translation>
    </message>
</context>
<context>
    <name>tw::VideoWall</name>
    <message>
        <location filename="../widgets/videowall.cpp" line="+50"/>
        <source>The video wall is in its own window.</source>
        <translation>视频墙在独立窗口中显示。</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>1 camera</source>
        <translation>单画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 2</source>
        <translation>2 × 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 × 4</source>
        <translation>4 × 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 + 5</source>
        <translation>1 + 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 + 7</source>
        <translation>1 + 7</translation>
    </message>
    <message>
        <location filename="../widgets/videowallactions.cpp" line="+30"/>
        <source>Tidewatch video wall</source>
        <translation>Tidewatch 视频墙</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No camera in this tile</source>
        <translation>此窗格没有摄像机</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximise</source>
        <translation>最大化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop recording</source>
        <translation>停止录像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>录像</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear tile</source>
        <translation>清空窗格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current as…</source>
        <translation>将当前布局另存为…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save wall preset</source>
        <translation>保存视频墙预设</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop tour</source>
        <translation>停止轮巡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back into the main window</source>
        <translation>放回主窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach to a separate window</source>
        <translation>分离为独立窗口</translation>
    </message>
</context>
<context>
    <name>tw::classification</name>
    <message>
        <location filename="../core/classification.cpp" line="+97"/>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident</source>
        <translation>事故灾难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>公共卫生事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security event</source>
        <translation>社会安全事件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Particularly serious</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatively serious</source>
        <translation>较大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Red warning</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange warning</source>
        <translation>橙色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow warning</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue warning</source>
        <translation>蓝色预警</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1 deaths ≥ %2 → level %3</source>
        <translation>死亡 %1 人 ≥ %2 → %3 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serious injuries ≥ %2 → level %3</source>
        <translation>重伤 %1 人 ≥ %2 → %3 级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct loss %1 CNY ≥ %2 CNY → level %3</source>
        <translation>直接经济损失 %1 元 ≥ %2 元 → %3 级</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>below every level III threshold (3 deaths, 10 serious injuries, %1 CNY) → level IV</source>
        <translation>低于所有 III 级阈值（死亡 3 人、重伤 10 人、%1 元）→ IV 级</translation>
    </message>
</context>
<context>
    <name>tw::datum</name>
    <message>
        <location filename="../core/datum.cpp" line="+70"/>
        <source>&quot;%1&quot; is not one of wgs84, gcj02, bd09</source>
        <translation>“%1”不是 wgs84、gcj02、bd09 之一</translation>
    </message>
</context>
<context>
    <name>tw::geo</name>
    <message>
        <location filename="../core/geo.cpp" line="+191"/>
        <source>expected a number at &quot;%1&quot;</source>
        <translation>“%1”处应为数字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>degrees must be whole when minutes or seconds follow (&quot;%1&quot;)</source>
        <translation>带分、秒时度数必须为整数（“%1”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes and seconds must be below 60 (&quot;%1&quot;)</source>
        <translation>分和秒必须小于 60（“%1”）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a negative value cannot also have a hemisphere letter (&quot;%1&quot;)</source>
        <translation>负值不能同时带半球字母（“%1”）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a coordinate: %2. Write longitude, latitude (120.15, 30.28) or degrees with hemispheres (30°16&apos;48&quot;N, 120°09&apos;00&quot;E)</source>
        <translation>“%1”不是有效坐标：%2。请按“经度, 纬度”填写（120.15, 30.28），或使用带半球字母的度分秒（30°16&apos;48&quot;N, 120°09&apos;00&quot;E）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing was entered</source>
        <translation>未输入内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second value is missing</source>
        <translation>缺少第二个数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected &quot;%1&quot; at the end</source>
        <translation>末尾有多余的“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both values are latitudes (N/S)</source>
        <translation>两个数值都是纬度（N/S）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>both values are longitudes (E/W)</source>
        <translation>两个数值都是经度（E/W）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latitude %1 is outside -90 to 90; write the longitude first</source>
        <translation>纬度 %1 超出 -90 到 90 的范围；请先写经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>纬度 %1 超出 -90 到 90 的范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>经度 %1 超出 -180 到 180 的范围</translation>
    </message>
</context>
<context>
    <name>tw::schema</name>
    <message>
        <location filename="../core/entityschema.cpp" line="+79"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <location line="+30"/>
        <location line="+36"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Rescue teams</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue team</source>
        <translation>救援队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+17"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Team kind</source>
        <translation>队伍类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire and rescue</source>
        <translation>消防救援</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Medical</source>
        <translation>医疗救护</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Hazardous materials</source>
        <translation>危化品处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Flood control</source>
        <translation>防汛抢险</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Mine rescue</source>
        <translation>矿山救护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and rescue</source>
        <translation>搜救</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power repair</source>
        <translation>电力抢修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Militia</source>
        <translation>民兵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>公安</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Communications</source>
        <translation>通信保障</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Capabilities</source>
        <translation>救援能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Agency</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+131"/>
        <location line="+23"/>
        <location line="+62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Available</source>
        <translation>待命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation>返程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off duty</source>
        <translation>休整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base longitude</source>
        <translation>驻地经度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base latitude</source>
        <translation>驻地纬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position time</source>
        <translation>定位时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Heading (°)</source>
        <translation>方向（°）</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Warehouses</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Warehouse</source>
        <translation>物资仓库</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reserve level</source>
        <translation>储备级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区县级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Floor area (m²)</source>
        <translation>库房面积（m²）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supply items</source>
        <translation>物资品类</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Supply item</source>
        <translation>物资品类</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+160"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Shelter and tents</source>
        <translation>帐篷篷布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedding and clothing</source>
        <translation>被服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>食品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drinking water</source>
        <translation>饮用水</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue equipment</source>
        <translation>救援装备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power and lighting</source>
        <translation>电源照明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protective gear</source>
        <translation>防护用品</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Code (GB/T 38565)</source>
        <translation>编码（GB/T 38565）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>库存记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk points</source>
        <translation>风险隐患点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point</source>
        <translation>风险隐患点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hazard kind</source>
        <translation>隐患类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landslide slope</source>
        <translation>滑坡边坡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flood-prone underpass</source>
        <translation>易涝下穿通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waterlogging area</source>
        <translation>易涝积水点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical plant</source>
        <translation>化工企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas station</source>
        <translation>加油加气站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dam or reservoir</source>
        <translation>水库大坝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazardous materials store</source>
        <translation>危化品仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction site</source>
        <translation>建筑工地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded place</source>
        <translation>人员密集场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas pipeline</source>
        <translation>燃气管线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>较大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radius (m)</source>
        <translation>影响半径（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Protection targets</source>
        <translation>防护目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection target</source>
        <translation>防护目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kind</source>
        <translation>目标类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Kindergarten</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursing home</source>
        <translation>养老院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metro station</source>
        <translation>地铁站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway station</source>
        <translation>火车站</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Stadium</source>
        <translation>体育场馆</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Shopping centre</source>
        <translation>商场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government building</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water works</source>
        <translation>水厂</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shelters</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelter kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor</source>
        <translation>室内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor</source>
        <translation>室外</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Park</source>
        <translation>公园</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translation>当前安置人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standby</source>
        <translation>待启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>已开放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>配套设施</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>摄像机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field of view (°)</source>
        <translation>视场角（°）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range (m)</source>
        <translation>可视距离（米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main stream URI</source>
        <translation>主码流地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-stream URI</source>
        <translation>子码流地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTZ</source>
        <translation>云台（PTZ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensors</source>
        <translation>监测传感器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor kind</source>
        <translation>传感器类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain gauge</source>
        <translation>雨量计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water level</source>
        <translation>水位计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>风速风向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displacement</source>
        <translation>位移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seismic</source>
        <translation>地震</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoke</source>
        <translation>烟感</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm threshold</source>
        <translation>报警阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last value</source>
        <translation>最新读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reading</source>
        <translation>最新读数时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm state</source>
        <translation>告警状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Natural disaster</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident</source>
        <translation>事故灾难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>公共卫生事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security event</source>
        <translation>社会安全事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type code</source>
        <translation>类型代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event level</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I (particularly serious)</source>
        <translation>I 级（特别重大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>II (serious)</source>
        <translation>II 级（重大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>III (relatively serious)</source>
        <translation>III 级（较大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV (general)</source>
        <translation>IV 级（一般）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>已接报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contained</source>
        <translation>已控制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious injuries</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trapped</source>
        <translation>被困</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct loss (CNY)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter phone</source>
        <translation>报告人电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>接报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area polygon</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged at</source>
        <translation>签收时间</translation>
    </message>
</context>
</TS>
