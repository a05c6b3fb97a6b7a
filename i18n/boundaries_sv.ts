<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="28" />
            <source>Get area boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="31" />
            <source>DeSO, RegSO, kommun or län boundaries from SCB, for chosen kommuner or län.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>wfs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>gränser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <source>geodata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="35" />
            <source>Gets the boundaries of SCB's statistical areas for the kommuner or län you choose (e.g. &lt;i&gt;0180, 1480&lt;/i&gt; or &lt;i&gt;14&lt;/i&gt;; empty: all of Sweden):&lt;ul&gt;&lt;li&gt;&lt;b&gt;DeSO 2025&lt;/b&gt;, &lt;b&gt;DeSO 2018&lt;/b&gt;: statistics up to 2023 are on DeSO 2018, from 2024 on DeSO 2025; take the version of your statistics;&lt;/li&gt;&lt;li&gt;&lt;b&gt;RegSO 2025&lt;/b&gt;, &lt;b&gt;RegSO 2020&lt;/b&gt; (likewise);&lt;/li&gt;&lt;li&gt;&lt;b&gt;kommuner&lt;/b&gt; and &lt;b&gt;län&lt;/b&gt;: the DeSO 2025 areas merged per kommun or län (SCB's service has no kommun or län layer; DeSO follow their borders).&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Online&lt;/b&gt; the tool asks SCB's open geodata service (WFS, geodata.scb.se/geoserver/stat/wfs) through QGIS's network settings (proxy), page by page for large areas. &lt;b&gt;Offline&lt;/b&gt;, download SCB's GeoPackage (zip) of DeSO or RegSO from scb.se (Öppna geodata) and give the file: it is filtered to the kommuner or län you chose, and a DeSO file also gives kommun and län boundaries.&lt;br&gt;The layer is in SWEREF 99 TM with the fields the other tools read: desokod or regsokod (and regsonamn), kommunkod, kommunnamn, lanskod, lansnamn, version, and source and retrieved (where and when the boundaries were got). It is named after what it holds, e.g. 'DeSO 2018 — 1480 Göteborg'. Join statistics to it with 'Join statistics to areas'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="70" />
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="122" />
            <source>Boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="85" />
            <source>Kommun or län codes (e.g. 0180, 1480 or 14; empty: all of Sweden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="92" />
            <source>Or a downloaded file (GeoPackage, zip or shapefile; empty: fetch from SCB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="99" />
            <source>Layer in the GeoPackage (empty: found)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="101" />
            <source>WFS address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="104" />
            <source>Features per request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="112" />
            <source>Timeout per request (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="125" />
            <source>Name of the layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="126" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="93" />
            <source>Boundaries (*.gpkg *.zip *.shp *.geojson);;All files (*.*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="149" />
            <source>{title}: {n} areas from {source}, retrieved {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="76" />
            <source>kommuner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="167" />
            <source>SCB's WFS ({client_base_url})</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="136" />
            <source>Asking {client_base_url} for {kind_wfs_layer} ({title_kind_areas})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="164" />
            <source>{len_frame} features of {kind_wfs_layer} ({pages} requests).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="80" />
            <source>Unknown kind of boundaries '{key}'; use one of {join_kind_by_key}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="183" />
            <source>The server wrote northing before easting; the axes were swapped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="209" />
            <source>{label} has no field '{code_field}' with the codes of the {codes_level_names_source_level}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="97" />
            <source>'{part}' is not a kommun code (4 digits, e.g. 1480) or a län code (2 digits, e.g. 14){hint}. Leave the codes empty for all of Sweden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="95" />
            <source>(did you mean {restored}?)</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="147" />
            <source>Could not reach SCB's WFS server {client_base_url} ({exc_reason}). Check the internet connection and QGIS's proxy settings. Without a connection, download the boundaries as a GeoPackage (zip) from SCB's open geodata, {scb_geodata_page} (the pages 'DeSO – Demografiska statistikområden' and 'RegSO – Regionala statistikområden'), on a computer that has one, and give the file (.gpkg, .zip or .shp) to this tool instead of fetching.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="277" />
            <source>No {kind_label} boundaries for {described} in {source}.{why} Kommun codes have 4 digits (e.g. 0180 Stockholm, 1480 Göteborg), län codes 2 (e.g. 14).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="272" />
            <source>{join_unknown} is not the code of a Swedish kommun or län.</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="274" />
            <source>Does the source cover them (a file of other kommuner)?</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundaries.py" line="223" />
            <source>{label} has no {kind_label} boundaries at all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="134" />
            <source>{len_frame} {codes_level_names_level} areas in {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="117" />
            <source>{label}, layer {chosen}</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="150" />
            <source>{label} has no field with DeSO, RegSO, kommun or län codes (such as desokod, regsokod, kommunkod, lanskod); its fields are {join_map_str_columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="100" />
            <source>The GeoPackage {path} has no feature layers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="120" />
            <source>{label} has no coordinate reference system. SCB's boundaries are in SWEREF 99 TM (EPSG:3006): set it on the file (or take the file from SCB again) and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="124" />
            <source>{label} is in {frame_crs_name}; reprojected to SWEREF 99 TM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="130" />
            <source>{label} holds {codes_level_names_level} areas (field '{field}'); {kind_label} boundaries cannot be made from them. Give a file of {codes_level_names_kind_level} or smaller areas (e.g. SCB's DeSO GeoPackage).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="164" />
            <source>{label} looks like {guess_version} ({guess_reason}), not {kind_label}. Choose {guess_version_2} {guess_version_3} as the kind of boundaries, or give a file of {kind_label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="42" />
            <source>Reading {inner_name} from {path_name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="65" />
            <source>The file {path} is not a readable zip file ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="85" />
            <source>{path} is not a readable GeoPackage ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="96" />
            <source>The GeoPackage {path} has no layer '{layer}'; it has {join_layers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="115" />
            <source>Could not read {label} as a vector file: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="54" />
            <source>The zip file {path} holds no GeoPackage or shapefile (it has {join_members}). Give SCB's DeSO/RegSO zip, or the .gpkg or .shp in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="55" />
            <source>nothing</source>
            <comment>part of a message</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="187" />
            <source>The WFS server {base_url} kept sending pages of {layer} ({len_features} features after {max_pages} pages); stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="192" />
            <source>The WFS server {base_url} said {matched} features of {layer} match, but sent {len_features}. Try again, or use a downloaded file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="201" />
            <source>The WFS server {base_url} refused the request for {layer}: {report}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="212" />
            <source>The WFS server {base_url} sent JSON that is not a FeatureCollection for {layer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="133" />
            <source>Could not reach the WFS server {base_url} ({exc}). Check the internet connection and QGIS's proxy settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="140" />
            <source>The WFS server {base_url} answered HTTP {exc_status} for {url}: {report} Try again later, or use a downloaded file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="140" />
            <source>The WFS server {base_url} answered HTTP {exc_status} for {url}. Try again later, or use a downloaded file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/wfs.py" line="207" />
            <source>The WFS server {base_url} sent something that is not GeoJSON for {layer} ({raw}…).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
