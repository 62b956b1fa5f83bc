<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/replayengine.cpp" line="+113"/>
        <source>the replay log ends at %1, before the replayed moment</source>
        <translation>the replay log ends at %1, before the replayed moment</translation>
    </message>
</context>
<context>
    <name>tw::AttachmentOpener</name>
    <message>
        <location filename="../widgets/attachmentopener.cpp" line="+43"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot prepare %1 for opening</source>
        <translation>cannot prepare %1 for opening</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the attachment %1 cannot be found</source>
        <translation>the attachment %1 cannot be found</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no application could open %1</source>
        <translation>no application could open %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this event has no attachment</source>
        <translation>this event has no attachment</translation>
    </message>
</context>
<context>
    <name>tw::AttachmentStore</name>
    <message>
        <location filename="../models/attachmentstore.cpp" line="+45"/>
        <location line="+111"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 is too large to attach (more than %2 MB)</source>
        <translation>%1 is too large to attach (more than %2 MB)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot store the attachment: %1</source>
        <translation>cannot store the attachment: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&quot;%1&quot; is not a stored attachment</source>
        <translation>&quot;%1&quot; is not a stored attachment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the attachment %1 is not in %2</source>
        <translation>the attachment %1 is not in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large to attach (%2 MB; the limit is %3 MB)</source>
        <translation>%1 is too large to attach (%2 MB; the limit is %3 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+29"/>
        <source>cannot create the attachment folder %1</source>
        <translation>cannot create the attachment folder %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+11"/>
        <location line="+21"/>
        <source>cannot store the attachment in %1: %2</source>
        <translation>cannot store the attachment in %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attached %1</source>
        <translation>Attached %1</translation>
    </message>
</context>
<context>
    <name>tw::Basemap</name>
    <message>
        <location filename="../maps/basemap.cpp" line="+46"/>
        <source>vector MBTiles are not supported; use a raster (PNG/JPEG) pack</source>
        <translation>vector MBTiles are not supported; use a raster (PNG/JPEG) pack</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>World (offline)</source>
        <translation>World (offline)</translation>
    </message>
</context>
<context>
    <name>tw::CameraList</name>
    <message>
        <location filename="../widgets/cameralist.cpp" line="+35"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>No stream address (no URI) for this camera</translation>
    </message>
</context>
<context>
    <name>tw::CentralPlaceholder</name>
    <message>
        <location filename="../widgets/centralplaceholder.cpp" line="+33"/>
        <source>City map
(not loaded)</source>
        <translation>City map
(not loaded)</translation>
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
        <translation>Usage:
  tidewatch [--db PATH | --demo] [--lang zh_CN|en] [--basemap FILE.mbtiles] [--screenshot FILE]
  tidewatch import FILE --kind KIND [--datum wgs84|gcj02|bd09] [--layer NAME] [--db PATH | --demo]
  tidewatch export --kind KIND --format csv|geojson FILE [--datum wgs84|gcj02|bd09] [--db PATH | --demo]
  tidewatch report --incident ID [--format pdf|html] [--kind initial|followup|final] [--lang zh_CN|en]
                   [--unit NAME] [--author NAME] [--contact TEXT] [--db PATH | --demo] FILE
  tidewatch tiles ...
  tidewatch --version | --help

Without --db or --demo the console opens your own database in the application data folder.
Kinds: %1
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>report needs --incident ID</source>
        <translation>report needs --incident ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>report needs --format pdf or --format html (or a FILE ending in .pdf or .html)</source>
        <translation>report needs --format pdf or --format html (or a FILE ending in .pdf or .html)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown report format &quot;%1&quot;; formats are: pdf, html</source>
        <translation>unknown report format &quot;%1&quot;; formats are: pdf, html</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report kind &quot;%1&quot;; kinds are: initial, followup, final</source>
        <translation>unknown report kind &quot;%1&quot;; kinds are: initial, followup, final</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the database at PATH.</source>
        <translation>Open the database at PATH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (or create) the demo database.</source>
        <translation>Open (or create) the demo database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a picture of the window and quit.</source>
        <translation>Save a picture of the window and quit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: zh_CN or en.</source>
        <translation>Language: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a raster MBTiles file as the basemap.</source>
        <translation>Show a raster MBTiles file as the basemap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource kind.</source>
        <translation>Resource kind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format: csv or geojson.</source>
        <translation>Export format: csv or geojson.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinate datum of the file.</source>
        <translation>Coordinate datum of the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layer to import from a multi-layer file.</source>
        <translation>Layer to import from a multi-layer file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident to report on.</source>
        <translation>The incident to report on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reporting unit.</source>
        <translation>The reporting unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who writes the report.</source>
        <translation>Who writes the report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach the reporter.</source>
        <translation>How to reach the reporter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>use either --db or --demo, not both</source>
        <translation>use either --db or --demo, not both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown language &quot;%1&quot;; languages are: zh_CN, en</source>
        <translation>unknown language &quot;%1&quot;; languages are: zh_CN, en</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+113"/>
        <source>%1 needs exactly one FILE</source>
        <translation>%1 needs exactly one FILE</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>unknown command &quot;%1&quot;; commands are: import, export, report, tiles</source>
        <translation>unknown command &quot;%1&quot;; commands are: import, export, report, tiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --kind; kinds are: %2</source>
        <translation>%1 needs --kind; kinds are: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind &quot;%1&quot;; kinds are: %2</source>
        <translation>unknown kind &quot;%1&quot;; kinds are: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs --format csv or --format geojson</source>
        <translation>export needs --format csv or --format geojson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format &quot;%1&quot;; formats are: csv, geojson</source>
        <translation>unknown format &quot;%1&quot;; formats are: csv, geojson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleActions</name>
    <message>
        <location filename="../widgets/consoleactions.cpp" line="+86"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from CSV, GeoJSON, Shapefile, GeoPackage or KML</source>
        <translation>Import records from CSV, GeoJSON, Shapefile, GeoPackage or KML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the records of the current panel as CSV or GeoJSON</source>
        <translation>Export the records of the current panel as CSV or GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in panel</source>
        <translation>&amp;Find in panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save record</source>
        <translation>&amp;Save record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete record…</source>
        <translation>&amp;Delete record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo last edit</source>
        <translation>&amp;Undo last edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark (control room)</source>
        <translation>&amp;Dark (control room)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tidewatch</source>
        <translation>&amp;About Tidewatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleRunner</name>
    <message>
        <location filename="../app/consolerunner.cpp" line="+51"/>
        <source>could not save the screenshot to %1</source>
        <translation>could not save the screenshot to %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not open the database: %1</source>
        <translation>Could not open the database: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidewatch</source>
        <translation>Tidewatch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open the basemap %1: %2</source>
        <translation>Could not open the basemap %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::ConsoleStatusBar</name>
    <message>
        <location filename="../widgets/consolestatusbar.cpp" line="+40"/>
        <source>No database</source>
        <translation>No database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DEMO DATA</source>
        <translation>演示数据 / DEMO DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database holds invented demonstration data, not real resources.</source>
        <translation>This database holds invented demonstration data, not real resources.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
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
        <translation>the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; and import it again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text is not UTF-8 (GBK or another encoding?); save the file as &quot;CSV UTF-8&quot; and import it again</source>
        <translation>the text is not UTF-8 (GBK or another encoding?); save the file as &quot;CSV UTF-8&quot; and import it again</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quotes inside it (&quot;&quot;)</source>
        <translation>a quote inside an unquoted field; put the whole field in quotes and double the quotes inside it (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text after the closing quote of a field</source>
        <translation>text after the closing quote of a field</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a quote opened on this line is never closed</source>
        <translation>a quote opened on this line is never closed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty; the first row must name the columns</source>
        <translation>the file is empty; the first row must name the columns</translation>
    </message>
</context>
<context>
    <name>tw::DemoCity</name>
    <message>
        <location filename="../models/democity.cpp" line="+29"/>
        <source>could not create the demo %1: %2</source>
        <translation>could not create the demo %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the numbers of teams, timeline events and cameras cannot be negative</source>
        <translation>the numbers of teams, timeline events and cameras cannot be negative</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rescue teams</source>
        <translation>rescue teams</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>tw::DispatchOrder</name>
    <message>
        <location filename="../core/dispatchorder.cpp" line="+80"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>tw::DispatchOrderList</name>
    <message>
        <location filename="../widgets/dispatchorderlist.cpp" line="+90"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supplies</source>
        <translation>Supplies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplies only</source>
        <translation>Supplies only</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select an incident to see its dispatch orders.</source>
        <translation>Select an incident to see its dispatch orders.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s) as at %1</source>
        <translation>
            <numerusform>%n order as at %1</numerusform>
            <numerusform>%n orders as at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::EditHistory</name>
    <message>
        <location filename="../widgets/edithistory.cpp" line="+69"/>
        <location line="+18"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Undo creation of %1 &quot;%2&quot;</source>
        <translation>Undo creation of %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo deletion of %1 &quot;%2&quot;</source>
        <translation>Undo deletion of %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo edit of %1 &quot;%2&quot;</source>
        <translation>Undo edit of %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is closed</source>
        <translation>The database is closed</translation>
    </message>
</context>
<context>
    <name>tw::EscalationPrompt</name>
    <message>
        <location filename="../widgets/escalationprompt.cpp" line="+21"/>
        <source>Escalate the incident?</source>
        <translation>Escalate the incident?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ungraded</source>
        <translation>ungraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1 (%2)</source>
        <translation>level %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The casualty and loss figures call for level %1 (%2); the incident is %3.</source>
        <translation>The casualty and loss figures call for level %1 (%2); the incident is %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escalate to level %1</source>
        <translation>Escalate to level %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
</context>
<context>
    <name>tw::Exporter</name>
    <message>
        <location filename="../models/exporter.cpp" line="+86"/>
        <source>unknown export format &quot;%1&quot;; use csv or geojson</source>
        <translation>unknown export format &quot;%1&quot;; use csv or geojson</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>cannot write the file: %1</source>
        <translation>cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>tw::GeoJsonCodec</name>
    <message>
        <location filename="../models/geojsoncodec.cpp" line="+57"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a GeoJSON FeatureCollection (the top level must be an object with &quot;type&quot;: &quot;FeatureCollection&quot;)</source>
        <translation>not a GeoJSON FeatureCollection (the top level must be an object with &quot;type&quot;: &quot;FeatureCollection&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an array of features, not %1</source>
        <translation>must be an array of features, not %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a Feature (an object with &quot;type&quot;: &quot;Feature&quot;)</source>
        <translation>is not a Feature (an object with &quot;type&quot;: &quot;Feature&quot;)</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+57"/>
        <source>must be an object or null, not %1</source>
        <translation>must be an object or null, not %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is a %1; only Point geometries can be imported</source>
        <translation>is a %1; only Point geometries can be imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry without a type</source>
        <translation>geometry without a type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a Point needs &quot;coordinates&quot;: [longitude, latitude]</source>
        <translation>a Point needs &quot;coordinates&quot;: [longitude, latitude]</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a string or a number, not %1</source>
        <translation>must be a string or a number, not %1</translation>
    </message>
</context>
<context>
    <name>tw::HeadlessCommands</name>
    <message>
        <location filename="../app/headlesscommands.cpp" line="+67"/>
        <source>the demo database is not available in this build</source>
        <translation>the demo database is not available in this build</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the console needs a display</source>
        <translation>the console needs a display</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1 %2 from %3 (%4 updated, %5 new) into %6</source>
        <translation>Imported %1 %2 from %3 (%4 updated, %5 new) into %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 %2 to %3</source>
        <translation>Exported %1 %2 to %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not available in this build</source>
        <translation>not available in this build</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs a QGuiApplication</source>
        <translation>needs a QGuiApplication</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Wrote the %1 report of &quot;%2&quot; to %3</source>
        <translation>Wrote the %1 report of &quot;%2&quot; to %3</translation>
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
        <translation>Import records</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Geodata and tables (*.csv *.geojson *.json *.shp *.gpkg *.kml);;All files (*)</source>
        <translation>Geodata and tables (*.csv *.geojson *.json *.shp *.gpkg *.kml);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import the file as:</source>
        <translation>Import the file as:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WGS-84 (GPS, Tianditu)</source>
        <translation>WGS-84 (GPS, Tianditu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCJ-02 (Amap, Tencent)</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinates in the file are in:</source>
        <translation>Coordinates in the file are in:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>Nothing was imported from %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 records from %2 (%3 updated).</source>
        <translation>Imported %1 records from %2 (%3 updated).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV (*.csv);;GeoJSON (*.geojson)</source>
        <translation>CSV (*.csv);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 records to %2.</source>
        <translation>Exported %1 records to %2.</translation>
    </message>
</context>
<context>
    <name>tw::Importer</name>
    <message>
        <location filename="../models/importer.cpp" line="+77"/>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown column for %1; the columns are: %2</source>
        <translation>unknown column for %1; the columns are: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty heading)</source>
        <translation>(empty heading)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the column appears twice (as &quot;%1&quot; and &quot;%2&quot;)</source>
        <translation>the column appears twice (as &quot;%1&quot; and &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lon and lat go together; add the missing column</source>
        <translation>lon and lat go together; add the missing column</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has %1 cells but the header has %2 columns (a missing comma or an unquoted comma?)</source>
        <translation>has %1 cells but the header has %2 columns (a missing comma or an unquoted comma?)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is empty while the other coordinate is given</source>
        <translation>is empty while the other coordinate is given</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown property for %1</source>
        <translation>unknown property for %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1: ignored attributes that match no %2 field: %3</source>
        <translation>%1: ignored attributes that match no %2 field: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: coordinates converted from %2 to WGS-84</source>
        <translation>%1: coordinates converted from %2 to WGS-84</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is also the id of %2</source>
        <translation>&quot;%1&quot; is also the id of %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the existing %1: %2</source>
        <translation>cannot read the existing %1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown file type &quot;.%1&quot;; import reads .csv, .geojson, .json, .shp, .gpkg and .kml</source>
        <translation>unknown file type &quot;.%1&quot;; import reads .csv, .geojson, .json, .shp, .gpkg and .kml</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: no records to import</source>
        <translation>%1: no records to import</translation>
    </message>
</context>
<context>
    <name>tw::Incident</name>
    <message>
        <location filename="../core/incident.cpp" line="+38"/>
        <source>not a GeoJSON object</source>
        <translation>not a GeoJSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a GeoJSON Polygon</source>
        <translation>expected a GeoJSON Polygon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the polygon has no ring</source>
        <translation>the polygon has no ring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>point %1 is not [lon, lat]</source>
        <translation>point %1 is not [lon, lat]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>point %1 is outside the globe</source>
        <translation>point %1 is outside the globe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a polygon needs at least three points</source>
        <translation>a polygon needs at least three points</translation>
    </message>
</context>
<context>
    <name>tw::IncidentAttachmentList</name>
    <message>
        <location filename="../widgets/incidentattachmentlist.cpp" line="+41"/>
        <source>Attach files to the incident</source>
        <translation>Attach files to the incident</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to the incident (or drop files on it)</source>
        <translation>Add photos or documents to the incident (or drop files on it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No attachments. Drop files here or use “Attach file…”.</source>
        <translation>No attachments. Drop files here or use “Attach file…”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an incident before attaching files</source>
        <translation>Select an incident before attaching files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until the files of the other incident are attached</source>
        <translation>Wait until the files of the other incident are attached</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attaching %1…</source>
        <translation>Attaching %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Not attached: %1</source>
        <translation>Not attached: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached %1</source>
        <translation>Attached %1</translation>
    </message>
</context>
<context>
    <name>tw::IncidentDetail</name>
    <message>
        <location filename="../widgets/incidentdetail.cpp" line="+60"/>
        <source>Draw area on map</source>
        <translation>Draw area on map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear area</source>
        <translation>Clear area</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ungraded</source>
        <translation>Ungraded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No warning</source>
        <translation>No warning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> CNY</source>
        <translation> CNY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grading</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event level</source>
        <translation>Event level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning level</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply grading</source>
        <translation>Apply grading</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Casualties and losses</source>
        <translation>Casualties and losses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious injuries</source>
        <translation>Serious injuries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trapped</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct loss</source>
        <translation>Direct loss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply figures</source>
        <translation>Apply figures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click the corners of the affected area on the map; double-click or Enter finishes</source>
        <translation>Click the corners of the affected area on the map; double-click or Enter finishes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No incident selected</source>
        <translation>No incident selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggested level: %1</source>
        <translation>Suggested level: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested level: %1 — %2</source>
        <translation>Suggested level: %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(type not set)</source>
        <translation>(type not set)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does the incident go from %1 to %2?</source>
        <translation>Why does the incident go from %1 to %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason is required for this change</source>
        <translation>A reason is required for this change</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A graded incident cannot be ungraded; choose a level</source>
        <translation>A graded incident cannot be ungraded; choose a level</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no map to draw the area on</source>
        <translation>There is no map to draw the area on</translation>
    </message>
</context>
<context>
    <name>tw::IncidentPanel</name>
    <message>
        <location filename="../widgets/incidentpanel.cpp" line="+50"/>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter incidents</source>
        <translation>Filter incidents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ungraded</source>
        <translation>Ungraded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list closed incidents and false alarms</source>
        <translation>Also list closed incidents and false alarms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone report…</source>
        <translation>Phone report…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>ungraded: %1</source>
        <translation>ungraded: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n incident(s) — </source>
        <translation>
            <numerusform>%n incident — </numerusform>
            <numerusform>%n incidents — </numerusform>
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
        <translation>Not acknowledged yet</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Replay only shows the past: return to live to change anything.</source>
        <translation>Replay only shows the past: return to live to change anything.</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReport</name>
    <message>
        <location filename="../widgets/incidentreport.cpp" line="+94"/>
        <source>no file name given for the report</source>
        <translation>no file name given for the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; give a file name for the report</source>
        <translation>%1 is a folder; give a file name for the report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no incident with the id &quot;%1&quot;</source>
        <translation>no incident with the id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreportjob.cpp" line="+25"/>
        <source>a report is already being written</source>
        <translation>a report is already being written</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportButton</name>
    <message>
        <location filename="../widgets/incidentreportbutton.cpp" line="+54"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report saved to %1</source>
        <translation>Report saved to %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the incident information report (PDF or HTML)</source>
        <translation>Write the incident information report (PDF or HTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial report…</source>
        <translation>Initial report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up report…</source>
        <translation>Follow-up report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report…</source>
        <translation>Final report…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A report is already being written</source>
        <translation>A report is already being written</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the report to %1…</source>
        <translation>Writing the report to %1…</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportHtml</name>
    <message>
        <location filename="../widgets/incidentreporthtml.cpp" line="+126"/>
        <source>DRILL — exercise %1; this is not a real incident.</source>
        <translation>DRILL — exercise %1; this is not a real incident.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source of the report</source>
        <translation>Source of the report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the response</source>
        <translation>Duration of the response</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1° E, %2° N (WGS-84)</source>
        <translation>%1° E, %2° N (WGS-84)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The incident (ringed) and the committed teams</source>
        <translation>The incident (ringed) and the committed teams</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not graded yet</source>
        <translation>not graded yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreporthtmlbuilder.h" line="+58"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/incidentreporthtmlsections.cpp" line="+13"/>
        <source>No description was recorded.</source>
        <translation>No description was recorded.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None recorded yet.</source>
        <translation>None recorded yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No team has been committed.</source>
        <translation>No team has been committed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Dispatch status</source>
        <translation>Dispatch status</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Dispatched at</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On scene at</source>
        <translation>On scene at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams: %1; people: %2</source>
        <translation>Teams: %1; people: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No supplies have been committed.</source>
        <translation>No supplies have been committed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The incident was closed on %1.</source>
        <translation>The incident was closed on %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident was declared a false alarm on %1.</source>
        <translation>The incident was declared a false alarm on %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response lasted %1.</source>
        <translation>The response lasted %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current status: %1.</source>
        <translation>Current status: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on scene.</source>
        <translation>%1 is on scene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is on the way (%2).</source>
        <translation>%1 is on the way (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No team has been committed yet.</source>
        <translation>No team has been committed yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is still open: this final report shows the situation at the report time.</source>
        <translation>The incident is still open: this final report shows the situation at the report time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A follow-up report will be sent as the situation develops.</source>
        <translation>A follow-up report will be sent as the situation develops.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(the file is not on this computer)</source>
        <translation>(the file is not on this computer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportTerms</name>
    <message>
        <location filename="../widgets/incidentreportterms.cpp" line="+16"/>
        <source>Incident information report (initial report)</source>
        <translation>Incident information report (initial report)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident information report (follow-up report)</source>
        <translation>Incident information report (follow-up report)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident information report (final report)</source>
        <translation>Incident information report (final report)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category and level</source>
        <translation>Category and level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties and losses</source>
        <translation>Casualties and losses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resources committed (teams, supplies)</source>
        <translation>Resources committed (teams, supplies)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook and next steps</source>
        <translation>Outlook and next steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting unit, reporter and contact</source>
        <translation>Reporting unit, reporter and contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix: timeline</source>
        <translation>Appendix: timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: attachments</source>
        <translation>Appendix: attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting unit</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report time</source>
        <translation>Report time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Supplies</translation>
    </message>
</context>
<context>
    <name>tw::IncidentReportWriter</name>
    <message>
        <location filename="../widgets/incidentreportwriter.cpp" line="+63"/>
        <source>cannot write the report to %1: %2</source>
        <translation>cannot write the report to %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::IncidentWorkspace</name>
    <message>
        <location filename="../widgets/incidentworkspace.cpp" line="+89"/>
        <source>Incident command</source>
        <translation>Incident command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
</context>
<context>
    <name>tw::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+226"/>
        <source>Could not undo: %1</source>
        <translation>Could not undo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>About Tidewatch</source>
        <translation>About Tidewatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Emergency command and decision-support console.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tidewatch %1&lt;/h3&gt;&lt;p&gt;Emergency command and decision-support console.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tidewatch emergency command</source>
        <translation>Tidewatch emergency command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidewatch emergency command — %1</source>
        <translation>Tidewatch emergency command — %1</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawController</name>
    <message>
        <location filename="../widgets/mapdrawcontroller.cpp" line="+186"/>
        <location line="+63"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The incident&apos;s area is saved.</source>
        <translation>The incident&apos;s area is saved.</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawPanel</name>
    <message>
        <location filename="../widgets/mapdrawpanel.cpp" line="+39"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Colour of the drawing</source>
        <translation>Colour of the drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the drawing</source>
        <translation>Delete the drawing</translation>
    </message>
</context>
<context>
    <name>tw::MapDrawTool</name>
    <message>
        <location filename="../widgets/mapdrawgeometry.cpp" line="+104"/>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · perimeter %2</source>
        <translation>%1 · perimeter %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>radius %1 · %2</source>
        <translation>radius %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/mapdrawtool.cpp" line="+94"/>
        <source>Draw a point</source>
        <translation>Draw a point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a line</source>
        <translation>Draw a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a polygon</source>
        <translation>Draw a polygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a circle</source>
        <translation>Draw a circle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure a distance</source>
        <translation>Measure a distance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drag the drawing or its handles to change it; Delete removes it</source>
        <translation>Drag the drawing or its handles to change it; Delete removes it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to place the point; Esc cancels</source>
        <translation>Click to place the point; Esc cancels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to add points; double-click or Enter to finish, Esc to cancel</source>
        <translation>Click to add points; double-click or Enter to finish, Esc to cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to add corners; double-click, Enter or the first corner to finish, Esc to cancel</source>
        <translation>Click to add corners; double-click, Enter or the first corner to finish, Esc to cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the centre of the circle; Esc cancels</source>
        <translation>Click the centre of the circle; Esc cancels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the edge of the circle; Esc cancels</source>
        <translation>Click the edge of the circle; Esc cancels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click where the measurement starts; Esc cancels</source>
        <translation>Click where the measurement starts; Esc cancels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area of %1: click to add corners; double-click or Enter to finish, Esc to cancel</source>
        <translation>Area of %1: click to add corners; double-click or Enter to finish, Esc to cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the place on the map; Esc cancels</source>
        <translation>Click the place on the map; Esc cancels</translation>
    </message>
</context>
<context>
    <name>tw::MapLayerPanel</name>
    <message>
        <location filename="../widgets/maplayerpanel.cpp" line="+23"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlays</source>
        <translation>Overlays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base maps</source>
        <translation>Base maps</translation>
    </message>
</context>
<context>
    <name>tw::MapLegend</name>
    <message>
        <location filename="../widgets/maplegend.cpp" line="+24"/>
        <source>Map legend: click to fold or unfold</source>
        <translation>Map legend: click to fold or unfold</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Incident level I, not acknowledged</source>
        <translation>Incident level I, not acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level II</source>
        <translation>Incident level II</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level III</source>
        <translation>Incident level III</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident level IV</source>
        <translation>Incident level IV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team available</source>
        <translation>Team available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team en route</source>
        <translation>Team en route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team on scene</source>
        <translation>Team on scene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point, major</source>
        <translation>Risk point, major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point, medium</source>
        <translation>Risk point, medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection target</source>
        <translation>Protection target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter (fill = occupancy)</source>
        <translation>Shelter (fill = occupancy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor in alarm</source>
        <translation>Sensor in alarm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Legend ▸</source>
        <translation>Legend ▸</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legend ▾</source>
        <translation>Legend ▾</translation>
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
        <translation>Visible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imagery is in GCJ-02 (shift overlays to match)</source>
        <translation>Imagery is in GCJ-02 (shift overlays to match)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map sources</source>
        <translation>Map sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add XYZ/TMS…</source>
        <translation>Add XYZ/TMS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Tianditu…</source>
        <translation>Add Tianditu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add MBTiles file…</source>
        <translation>Add MBTiles file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawn from the bottom of the list up: the top source covers the others.</source>
        <translation>Drawn from the bottom of the list up: the top source covers the others.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(labels)</source>
        <translation>(labels)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>an http(s) URL template is needed</source>
        <translation>an http(s) URL template is needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>URL template</source>
        <translation>URL template</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the template has {s}: list the subdomains</source>
        <translation>the template has {s}: list the subdomains</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Subdomains</source>
        <translation>Subdomains</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>expected &quot;Name: value&quot;</source>
        <translation>expected &quot;Name: value&quot;</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>expected vec, img or ter</source>
        <translation>expected vec, img or ter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Tianditu needs a key (tk) from its developer console</source>
        <translation>Tianditu needs a key (tk) from its developer console</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an XYZ/TMS source</source>
        <translation>Add an XYZ/TMS source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TMS rows (counted from the south)</source>
        <translation>TMS rows (counted from the south)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GCJ-02 imagery</source>
        <translation>GCJ-02 imagery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Tianditu</source>
        <translation>Add Tianditu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vector</source>
        <translation>Vector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery</source>
        <translation>Imagery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terrain</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the label overlay</source>
        <translation>With the label overlay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key (tk)</source>
        <translation>Key (tk)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Add an MBTiles file</source>
        <translation>Add an MBTiles file</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>MBTiles packs (*.mbtiles)</source>
        <translation>MBTiles packs (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>tw::MapView</name>
    <message>
        <location filename="../widgets/mapview.cpp" line="+44"/>
        <source>Download this area for offline use…</source>
        <translation>Download this area for offline use…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map sources…</source>
        <translation>Map sources…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search a place, or type coordinates (120.155, 30.274 or 30°16&apos;26&quot;N 120°09&apos;18&quot;E)</source>
        <translation>Search a place, or type coordinates (120.155, 30.274 or 30°16&apos;26&quot;N 120°09&apos;18&quot;E)</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>Drag a rectangle to choose the area; Esc cancels</source>
        <translation>Drag a rectangle to choose the area; Esc cancels</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mapviewinput.cpp" line="+135"/>
        <source>%n %1 here: click to zoom in</source>
        <translation>
            <numerusform>%n %1 here: click to zoom in</numerusform>
            <numerusform>%n %1 here: click to zoom in</numerusform>
        </translation>
    </message>
    <message>
        <location line="+203"/>
        <source>New incident here</source>
        <translation>New incident here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest resources from here</source>
        <translation>Nearest resources from here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure from here</source>
        <translation>Measure from here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear measurement</source>
        <translation>Clear measurement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy coordinates (%1)</source>
        <translation>Copy coordinates (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show GCJ-02 coordinates</source>
        <translation>Show GCJ-02 coordinates</translation>
    </message>
    <message>
        <location filename="../widgets/mapviewdraw.cpp" line="+47"/>
        <source>Finish the drawing</source>
        <translation>Finish the drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the drawing</source>
        <translation>Cancel the drawing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw the area of &quot;%1&quot;</source>
        <translation>Draw the area of &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the drawing&apos;s label</source>
        <translation>Edit the drawing&apos;s label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the drawing</source>
        <translation>Delete the drawing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
</context>
<context>
    <name>tw::MbTiles</name>
    <message>
        <location filename="../maps/mbtiles.cpp" line="+80"/>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an MBTiles file (not an SQLite database)</source>
        <translation>not an MBTiles file (not an SQLite database)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not an MBTiles file: %1</source>
        <translation>not an MBTiles file: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an MBTiles file: the &quot;tiles&quot; and &quot;metadata&quot; tables are missing</source>
        <translation>not an MBTiles file: the &quot;tiles&quot; and &quot;metadata&quot; tables are missing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>exists and is not an SQLite database; not overwriting it</source>
        <translation>exists and is not an SQLite database; not overwriting it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create: %1</source>
        <translation>cannot create: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the MBTiles tables: %1</source>
        <translation>cannot create the MBTiles tables: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>the file is not open</source>
        <translation>the file is not open</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot read tile %1: %2</source>
        <translation>cannot read tile %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot read tiles at zoom %1: %2</source>
        <translation>cannot read tiles at zoom %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>invalid tile %1</source>
        <translation>invalid tile %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write tile %1: %2</source>
        <translation>cannot write tile %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot write metadata %1: %2</source>
        <translation>cannot write metadata %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the file has no tiles</source>
        <translation>the file has no tiles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the tile range: %1</source>
        <translation>cannot read the tile range: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot commit: %1</source>
        <translation>cannot commit: %1</translation>
    </message>
</context>
<context>
    <name>tw::MergeDialog</name>
    <message>
        <location filename="../widgets/mergedialog.cpp" line="+23"/>
        <source>Merge incidents</source>
        <translation>Merge incidents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. same fire reported by two callers</source>
        <translation>e.g. same fire reported by two callers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; becomes a false alarm; its timeline and dispatch orders go to the incident you choose.</source>
        <translation>&quot;%1&quot; becomes a false alarm; its timeline and dispatch orders go to the incident you choose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>tw::OgrReader</name>
    <message>
        <location filename="../models/ogrreader.cpp" line="+63"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a vector file GDAL can read</source>
        <translation>not a vector file GDAL can read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a vector file GDAL can read (%1)</source>
        <translation>not a vector file GDAL can read (%1)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>there is no layer &quot;%1&quot;; the layers are: %2</source>
        <translation>there is no layer &quot;%1&quot;; the layers are: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file has no vector layer</source>
        <translation>the file has no vector layer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot convert coordinates from %1 to WGS-84 (%2)</source>
        <translation>cannot convert coordinates from %1 to WGS-84 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is a %1; only points can be imported</source>
        <translation>is a %1; only points can be imported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot convert the point (%1, %2) from %3 to WGS-84</source>
        <translation>cannot convert the point (%1, %2) from %3 to WGS-84</translation>
    </message>
</context>
<context>
    <name>tw::OverlayRenderer</name>
    <message>
        <location filename="../maps/overlayrenderer.cpp" line="+109"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>tw::PhoneReportDialog</name>
    <message>
        <location filename="../widgets/phonereportdialog.cpp" line="+40"/>
        <source>Phone report</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>address or landmark</source>
        <translation>address or landmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what happened, in the caller&apos;s words</source>
        <translation>what happened, in the caller&apos;s words</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lon</source>
        <translation>lon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lat</source>
        <translation>lat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick on map</source>
        <translation>Pick on map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the place on the map; Esc cancels</source>
        <translation>Click the place on the map; Esc cancels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seriously injured</source>
        <translation>seriously injured</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trapped</source>
        <translation>trapped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create incident</source>
        <translation>Create incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>Casualties</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say what happened</source>
        <translation>say what happened</translation>
    </message>
</context>
<context>
    <name>tw::Plan</name>
    <message>
        <location filename="../core/plan.cpp" line="+28"/>
        <source>unknown key (expected one of %1)</source>
        <translation>unknown key (expected one of %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a list of text</source>
        <translation>must be a list of text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be non-empty text</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be an object {id, title, role, ...}</source>
        <translation>must be an object {id, title, role, ...}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be an object {kind, name, ...}</source>
        <translation>must be an object {kind, name, ...}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not team or supply</source>
        <translation>&quot;%1&quot; is not team or supply</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a team kind</source>
        <translation>&quot;%1&quot; is not a team kind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a supply category</source>
        <translation>&quot;%1&quot; is not a supply category</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class %1</source>
        <translation>class %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, level %1</source>
        <translation>, level %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>is required: {categories, type_codes, levels}</source>
        <translation>is required: {categories, type_codes, levels}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name at least one incident category</source>
        <translation>name at least one incident category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a known type or class code</source>
        <translation>&quot;%1&quot; is not a known type or class code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; belongs to category %2, which the plan does not list</source>
        <translation>&quot;%1&quot; belongs to category %2, which the plan does not list</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a non-empty list of steps</source>
        <translation>must be a non-empty list of steps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used by an earlier step</source>
        <translation>&quot;%1&quot; is used by an earlier step</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
</context>
<context>
    <name>tw::PlanChecklist</name>
    <message>
        <location filename="../widgets/planchecklist.cpp" line="+80"/>
        <source>Select an incident</source>
        <translation>Select an incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No plan applies to this incident</source>
        <translation>No plan applies to this incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fits: %1</source>
        <translation>Fits: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 by %2 at %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>tw::PlanLibrary</name>
    <message>
        <location filename="../models/planlibrary.cpp" line="+25"/>
        <source>cannot read the plan file: %1</source>
        <translation>cannot read the plan file: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid JSON at line %1: %2</source>
        <translation>not valid JSON at line %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a plan file is a JSON object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1, &quot;plans&quot;: [...]}</source>
        <translation>a plan file is a JSON object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: 1, &quot;plans&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown key (expected format, version, plans)</source>
        <translation>unknown key (expected format, version, plans)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported (this console reads version %2)</source>
        <translation>version %1 is not supported (this console reads version %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-empty list of plans</source>
        <translation>must be a non-empty list of plans</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a plan must be a JSON object</source>
        <translation>a plan must be a JSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is the id of an earlier plan in this file</source>
        <translation>&quot;%1&quot; is the id of an earlier plan in this file</translation>
    </message>
</context>
<context>
    <name>tw::Record</name>
    <message>
        <location filename="../core/record.cpp" line="+195"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is not one of %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; is not true or false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 is outside %2 to %3</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown field for %1</source>
        <translation>unknown field for %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 have no position</source>
        <translation>%1 have no position</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a position (lon, lat) is required</source>
        <translation>a position (lon, lat) is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>longitude %1 is outside -180 to 180</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>latitude %1 is outside -90 to 90</translation>
    </message>
</context>
<context>
    <name>tw::RecordForm</name>
    <message>
        <location filename="../widgets/recordform.cpp" line="+281"/>
        <source>Required: enter a value.</source>
        <translation>Required: enter a value.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>tw::ReplayBanner</name>
    <message>
        <location filename="../widgets/replaybanner.cpp" line="+73"/>
        <source>REPLAY %1</source>
        <translation>REPLAY %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console shows the city as it was at %1. Nothing can be changed until you return to live.</source>
        <translation>The console shows the city as it was at %1. Nothing can be changed until you return to live.</translation>
    </message>
</context>
<context>
    <name>tw::ReplayBar</name>
    <message>
        <location filename="../widgets/replaybar.cpp" line="+260"/>
        <location line="+38"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+132"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+171"/>
        <location line="+27"/>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave replay and show the live situation</source>
        <translation>Leave replay and show the live situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to see the city as it was at that moment</source>
        <translation>Drag to see the city as it was at that moment</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+38"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>tw::ReplayConsole</name>
    <message>
        <location filename="../widgets/replayconsole.cpp" line="+48"/>
        <source>Replay only shows the past: return to live to change anything.</source>
        <translation>Replay only shows the past: return to live to change anything.</translation>
    </message>
</context>
<context>
    <name>tw::ResourcePanel</name>
    <message>
        <location filename="../widgets/resourcepanel.cpp" line="+224"/>
        <location line="+13"/>
        <location line="+25"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 created</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes to save</source>
        <translation>No changes to save</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 saved</source>
        <translation>%1 saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 &quot;%2&quot;? You can undo this with Ctrl+Z.</source>
        <translation>Delete %1 &quot;%2&quot;? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; deleted</source>
        <translation>%1 &quot;%2&quot; deleted</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search name, address, contact… (Ctrl+F)</source>
        <translation>Search name, address, contact… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: all</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form (Ctrl+S)</source>
        <translation>Save the form (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record (Delete)</source>
        <translation>Delete the record (Delete)</translation>
    </message>
</context>
<context>
    <name>tw::ResourceTableModel</name>
    <message>
        <location filename="../models/resourcetablemodel.cpp" line="+155"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
</context>
<context>
    <name>tw::SensorReading</name>
    <message>
        <location filename="../core/resources.cpp" line="+341"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a positive whole number of milliseconds</source>
        <translation>must be a positive whole number of milliseconds</translation>
    </message>
</context>
<context>
    <name>tw::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="+19"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark (control room)</source>
        <translation>Dark (control room)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes apply immediately to every window.</source>
        <translation>Changes apply immediately to every window.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language / 语言:</source>
        <translation>Language / 语言:</translation>
    </message>
</context>
<context>
    <name>tw::SituationViews</name>
    <message>
        <location filename="../widgets/situationviews.cpp" line="+156"/>
        <source>Replay only shows the past: return to live to report an incident.</source>
        <translation>Replay only shows the past: return to live to report an incident.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance: %1 km</source>
        <translation>Distance: %1 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance: %1 m</source>
        <translation>Distance: %1 m</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2) — %3 km</source>
        <translation>%1 (%2) — %3 km</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest available teams</source>
        <translation>Nearest available teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team is available.</source>
        <translation>No team is available.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Video wall</source>
        <translation>Video wall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera list</source>
        <translation>Camera list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show cameras covering the selected incident</source>
        <translation>Show cameras covering the selected incident</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an incident first.</source>
        <translation>Select an incident first.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n camera(s) cover the incident.</source>
        <translation>
            <numerusform>%n camera covers the incident.</numerusform>
            <numerusform>%n cameras cover the incident.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No camera covers the incident.</source>
        <translation>No camera covers the incident.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Snapshot saved to %1</source>
        <translation>Snapshot saved to %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot from camera %1: %2</source>
        <translation>Snapshot from camera %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot attached to the incident&apos;s timeline.</source>
        <translation>Snapshot attached to the incident&apos;s timeline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot saved to %1, but not attached: %2</source>
        <translation>Snapshot saved to %1, but not attached: %2</translation>
    </message>
</context>
<context>
    <name>tw::Store</name>
    <message>
        <location filename="../models/recordmutations.cpp" line="+43"/>
        <source>%1 have no position</source>
        <translation>%1 have no position</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a GeoJSON Polygon ({&quot;type&quot;: &quot;Polygon&quot;, &quot;coordinates&quot;: [[[lon, lat], ...]]})</source>
        <translation>must be a GeoJSON Polygon ({&quot;type&quot;: &quot;Polygon&quot;, &quot;coordinates&quot;: [[[lon, lat], ...]]})</translation>
    </message>
    <message>
        <location line="+53"/>
        <location filename="../models/resourcemutations.cpp" line="+130"/>
        <source>%1 is more than the capacity of %2</source>
        <translation>%1 is more than the capacity of %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 reserved is more than the quantity of %2</source>
        <translation>%1 reserved is more than the quantity of %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>the warehouse already has a stock line for this item; adjust that one</source>
        <translation>the warehouse already has a stock line for this item; adjust that one</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported by %1</source>
        <translation>Reported by %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is changed with its own action (incident.setStatus, incident.setLevel, incident.acknowledge), not incident.update</source>
        <translation>is changed with its own action (incident.setStatus, incident.setLevel, incident.acknowledge), not incident.update</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Details updated</source>
        <translation>Details updated</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the warehouse still holds %1 stock lines; delete or move them first</source>
        <translation>the warehouse still holds %1 stock lines; delete or move them first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the item is still stocked in %1 stock lines; delete them first</source>
        <translation>the item is still stocked in %1 stock lines; delete them first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the item is on %1 open dispatch orders</source>
        <translation>the item is on %1 open dispatch orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team is on %1 active dispatch orders; complete or cancel them first</source>
        <translation>the team is on %1 active dispatch orders; complete or cancel them first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the incident has %1 dispatch orders; close it instead of deleting it</source>
        <translation>the incident has %1 dispatch orders; close it instead of deleting it</translation>
    </message>
    <message>
        <location filename="../models/dispatchmutations.cpp" line="+34"/>
        <source>must be a list of {warehouse_id, item_id, quantity}</source>
        <translation>must be a list of {warehouse_id, item_id, quantity}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be {warehouse_id, item_id, quantity}</source>
        <translation>must be {warehouse_id, item_id, quantity}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../models/stockmutations.cpp" line="+110"/>
        <source>must be more than zero</source>
        <translation>must be more than zero</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the incident is %1; nothing can be dispatched to it</source>
        <translation>the incident is %1; nothing can be dispatched to it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an order needs a team or supply lines</source>
        <translation>an order needs a team or supply lines</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a dispatch order with id &quot;%1&quot; already exists</source>
        <translation>a dispatch order with id &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dispatch proposed: %1</source>
        <translation>Dispatch proposed: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is already on order %2 (%3); finish or cancel it first</source>
        <translation>%1 is already on order %2 (%3); finish or cancel it first</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the order is %1 and cannot become %2</source>
        <translation>the order is %1 and cannot become %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/drawing.cpp" line="+110"/>
        <source>must be a list of [longitude, latitude] pairs</source>
        <translation>must be a list of [longitude, latitude] pairs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>has %1 points; at most %2 are allowed</source>
        <translation>has %1 points; at most %2 are allowed</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>must be a [longitude, latitude] pair</source>
        <translation>must be a [longitude, latitude] pair</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location filename="../models/mutationcontext.cpp" line="+104"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a longitude from -180 to 180 (got %1)</source>
        <translation>must be a longitude from -180 to 180 (got %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a latitude from -90 to 90 (got %1)</source>
        <translation>must be a latitude from -90 to 90 (got %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 has exactly one point (got %2)</source>
        <translation>a %1 has exactly one point (got %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 needs at least %2 different points (got %3)</source>
        <translation>a %1 needs at least %2 different points (got %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be more than 0 and at most %1 metres</source>
        <translation>must be more than 0 and at most %1 metres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a circle has a radius</source>
        <translation>only a circle has a radius</translation>
    </message>
    <message>
        <location filename="../models/drawingmutations.cpp" line="+35"/>
        <source>must be a colour written #rrggbb</source>
        <translation>must be a colour written #rrggbb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
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
        <translation>is required</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>there is no drawing with id &quot;%1&quot;</source>
        <translation>there is no drawing with id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be point, line, polygon or circle</source>
        <translation>must be point, line, polygon or circle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a drawing with id &quot;%1&quot; already exists</source>
        <translation>a drawing with id &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>nothing to change: give points, radius_m, label or color</source>
        <translation>nothing to change: give points, radius_m, label or color</translation>
    </message>
    <message>
        <location filename="../models/incidentmutations.cpp" line="+7"/>
        <source>set the incident&apos;s category before grading it</source>
        <translation>set the incident&apos;s category before grading it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the incident is already at level %1</source>
        <translation>the incident is already at level %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graded level %1</source>
        <translation>Graded level %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level changed from %1 to %2</source>
        <translation>Level changed from %1 to %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required (null lifts the warning)</source>
        <translation>is required (null lifts the warning)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the warning level is already &quot;%1&quot;</source>
        <translation>the warning level is already &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning lifted</source>
        <translation>Warning lifted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning level set to %1</source>
        <translation>Warning level set to %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a %1 incident cannot change status</source>
        <translation>a %1 incident cannot change status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot go from %1 to %2 (allowed: %3)</source>
        <translation>cannot go from %1 to %2 (allowed: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required to go from %1 to %2</source>
        <translation>is required to go from %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed from %1 to %2</source>
        <translation>Status changed from %1 to %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give at least one of deaths, serious_injuries, missing, trapped, direct_loss_cny</source>
        <translation>give at least one of deaths, serious_injuries, missing, trapped, direct_loss_cny</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Casualties: %1 dead, %2 seriously injured, %3 missing, %4 trapped</source>
        <translation>Casualties: %1 dead, %2 seriously injured, %3 missing, %4 trapped</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>already acknowledged by %1</source>
        <translation>already acknowledged by %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by %1</source>
        <translation>Acknowledged by %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>an incident cannot be merged into itself</source>
        <translation>an incident cannot be merged into itself</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the incident was already merged into another one (%1)</source>
        <translation>the incident was already merged into another one (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 incident cannot be merged</source>
        <translation>a %1 incident cannot be merged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot merge into a %1 incident</source>
        <translation>cannot merge into a %1 incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drill incidents and real incidents are never merged</source>
        <translation>drill incidents and real incidents are never merged</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>merged into %1</source>
        <translation>merged into %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 merged into this incident</source>
        <translation>%1 merged into this incident</translation>
    </message>
    <message>
        <location filename="../models/mutationcontext.cpp" line="-79"/>
        <source>is not an argument of this change (expected %1)</source>
        <translation>is not an argument of this change (expected %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../models/timelinenote.cpp" line="+35"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <location filename="../models/planmutations.cpp" line="+2"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Plan %1: step %2 done</source>
        <translation>Plan %1: step %2 done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan %1: step %2 not done</source>
        <translation>Plan %1: step %2 not done</translation>
    </message>
    <message>
        <location filename="../models/sqlitehelpers.cpp" line="+17"/>
        <location filename="../models/sqlitestatement.cpp" line="+231"/>
        <location line="+47"/>
        <source>the database refused the change (%1)</source>
        <translation>the database refused the change (%1)</translation>
    </message>
    <message>
        <location filename="../models/stockmutations.cpp" line="-30"/>
        <source>must not be zero</source>
        <translation>must not be zero</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the warehouse has no stock of this item</source>
        <translation>the warehouse has no stock of this item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 of %2 are not yet reserved</source>
        <translation>only %1 of %2 are not yet reserved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only %1 are reserved</source>
        <translation>only %1 are reserved</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>would leave %1 in stock: only %2 there</source>
        <translation>would leave %1 in stock: only %2 there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>would leave %1 in stock, less than the %2 reserved</source>
        <translation>would leave %1 in stock, less than the %2 reserved</translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="+81"/>
        <source>&quot;%1&quot; is not a known change</source>
        <translation>&quot;%1&quot; is not a known change</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open the database: %1</source>
        <translation>cannot open the database: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot record the database&apos;s client id</source>
        <translation>cannot record the database&apos;s client id</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is kept by the store itself</source>
        <translation>&quot;%1&quot; is kept by the store itself</translation>
    </message>
    <message>
        <location filename="../models/storeengine.cpp" line="+171"/>
        <source>a change is already being applied</source>
        <translation>a change is already being applied</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database is busy or read-only: %1</source>
        <translation>the database is busy or read-only: %1</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+31"/>
        <location filename="../models/storewrites.cpp" line="+93"/>
        <location line="+114"/>
        <location line="+77"/>
        <source>there is no %1 with id &quot;%2&quot;</source>
        <translation>there is no %1 with id &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/storereads.cpp" line="+89"/>
        <source>there is no dispatch order with id &quot;%1&quot;</source>
        <translation>there is no dispatch order with id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>there is no local mutation %1</source>
        <translation>there is no local mutation %1</translation>
    </message>
    <message>
        <location filename="../models/storeschema.cpp" line="+347"/>
        <source>cannot read the schema version of the database</source>
        <translation>cannot read the schema version of the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database was written by a newer Tidewatch (schema %1, this version knows %2)</source>
        <translation>the database was written by a newer Tidewatch (schema %1, this version knows %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>migration to schema version %1 failed: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SQLite %1 is too old: full-text search of Chinese text needs 3.34 or newer (the trigram tokenizer)</source>
        <translation>SQLite %1 is too old: full-text search of Chinese text needs 3.34 or newer (the trigram tokenizer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SQLite library used by Qt has no FTS5 full-text search; install Qt&apos;s SQLite driver built against the system SQLite</source>
        <translation>the SQLite library used by Qt has no FTS5 full-text search; install Qt&apos;s SQLite driver built against the system SQLite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the SQLite library used by Qt has no R*Tree index; install Qt&apos;s SQLite driver built against the system SQLite</source>
        <translation>the SQLite library used by Qt has no R*Tree index; install Qt&apos;s SQLite driver built against the system SQLite</translation>
    </message>
    <message>
        <location filename="../models/storewrites.cpp" line="-217"/>
        <source>a %1 with id &quot;%2&quot; already exists</source>
        <translation>a %1 with id &quot;%2&quot; already exists</translation>
    </message>
    <message>
        <location filename="../models/timelinenote.cpp" line="-15"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a stored attachment is &quot;sha256:&quot; followed by 64 lower-case hexadecimal digits</source>
        <translation>a stored attachment is &quot;sha256:&quot; followed by 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required for a stored attachment</source>
        <translation>is required for a stored attachment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of bytes</source>
        <translation>must be a whole number of bytes</translation>
    </message>
    <message>
        <location filename="../models/storertreepack.cpp" line="+146"/>
        <source>the spatial index has an unexpected node size (%1 bytes)</source>
        <translation>the spatial index has an unexpected node size (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>tw::TileDownloadDialog</name>
    <message>
        <location filename="../widgets/tiledownloaddialog.cpp" line="+47"/>
        <source>Select on map</source>
        <translation>Select on map</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+213"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Cancel download</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download this area for offline use</source>
        <translation>Download this area for offline use</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>North</source>
        <translation>North</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>West</source>
        <translation>West</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>East</source>
        <translation>East</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>South</source>
        <translation>South</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a rectangle on the map</source>
        <translation>Drag a rectangle on the map</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (WGS-84 degrees)</source>
        <translation>Area (WGS-84 degrees)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom levels</source>
        <translation>Zoom levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No online tile source is configured: add one under Map sources first.</source>
        <translation>No online tile source is configured: add one under Map sources first.</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>%n tile(s), about %1</source>
        <translation>
            <numerusform>%n tile, about %1</numerusform>
            <numerusform>%n tiles, about %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the file exists: tiles already in it are skipped)</source>
        <translation>(the file exists: tiles already in it are skipped)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the offline pack</source>
        <translation>Save the offline pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MBTiles packs (*.mbtiles)</source>
        <translation>MBTiles packs (*.mbtiles)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no online tile source</source>
        <translation>no online tile source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a file to save the pack to</source>
        <translation>choose a file to save the pack to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after the tiles in flight…</source>
        <translation>Stopping after the tiles in flight…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 tiles, %3 downloaded</source>
        <translation>%1 of %2 tiles, %3 downloaded</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled. Press Resume to continue where it stopped.</source>
        <translation>Cancelled. Press Resume to continue where it stopped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
</context>
<context>
    <name>tw::TileDownloader</name>
    <message>
        <location filename="../maps/tiledownloader.cpp" line="+70"/>
        <source>expected four numbers W,S,E,N (longitude before latitude), e.g. 120.0,30.1,120.4,30.4</source>
        <translation>expected four numbers W,S,E,N (longitude before latitude), e.g. 120.0,30.1,120.4,30.4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected MIN-MAX, e.g. 10-16</source>
        <translation>expected MIN-MAX, e.g. 10-16</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the box must lie within longitude -180..180 and latitude -90..90</source>
        <translation>the box must lie within longitude -180..180 and latitude -90..90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>west must be less than east and south less than north</source>
        <translation>west must be less than east and south less than north</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the box lies outside Web Mercator (latitude beyond ±85.05)</source>
        <translation>the box lies outside Web Mercator (latitude beyond ±85.05)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the zoom range must be within 0-22 with MIN &lt;= MAX</source>
        <translation>the zoom range must be within 0-22 with MIN &lt;= MAX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the source has zoom %1-%2 only</source>
        <translation>the source has zoom %1-%2 only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tiles (about %2 GB) is too many; at most %3: choose a smaller box or fewer zoom levels</source>
        <translation>%1 tiles (about %2 GB) is too many; at most %3: choose a smaller box or fewer zoom levels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the source must be an online tile server</source>
        <translation>the source must be an online tile server</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>tile %1 is not an image</source>
        <translation>tile %1 is not an image</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Downloaded by Tidewatch for offline use</source>
        <translation>Downloaded by Tidewatch for offline use</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 tiles could not be downloaded (last: %2); run again to retry them</source>
        <translation>%1 tiles could not be downloaded (last: %2); run again to retry them</translation>
    </message>
</context>
<context>
    <name>tw::TileFetcher</name>
    <message>
        <location filename="../maps/tilefetcher.cpp" line="+112"/>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot download %1: %2</source>
        <translation>cannot download %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::TileSourceSpec</name>
    <message>
        <location filename="../maps/tilesource.cpp" line="+86"/>
        <source>a tile URL template needs {z}, {x} and {y}</source>
        <translation>a tile URL template needs {z}, {x} and {y}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a tile source: expected an http(s) URL template with {z}/{x}/{y} or an .mbtiles file</source>
        <translation>not a tile source: expected an http(s) URL template with {z}/{x}/{y} or an .mbtiles file</translation>
    </message>
</context>
<context>
    <name>tw::TileSourceStore</name>
    <message>
        <location filename="../maps/tilesourcestore.cpp" line="+69"/>
        <source>a saved tile source has no id</source>
        <translation>a saved tile source has no id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown tile source kind &quot;%1&quot;</source>
        <translation>unknown tile source kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the online source has no URL template</source>
        <translation>the online source has no URL template</translation>
    </message>
</context>
<context>
    <name>tw::TileWorker</name>
    <message>
        <location filename="../maps/tileworker.cpp" line="+81"/>
        <location line="+25"/>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+38"/>
        <source>tile %1 of %2 is not a readable image</source>
        <translation>tile %1 of %2 is not a readable image</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>tile %1 from %2 is not a readable image</source>
        <translation>tile %1 from %2 is not a readable image</translation>
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
        <translation>usage: tidewatch tiles download --source URL_TEMPLATE --bbox W,S,E,N --zoom MIN-MAX FILE.mbtiles
  URL_TEMPLATE  e.g. https://tile.example.org/{z}/{x}/{y}.png ({s} subdomains, tms:URL for TMS rows)
  W,S,E,N       longitude before latitude, degrees, e.g. 120.0,30.1,120.4,30.4
  MIN-MAX       zoom levels, e.g. 10-16
  Running it again on the same FILE resumes: tiles already there are skipped.
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>tiles: unknown option %1</source>
        <translation>tiles: unknown option %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiles: more than one output file</source>
        <translation>tiles: more than one output file</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>tiles: %1</source>
        <translation>tiles: %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>tiles: %1 tiles at zoom %2-%3, about %4 (estimate)</source>
        <translation>tiles: %1 tiles at zoom %2-%3, about %4 (estimate)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tiles: %1 / %2 (%3 %), %4</source>
        <translation>tiles: %1 / %2 (%3 %), %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tiles: cancelled; run the same command again to resume</source>
        <translation>tiles: cancelled; run the same command again to resume</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tiles: done, %1</source>
        <translation>tiles: done, %1</translation>
    </message>
</context>
<context>
    <name>tw::TimelineEvent</name>
    <message>
        <location filename="../core/timelineevent.cpp" line="+15"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level change</source>
        <translation>Level change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning level change</source>
        <translation>Warning level change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualty update</source>
        <translation>Casualty update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor alert</source>
        <translation>Sensor alert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step</source>
        <translation>Plan step</translation>
    </message>
</context>
<context>
    <name>tw::TimelineModel</name>
    <message>
        <location filename="../models/timelinemodel.cpp" line="+177"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+4"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::TimelinePanel</name>
    <message>
        <location filename="../widgets/timelinepanel.cpp" line="+26"/>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search the timeline</source>
        <translation>Search the timeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lanes by kind</source>
        <translation>Lanes by kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by team</source>
        <translation>Lanes by team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every event (Home returns to now)</source>
        <translation>Show every event (Home returns to now)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export timeline</source>
        <translation>Export timeline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timeline.csv</source>
        <translation>timeline.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::TimelineView</name>
    <message>
        <location filename="../widgets/timelineview.cpp" line="+176"/>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>view time</source>
        <translation>view time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No events</source>
        <translation>No events</translation>
    </message>
    <message>
        <location filename="../widgets/timelineviewinput.cpp" line="+73"/>
        <source>Incident: %1</source>
        <translation>Incident: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(details)</source>
        <translation>(details)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click an event of the incident the note is for first</source>
        <translation>Click an event of the incident the note is for first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note for %1 — Enter saves, Esc cancels</source>
        <translation>Note for %1 — Enter saves, Esc cancels</translation>
    </message>
</context>
<context>
    <name>tw::VideoRecorder</name>
    <message>
        <location filename="../video/videorecorder.cpp" line="+163"/>
        <source>Already recording</source>
        <translation>Already recording</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>No stream address (no URI) for this camera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder</source>
        <translation>Cannot create the folder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GStreamer element uridecodebin is missing</source>
        <translation>GStreamer element uridecodebin is missing</translation>
    </message>
</context>
<context>
    <name>tw::VideoSession</name>
    <message>
        <location filename="../video/videosession.cpp" line="+350"/>
        <source>No picture to save yet</source>
        <translation>No picture to save yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder</source>
        <translation>Cannot create the folder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the snapshot</source>
        <translation>Cannot write the snapshot</translation>
    </message>
    <message>
        <location filename="../video/videofailure.cpp" line="+43"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No stream address (no URI) for this camera</source>
        <translation>No stream address (no URI) for this camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown host: the name does not resolve</source>
        <translation>Unknown host: the name does not resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection refused: nothing answers on that port</source>
        <translation>Connection refused: nothing answers on that port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host unreachable: no answer from the camera</source>
        <translation>Host unreachable: no answer from the camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out: connected but no picture</source>
        <translation>Timed out: connected but no picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: wrong path or file name (404)</source>
        <translation>Not found: wrong path or file name (404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthorized (401): wrong or missing user name and password</source>
        <translation>Unauthorized (401): wrong or missing user name and password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video stream in this source</source>
        <translation>No video stream in this source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsupported video codec: no decoder installed</source>
        <translation>Unsupported video codec: no decoder installed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a media file</source>
        <translation>Not a media file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address returned a web page, not video</source>
        <translation>The address returned a web page, not video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The camera closed the stream</source>
        <translation>The camera closed the stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video data could not be decoded</source>
        <translation>The video data could not be decoded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video error</source>
        <translation>Video error</translation>
    </message>
</context>
<context>
    <name>tw::VideoTile</name>
    <message>
        <location filename="../widgets/videotile.cpp" line="+106"/>
        <source>No camera in this tile</source>
        <translation>No camera in this tile</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drop a camera here</source>
        <translation>Drop a camera here</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/videotilepainter.cpp" line="+221"/>
        <source>REC</source>
        <translation>REC</translation>
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
        <translation>The video wall is in its own window.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>1 camera</source>
        <translation>1 camera</translation>
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
        <translation>Tidewatch video wall</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No camera in this tile</source>
        <translation>No camera in this tile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximise</source>
        <translation>Maximise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear tile</source>
        <translation>Clear tile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save current as…</source>
        <translation>Save current as…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save wall preset</source>
        <translation>Save wall preset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop tour</source>
        <translation>Stop tour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back into the main window</source>
        <translation>Back into the main window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach to a separate window</source>
        <translation>Detach to a separate window</translation>
    </message>
</context>
<context>
    <name>tw::classification</name>
    <message>
        <location filename="../core/classification.cpp" line="+97"/>
        <source>Natural disaster</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>Public health event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security event</source>
        <translation>Social security event</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Particularly serious</source>
        <translation>Particularly serious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatively serious</source>
        <translation>Relatively serious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Red warning</source>
        <translation>Red warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange warning</source>
        <translation>Orange warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow warning</source>
        <translation>Yellow warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue warning</source>
        <translation>Blue warning</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>%1 deaths ≥ %2 → level %3</source>
        <translation>%1 deaths ≥ %2 → level %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 serious injuries ≥ %2 → level %3</source>
        <translation>%1 serious injuries ≥ %2 → level %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct loss %1 CNY ≥ %2 CNY → level %3</source>
        <translation>direct loss %1 CNY ≥ %2 CNY → level %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>below every level III threshold (3 deaths, 10 serious injuries, %1 CNY) → level IV</source>
        <translation>below every level III threshold (3 deaths, 10 serious injuries, %1 CNY) → level IV</translation>
    </message>
</context>
<context>
    <name>tw::datum</name>
    <message>
        <location filename="../core/datum.cpp" line="+70"/>
        <source>&quot;%1&quot; is not one of wgs84, gcj02, bd09</source>
        <translation>&quot;%1&quot; is not one of wgs84, gcj02, bd09</translation>
    </message>
</context>
<context>
    <name>tw::geo</name>
    <message>
        <location filename="../core/geo.cpp" line="+191"/>
        <source>expected a number at &quot;%1&quot;</source>
        <translation>expected a number at &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>degrees must be whole when minutes or seconds follow (&quot;%1&quot;)</source>
        <translation>degrees must be whole when minutes or seconds follow (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minutes and seconds must be below 60 (&quot;%1&quot;)</source>
        <translation>minutes and seconds must be below 60 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a negative value cannot also have a hemisphere letter (&quot;%1&quot;)</source>
        <translation>a negative value cannot also have a hemisphere letter (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a coordinate: %2. Write longitude, latitude (120.15, 30.28) or degrees with hemispheres (30°16&apos;48&quot;N, 120°09&apos;00&quot;E)</source>
        <translation>&quot;%1&quot; is not a coordinate: %2. Write longitude, latitude (120.15, 30.28) or degrees with hemispheres (30°16&apos;48&quot;N, 120°09&apos;00&quot;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing was entered</source>
        <translation>nothing was entered</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second value is missing</source>
        <translation>a second value is missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected &quot;%1&quot; at the end</source>
        <translation>unexpected &quot;%1&quot; at the end</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both values are latitudes (N/S)</source>
        <translation>both values are latitudes (N/S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>both values are longitudes (E/W)</source>
        <translation>both values are longitudes (E/W)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>latitude %1 is outside -90 to 90; write the longitude first</source>
        <translation>latitude %1 is outside -90 to 90; write the longitude first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>latitude %1 is outside -90 to 90</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>longitude %1 is outside -180 to 180</translation>
    </message>
</context>
<context>
    <name>tw::schema</name>
    <message>
        <location filename="../core/entityschema.cpp" line="+79"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <location line="+30"/>
        <location line="+36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Rescue teams</source>
        <translation>Rescue teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue team</source>
        <translation>Rescue team</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Team kind</source>
        <translation>Team kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire and rescue</source>
        <translation>Fire and rescue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Hazardous materials</source>
        <translation>Hazardous materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Flood control</source>
        <translation>Flood control</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Mine rescue</source>
        <translation>Mine rescue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and rescue</source>
        <translation>Search and rescue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power repair</source>
        <translation>Power repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Militia</source>
        <translation>Militia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <location line="+33"/>
        <location line="+29"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+131"/>
        <location line="+23"/>
        <location line="+62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>En route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene</source>
        <translation>On scene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off duty</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base longitude</source>
        <translation>Base longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base latitude</source>
        <translation>Base latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position time</source>
        <translation>Position time</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Heading (°)</source>
        <translation>Heading (°)</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Warehouses</source>
        <translation>Warehouses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reserve level</source>
        <translation>Reserve level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supply items</source>
        <translation>Supply items</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Supply item</source>
        <translation>Supply item</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+160"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Shelter and tents</source>
        <translation>Shelter and tents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedding and clothing</source>
        <translation>Bedding and clothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drinking water</source>
        <translation>Drinking water</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescue equipment</source>
        <translation>Rescue equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power and lighting</source>
        <translation>Power and lighting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protective gear</source>
        <translation>Protective gear</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Code (GB/T 38565)</source>
        <translation>Code (GB/T 38565)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock line</source>
        <translation>Stock line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk points</source>
        <translation>Risk points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk point</source>
        <translation>Risk point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hazard kind</source>
        <translation>Hazard kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landslide slope</source>
        <translation>Landslide slope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flood-prone underpass</source>
        <translation>Flood-prone underpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waterlogging area</source>
        <translation>Waterlogging area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical plant</source>
        <translation>Chemical plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas station</source>
        <translation>Gas station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dam or reservoir</source>
        <translation>Dam or reservoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazardous materials store</source>
        <translation>Hazardous materials store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction site</source>
        <translation>Construction site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crowded place</source>
        <translation>Crowded place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas pipeline</source>
        <translation>Gas pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Radius (m)</source>
        <translation>Radius (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Protection targets</source>
        <translation>Protection targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection target</source>
        <translation>Protection target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target kind</source>
        <translation>Target kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Kindergarten</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nursing home</source>
        <translation>Nursing home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metro station</source>
        <translation>Metro station</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Railway station</source>
        <translation>Railway station</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Stadium</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Shopping centre</source>
        <translation>Shopping centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government building</source>
        <translation>Government building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water works</source>
        <translation>Water works</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shelters</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shelter kind</source>
        <translation>Shelter kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indoor</source>
        <translation>Indoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outdoor</source>
        <translation>Outdoor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standby</source>
        <translation>Standby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field of view (°)</source>
        <translation>Field of view (°)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range (m)</source>
        <translation>Range (m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main stream URI</source>
        <translation>Main stream URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-stream URI</source>
        <translation>Sub-stream URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensor kind</source>
        <translation>Sensor kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rain gauge</source>
        <translation>Rain gauge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water level</source>
        <translation>Water level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displacement</source>
        <translation>Displacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seismic</source>
        <translation>Seismic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoke</source>
        <translation>Smoke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning threshold</source>
        <translation>Warning threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm threshold</source>
        <translation>Alarm threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last value</source>
        <translation>Last value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reading</source>
        <translation>Last reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm state</source>
        <translation>Alarm state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Natural disaster</source>
        <translation>Natural disaster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident</source>
        <translation>Accident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public health event</source>
        <translation>Public health event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security event</source>
        <translation>Social security event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type code</source>
        <translation>Type code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event level</source>
        <translation>Event level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I (particularly serious)</source>
        <translation>I (particularly serious)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>II (serious)</source>
        <translation>II (serious)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>III (relatively serious)</source>
        <translation>III (relatively serious)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IV (general)</source>
        <translation>IV (general)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning level</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding</source>
        <translation>Responding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contained</source>
        <translation>Contained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>False alarm</source>
        <translation>False alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaths</source>
        <translation>Deaths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious injuries</source>
        <translation>Serious injuries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trapped</source>
        <translation>Trapped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct loss (CNY)</source>
        <translation>Direct loss (CNY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporter phone</source>
        <translation>Reporter phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area polygon</source>
        <translation>Area polygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
</context>
</TS>
