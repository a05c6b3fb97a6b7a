<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="28" />
            <source>Get area boundaries</source>
            <translation>Hämta områdesgränser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="31" />
            <source>DeSO, RegSO, kommun or län boundaries from SCB, for chosen kommuner or län.</source>
            <translation>Gränser för DeSO, RegSO, kommuner eller län från SCB, för valda kommuner eller län.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>wfs</source>
            <translation>wfs</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>boundaries</source>
            <translation>gränser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>gränser</source>
            <translation>gränser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>geodata</source>
            <translation>geodata</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="35" />
            <source>Gets the boundaries of SCB's statistical areas for the kommuner or län you choose (e.g. &lt;i&gt;0180, 1480&lt;/i&gt; or &lt;i&gt;14&lt;/i&gt;; empty: all of Sweden):&lt;ul&gt;&lt;li&gt;&lt;b&gt;DeSO 2025&lt;/b&gt;, &lt;b&gt;DeSO 2018&lt;/b&gt;: statistics up to 2023 are on DeSO 2018, from 2024 on DeSO 2025; take the version of your statistics;&lt;/li&gt;&lt;li&gt;&lt;b&gt;RegSO 2025&lt;/b&gt;, &lt;b&gt;RegSO 2020&lt;/b&gt; (likewise);&lt;/li&gt;&lt;li&gt;&lt;b&gt;kommuner&lt;/b&gt; and &lt;b&gt;län&lt;/b&gt;: the DeSO 2025 areas merged per kommun or län (SCB's service has no kommun or län layer; DeSO follow their borders).&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Online&lt;/b&gt; the tool asks SCB's open geodata service (WFS, geodata.scb.se/geoserver/stat/wfs) through QGIS's network settings (proxy), page by page for large areas. &lt;b&gt;Offline&lt;/b&gt;, download SCB's GeoPackage (zip) of DeSO or RegSO from scb.se (Öppna geodata) and give the file: it is filtered to the kommuner or län you chose, and a DeSO file also gives kommun and län boundaries.&lt;br&gt;The layer is in SWEREF 99 TM with the fields the other tools read: desokod or regsokod (and regsonamn), kommunkod, kommunnamn, lanskod, lansnamn, version, and source and retrieved (where and when the boundaries were got). It is named after what it holds, e.g. 'DeSO 2018 — 1480 Göteborg'. Join statistics to it with 'Join statistics to areas'.</source>
            <translation>Hämtar gränserna för SCB:s statistikområden i de kommuner eller län du väljer (t.ex. &lt;i&gt;0180, 1480&lt;/i&gt; eller &lt;i&gt;14&lt;/i&gt;; tomt: hela Sverige):&lt;ul&gt;&lt;li&gt;&lt;b&gt;DeSO 2025&lt;/b&gt;, &lt;b&gt;DeSO 2018&lt;/b&gt;: statistik till och med 2023 redovisas på DeSO 2018, från 2024 på DeSO 2025; välj den version som din statistik har;&lt;/li&gt;&lt;li&gt;&lt;b&gt;RegSO 2025&lt;/b&gt;, &lt;b&gt;RegSO 2020&lt;/b&gt; (på samma sätt);&lt;/li&gt;&lt;li&gt;&lt;b&gt;kommuner&lt;/b&gt; och &lt;b&gt;län&lt;/b&gt;: DeSO 2025-områdena sammanslagna per kommun eller län (SCB:s tjänst har inget kommun- eller länslager; DeSO följer deras gränser).&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Med internet&lt;/b&gt; frågar verktyget SCB:s tjänst för öppna geodata (WFS, geodata.scb.se/geoserver/stat/wfs) via QGIS nätverksinställningar (proxy), sida för sida för stora områden. &lt;b&gt;Utan internet&lt;/b&gt;: ladda ner SCB:s GeoPackage (zip) med DeSO eller RegSO från scb.se (Öppna geodata) och ange filen: den filtreras till de kommuner eller län du valt, och en DeSO-fil ger också kommun- och länsgränser.&lt;br&gt;Lagret är i SWEREF 99 TM med de fält som de andra verktygen läser: desokod eller regsokod (och regsonamn), kommunkod, kommunnamn, lanskod, lansnamn, version samt source och retrieved (varifrån och när gränserna hämtades). Det namnges efter innehållet, t.ex. 'DeSO 2018 — 1480 Göteborg'. Koppla statistik till det med 'Koppla statistik till områden'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="70" />
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="122" />
            <source>Boundaries</source>
            <translation>Gränser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="85" />
            <source>Kommun or län codes (e.g. 0180, 1480 or 14; empty: all of Sweden)</source>
            <translation>Kommun- eller länskoder (t.ex. 0180, 1480 eller 14; tomt: hela Sverige)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="92" />
            <source>Or a downloaded file (GeoPackage, zip or shapefile; empty: fetch from SCB)</source>
            <translation>Eller en nedladdad fil (GeoPackage, zip eller shapefil; tomt: hämta från SCB)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="99" />
            <source>Layer in the GeoPackage (empty: found)</source>
            <translation>Lager i GeoPackage-filen (tomt: hittas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="101" />
            <source>WFS address</source>
            <translation>WFS-adress</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="104" />
            <source>Features per request</source>
            <translation>Objekt per anrop</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="112" />
            <source>Timeout per request (seconds)</source>
            <translation>Tidsgräns per anrop (sekunder)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="125" />
            <source>Name of the layer</source>
            <translation>Lagrets namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="126" />
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="93" />
            <source>Boundaries (*.gpkg *.zip *.shp *.geojson);;All files (*.*)</source>
            <translation>Gränser (*.gpkg *.zip *.shp *.geojson);;Alla filer (*.*)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="149" />
            <source>{title}: {n} areas from {source}, retrieved {date}.</source>
            <translation>{title}: {n} områden från {source}, hämtade {date}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="76" />
            <source>kommuner</source>
            <translation>kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="167" />
            <source>SCB's WFS ({client_base_url})</source>
            <comment>part of a message</comment>
            <translation>SCB:s WFS ({client_base_url})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="136" />
            <source>Asking {client_base_url} for {kind_wfs_layer} ({title_kind_areas})…</source>
            <translation>Frågar {client_base_url} efter {kind_wfs_layer} ({title_kind_areas})…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="164" />
            <source>{len_frame} features of {kind_wfs_layer} ({pages} requests).</source>
            <translation>{len_frame} objekt i {kind_wfs_layer} ({pages} anrop).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="80" />
            <source>Unknown kind of boundaries '{key}'; use one of {join_kind_by_key}.</source>
            <translation>Okänd sorts gränser '{key}'; använd en av {join_kind_by_key}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="183" />
            <source>The server wrote northing before easting; the axes were swapped.</source>
            <translation>Servern skrev nordkoordinaten före östkoordinaten; axlarna har bytts.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="209" />
            <source>{label} has no field '{code_field}' with the codes of the {codes_level_names_source_level}.</source>
            <translation>{label} har inget fält '{code_field}' med koderna för {codes_level_names_source_level}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="97" />
            <source>'{part}' is not a kommun code (4 digits, e.g. 1480) or a län code (2 digits, e.g. 14){hint}. Leave the codes empty for all of Sweden.</source>
            <translation>'{part}' är ingen kommunkod (4 siffror, t.ex. 1480) eller länskod (2 siffror, t.ex. 14){hint}. Lämna koderna tomma för hela Sverige.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="95" />
            <source>(did you mean {restored}?)</source>
            <comment>part of a message</comment>
            <translation>(menade du {restored}?)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="147" />
            <source>Could not reach SCB's WFS server {client_base_url} ({exc_reason}). Check the internet connection and QGIS's proxy settings. Without a connection, download the boundaries as a GeoPackage (zip) from SCB's open geodata, {scb_geodata_page} (the pages 'DeSO – Demografiska statistikområden' and 'RegSO – Regionala statistikområden'), on a computer that has one, and give the file (.gpkg, .zip or .shp) to this tool instead of fetching.</source>
            <translation>Kunde inte nå SCB:s WFS-server {client_base_url} ({exc_reason}). Kontrollera internetanslutningen och proxyinställningarna i QGIS. Utan anslutning: ladda ner gränserna som GeoPackage (zip) från SCB:s öppna geodata, {scb_geodata_page} (sidorna 'DeSO – Demografiska statistikområden' och 'RegSO – Regionala statistikområden'), på en dator som har anslutning, och ange filen (.gpkg, .zip eller .shp) i det här verktyget i stället för att hämta.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="319" />
            <source>No {kind_label} boundaries for {described} in {source}.{why} Kommun codes have 4 digits (e.g. 0180 Stockholm, 1480 Göteborg), län codes 2 (e.g. 14).</source>
            <translation>Inga gränser för {kind_label} i {described} i {source}.{why} Kommunkoder har 4 siffror (t.ex. 0180 Stockholm, 1480 Göteborg), länskoder 2 (t.ex. 14).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="314" />
            <source>{join_unknown} is not the code of a Swedish kommun or län.</source>
            <comment>part of a message</comment>
            <translation>{join_unknown} är inte koden för en svensk kommun eller ett svenskt län.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="316" />
            <source>Does the source cover them (a file of other kommuner)?</source>
            <comment>part of a message</comment>
            <translation>Täcker källan dem (en fil med andra kommuner)?</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="223" />
            <source>{label} has no {kind_label} boundaries at all.</source>
            <translation>{label} har inga gränser för {kind_label} alls.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="258" />
            <source>{label} has DeSO without a field 'regsokod', so RegSO boundaries cannot be made from them. Give SCB's RegSO GeoPackage, or fetch RegSO from SCB.</source>
            <translation>{label} har DeSO utan fältet 'regsokod', så RegSO-gränser kan inte göras av dem. Ange SCB:s GeoPackage med RegSO, eller hämta RegSO från SCB.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="139" />
            <source>{len_frame} {codes_level_names_level} areas in {label}.</source>
            <translation>{len_frame} områden ({codes_level_names_level}) i {label}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="117" />
            <source>{label}, layer {chosen}</source>
            <comment>part of a message</comment>
            <translation>{label}, lagret {chosen}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="161" />
            <source>{label} has no field with DeSO, RegSO, kommun or län codes (such as desokod, regsokod, kommunkod, lanskod); its fields are {join_map_str_columns}.</source>
            <translation>{label} har inget fält med DeSO-, RegSO-, kommun- eller länskoder (som desokod, regsokod, kommunkod, lanskod); dess fält är {join_map_str_columns}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="100" />
            <source>The GeoPackage {path} has no feature layers.</source>
            <translation>GeoPackage-filen {path} har inga objektlager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="125" />
            <source>{label} has no coordinate reference system. SCB's boundaries are in SWEREF 99 TM (EPSG:3006): set it on the file (or take the file from SCB again) and try again.</source>
            <translation>{label} saknar koordinatreferenssystem. SCB:s gränser är i SWEREF 99 TM (EPSG:3006): ange det för filen (eller hämta filen från SCB igen) och försök igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="129" />
            <source>{label} is in {frame_crs_name}; reprojected to SWEREF 99 TM.</source>
            <translation>{label} är i {frame_crs_name}; omprojicerad till SWEREF 99 TM.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="135" />
            <source>{label} holds {codes_level_names_level} areas (field '{field}'); {kind_label} boundaries cannot be made from them. Give a file of {codes_level_names_kind_level} or smaller areas (e.g. SCB's DeSO GeoPackage).</source>
            <translation>{label} innehåller områden på nivån {codes_level_names_level} (fältet '{field}'); gränser för {kind_label} kan inte göras av dem. Ange en fil med {codes_level_names_kind_level} eller mindre områden (t.ex. SCB:s GeoPackage med DeSO).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="180" />
            <source>{label} looks like {guess_version} ({guess_reason}); {kind_label} is made of {wanted} {wanted_2}. Choose the kind of boundaries that fits the file, or give a file of {wanted} {wanted_2}.</source>
            <translation>{label} ser ut att vara {guess_version} ({guess_reason}); {kind_label} består av {wanted} {wanted_2}. Välj den sorts gränser som passar filen, eller ange en fil med {wanted} {wanted_2}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="42" />
            <source>Reading {inner_name} from {path_name}…</source>
            <translation>Läser {inner_name} ur {path_name}…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="65" />
            <source>The file {path} is not a readable zip file ({exc}).</source>
            <translation>Filen {path} är ingen läsbar zip-fil ({exc}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="85" />
            <source>{path} is not a readable GeoPackage ({exc}).</source>
            <translation>{path} är ingen läsbar GeoPackage-fil ({exc}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="96" />
            <source>The GeoPackage {path} has no layer '{layer}'; it has {join_layers}.</source>
            <translation>GeoPackage-filen {path} har inget lager '{layer}'; den har {join_layers}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="115" />
            <source>Could not read {label} as a vector file: {exc}</source>
            <translation>Kunde inte läsa {label} som vektorfil: {exc}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="54" />
            <source>The zip file {path} holds no GeoPackage or shapefile (it has {join_members}). Give SCB's DeSO/RegSO zip, or the .gpkg or .shp in it.</source>
            <translation>Zip-filen {path} innehåller ingen GeoPackage eller shapefil (den har {join_members}). Ange SCB:s zip-fil med DeSO/RegSO, eller .gpkg- eller .shp-filen i den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="55" />
            <source>nothing</source>
            <comment>part of a message</comment>
            <translation>ingenting</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="187" />
            <source>The WFS server {base_url} kept sending pages of {layer} ({len_features} features after {max_pages} pages); stopped.</source>
            <translation>WFS-servern {base_url} fortsatte att skicka sidor av {layer} ({len_features} objekt efter {max_pages} sidor); avbröt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="192" />
            <source>The WFS server {base_url} said {matched} features of {layer} match, but sent {len_features}. Try again, or use a downloaded file.</source>
            <translation>WFS-servern {base_url} sa att {matched} objekt i {layer} matchar, men skickade {len_features}. Försök igen, eller använd en nedladdad fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="201" />
            <source>The WFS server {base_url} refused the request for {layer}: {report}</source>
            <translation>WFS-servern {base_url} avvisade anropet efter {layer}: {report}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="212" />
            <source>The WFS server {base_url} sent JSON that is not a FeatureCollection for {layer}.</source>
            <translation>WFS-servern {base_url} skickade JSON som inte är en FeatureCollection för {layer}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="133" />
            <source>Could not reach the WFS server {base_url} ({exc}). Check the internet connection and QGIS's proxy settings.</source>
            <translation>Kunde inte nå WFS-servern {base_url} ({exc}). Kontrollera internetanslutningen och proxyinställningarna i QGIS.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="140" />
            <source>The WFS server {base_url} answered HTTP {exc_status} for {url}: {report} Try again later, or use a downloaded file.</source>
            <translation>WFS-servern {base_url} svarade HTTP {exc_status} på {url}: {report} Försök igen senare, eller använd en nedladdad fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="140" />
            <source>The WFS server {base_url} answered HTTP {exc_status} for {url}. Try again later, or use a downloaded file.</source>
            <translation>WFS-servern {base_url} svarade HTTP {exc_status} på {url}. Försök igen senare, eller använd en nedladdad fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="207" />
            <source>The WFS server {base_url} sent something that is not GeoJSON for {layer} ({raw}…).</source>
            <translation>WFS-servern {base_url} skickade något som inte är GeoJSON för {layer} ({raw}…).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="120" />
            <source>{label} has no features: no boundaries to take. Download SCB's DeSO or RegSO file again (Öppna geodata on scb.se), or choose the layer that holds them.</source>
            <translation>{label} har inga objekt: det finns inga gränser att hämta. Ladda ned SCB:s DeSO- eller RegSO-fil igen (Öppna geodata på scb.se), eller välj det lager som innehåller dem.</translation>
        </message>
    </context>
</TS>
