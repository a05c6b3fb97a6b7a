<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="18" />
            <source>Service per stop (GTFS)</source>
            <translation>Turutbud per hållplats (GTFS)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="21" />
            <source>Departures, routes and modes at every stop on a date and in a time window.</source>
            <translation>Avgångar, linjer och trafikslag vid varje hållplats en trafikdag och i ett tidsfönster.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="29" />
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="28" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="26" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>gtfs</source>
            <translation>gtfs</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <source>stops</source>
            <translation>hållplatser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <source>departures</source>
            <translation>avgångar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <source>timetable</source>
            <translation>tidtabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="29" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="28" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="26" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>kollektivtrafik</source>
            <translation>kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="22" />
            <source>hållplats</source>
            <translation>hållplats</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="23" />
            <source>Counts the departures at every stop of a GTFS feed (zip file or unzipped folder, e.g. Trafiklab's GTFS Sverige 2 or GTFS Regional) on one service date, in a time window.&lt;ul&gt;&lt;li&gt;The date's services come from calendar.txt and calendar_dates.txt (added and removed days, e.g. holidays run as Sundays).&lt;/li&gt;&lt;li&gt;Trips after midnight (times past 24:00) of the day before count in a window on the date; headway-based trips in frequencies.txt are expanded.&lt;/li&gt;&lt;li&gt;A departure is a stop time in the window that is not the trip's last stop. Platforms are grouped to their station.&lt;/li&gt;&lt;li&gt;Demand-responsive routes (route type 715, 1500–1599) are left out unless you include them.&lt;/li&gt;&lt;/ul&gt;Output: one point per stop or station with departures, departures per hour, the mean interval (minutes between two departures, both directions), the number and names of routes, the modes, and the first and last departure. The optional table gives departures per stop and hour.</source>
            <translation>Räknar avgångarna vid varje hållplats i ett GTFS-flöde (zip-fil eller uppackad mapp, t.ex. Trafiklabs GTFS Sverige 2 eller GTFS Regional) en trafikdag, i ett tidsfönster.&lt;ul&gt;&lt;li&gt;Dagens trafik hämtas ur calendar.txt och calendar_dates.txt (tillagda och borttagna dagar, t.ex. helgdagar som körs som söndagar).&lt;/li&gt;&lt;li&gt;Turer efter midnatt (tider efter 24:00) från dagen före räknas i ett tidsfönster på dagen; turer med turtäthet i frequencies.txt räknas ut tur för tur.&lt;/li&gt;&lt;li&gt;En avgång är en hållplatstid i fönstret som inte är turens sista hållplats. Lägen grupperas till sin station.&lt;/li&gt;&lt;li&gt;Anropsstyrd trafik (linjetyp 715, 1500–1599) räknas inte om du inte tar med den.&lt;/li&gt;&lt;/ul&gt;Resultat: en punkt per hållplats eller station med avgångar, avgångar per timme, medelintervall (minuter mellan två avgångar, båda riktningarna), antal och namn på linjer, trafikslag samt första och sista avgång. Den valfria tabellen ger avgångar per hållplats och timme.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="47" />
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="87" />
            <source>Service per stop</source>
            <translation>Turutbud per hållplats</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="53" />
            <source>Departures per stop and hour</source>
            <translation>Avgångar per hållplats och timme</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="59" />
            <source>Departures in the window</source>
            <translation>Avgångar i tidsfönstret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="60" />
            <source>Stops with departures</source>
            <translation>Hållplatser med avgångar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="76" />
            <source>{deps} departures at {served} of {stops} stops and stations.</source>
            <translation>{deps} avgångar vid {served} av {stops} hållplatser och stationer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="33" />
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="122" />
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="220" />
            <source>Line profile</source>
            <translation>Linjeprofil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="36" />
            <source>A route's stops in order with income, work, education and area type around each.</source>
            <translation>En linjes hållplatser i ordning med inkomst, arbete, utbildning och områdestyp runt varje hållplats.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>line</source>
            <translation>linje</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>route</source>
            <translation>linje</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>profile</source>
            <translation>profil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>red line</source>
            <translation>röda linjen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>linje</source>
            <translation>linje</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="39" />
            <source>tunnelbana</source>
            <translation>tunnelbana</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="53" />
            <source>GTFS feed (zip file, or any .txt file of an unzipped feed)</source>
            <translation>GTFS-flöde (zip-fil, eller någon .txt-fil i ett uppackat flöde)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="73" />
            <source>Route (route_id or short name, e.g. M1 or 17)</source>
            <translation>Linje (route_id eller kortnamn, t.ex. M1 eller 17)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="79" />
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="64" />
            <source>Service date (empty: a typical weekday of the feed)</source>
            <translation>Trafikdag (tom: en typisk vardag i flödet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="86" />
            <source>Area layer with statistics</source>
            <translation>Områdeslager med statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameters.py" line="65" />
            <source>Area type field (1–5)</source>
            <translation>Fält med områdestyp (1–5)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="106" />
            <source>Population raster (residents per cell)</source>
            <translation>Befolkningsraster (invånare per ruta)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="86" />
            <source>Population field (used without a raster)</source>
            <translation>Befolkningsfält (används utan raster)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="112" />
            <source>Catchment radius around each stop (m)</source>
            <translation>Upptagningsradie runt varje hållplats (m)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="126" />
            <source>Chart</source>
            <translation>Diagram</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="129" />
            <source>Route</source>
            <translation>Linje</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="55" />
            <source>GTFS feed (*.zip *.txt)</source>
            <translation>GTFS-flöde (*.zip *.txt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="126" />
            <source>PNG image (*.png)</source>
            <translation>PNG-bild (*.png)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="203" />
            <source>{route}, direction {direction}: {n} stops over {km} km.</source>
            <translation>{route}, riktning {direction}: {n} hållplatser på {km} km.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="232" />
            <source>area type (most residents)</source>
            <translation>områdestyp (flest invånare)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="249" />
            <source>No statistics field and no population: no chart.</source>
            <translation>Inget statistikfält och ingen befolkning: inget diagram.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="80" />
            <source>direction 0 (outbound)</source>
            <translation>riktning 0 (utåt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="80" />
            <source>direction 1 (inbound)</source>
            <translation>riktning 1 (inåt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameters.py" line="97" />
            <location filename="../segregation_plugin/processing/planning/params.py" line="89" />
            <location filename="../segregation_plugin/processing/planning/params.py" line="110" />
            <source>The area layer has no field {}.</source>
            <translation>Områdeslagret har inget fält {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="231" />
            <source>{} — direction {}</source>
            <translation>{} — riktning {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="24" />
            <source>PTAL public transport accessibility level</source>
            <translation>PTAL – tillgänglighet till kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="27" />
            <source>Transport for London's access index and band (0–6b) on a grid or per area.</source>
            <translation>Transport for Londons tillgänglighetsindex och klass (0–6b) i ett rutnät eller per område.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="28" />
            <source>ptal</source>
            <translation>ptal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="28" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>accessibility</source>
            <translation>tillgänglighet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="28" />
            <source>tillgänglighet</source>
            <translation>tillgänglighet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="51" />
            <source>Peak hour from (HH:MM)</source>
            <translation>Rusningstimmen från (TT:MM)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="51" />
            <source>Peak hour to (HH:MM)</source>
            <translation>Rusningstimmen till (TT:MM)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="56" />
            <source>Compute at</source>
            <translation>Beräkna i</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="63" />
            <source>Area layer (needed for area centroids; bounds the grid)</source>
            <translation>Områdeslager (behövs för områdenas tyngdpunkter; avgränsar rutnätet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="70" />
            <source>Grid extent (empty: the areas', else the stops')</source>
            <translation>Rutnätets utbredning (tom: områdenas, annars hållplatsernas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="76" />
            <source>Grid cell size (m)</source>
            <translation>Rutstorlek (m)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="86" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="177" />
            <source>PTAL</source>
            <translation>PTAL</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="104" />
            <source>Choose an area layer to compute PTAL at area centroids.</source>
            <translation>Välj ett områdeslager för att beräkna PTAL i områdenas tyngdpunkter.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="152" />
            <source>PTAL bands: {}.</source>
            <translation>PTAL-klasser: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="57" />
            <source>grid cells</source>
            <translation>rutor i ett rutnät</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="57" />
            <source>area centroids</source>
            <translation>områdenas tyngdpunkter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="143" />
            <source>{} grid cells of {} m.</source>
            <translation>{} rutor på {} m.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="25" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="177" />
            <source>Public-transport access per area</source>
            <translation>Tillgång till kollektivtrafik per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="28" />
            <source>Residents per quality class, departures near home, and the gap between area types.</source>
            <translation>Invånare per kvalitetsklass, avgångar nära hemmet och skillnaden mellan områdestyper.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <source>access</source>
            <translation>tillgång</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <source>area type</source>
            <translation>områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <source>områdestyp</source>
            <translation>områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="31" />
            <source>gap</source>
            <translation>skillnad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="32" />
            <source>For every area (DeSO, RegSO or your own districts), weighted by where the residents live:&lt;ul&gt;&lt;li&gt;the share of residents in each quality class A–F and without class (classes as in &lt;i&gt;Public-transport quality classes A–F&lt;/i&gt;, same date and window);&lt;/li&gt;&lt;li&gt;the mean number of departures in the window at stops within 400 m and 800 m of home;&lt;/li&gt;&lt;li&gt;the best class where residents live.&lt;/li&gt;&lt;/ul&gt;Residents come from a population raster (each populated cell counts at its centre, e.g. SCB's grid or the sample's befolkning_250m) or, without one, from a population field of the area layer, spread evenly over the area.&lt;br&gt;The gap table compares the area types (field area_type, 1–5, from &lt;i&gt;Area types&lt;/i&gt;): residents of type 1–2 areas (socioeconomic challenges) against type 4–5 areas in class A–B, in class E–F or without class, and their departures near home.</source>
            <translation>För varje område (DeSO, RegSO eller egna indelningar), vägt efter var invånarna bor:&lt;ul&gt;&lt;li&gt;andelen invånare i varje kvalitetsklass A–F och utan klass (klasser som i &lt;i&gt;Kvalitetsklasser för kollektivtrafik A–F&lt;/i&gt;, samma dag och tidsfönster);&lt;/li&gt;&lt;li&gt;medelantalet avgångar i tidsfönstret vid hållplatser inom 400 m och 800 m från hemmet;&lt;/li&gt;&lt;li&gt;den bästa klassen där invånare bor.&lt;/li&gt;&lt;/ul&gt;Invånarna hämtas ur ett befolkningsraster (varje befolkad ruta räknas i sin mittpunkt, t.ex. SCB:s rutor eller exemplets befolkning_250m) eller, utan raster, ur ett befolkningsfält i områdeslagret, jämnt fördelade över området.&lt;br&gt;Skillnadstabellen jämför områdestyperna (fältet area_type, 1–5, från &lt;i&gt;Områdestyper&lt;/i&gt;): invånare i områden av typ 1–2 (socioekonomiska utmaningar) mot typ 4–5 i klass A–B, i klass E–F eller utan klass, och deras avgångar nära hemmet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="55" />
            <source>Population field (used without a raster; residents spread evenly)</source>
            <translation>Befolkningsfält (används utan raster; invånarna fördelas jämnt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="74" />
            <source>Access per area</source>
            <translation>Tillgång per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="135" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="80" />
            <source>Gap between area types</source>
            <translation>Skillnad mellan områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="107" />
            <source>Give a population raster or a population field: the shares are shares of residents.</source>
            <translation>Ange ett befolkningsraster eller ett befolkningsfält: andelarna är andelar av invånarna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="61" />
            <source>Spacing of residents' points for a population field (m)</source>
            <translation>Avstånd mellan invånarpunkter för ett befolkningsfält (m)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="119" />
            <source>Stop types from route types (A rail and metro, B tram and ferry, C bus)</source>
            <translation>Hållplatstyp efter linjetyp (A tåg och tunnelbana, B spårväg och färja, C buss)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="128" />
            <source>Route types left out (demand-responsive)</source>
            <translation>Linjetyper som inte räknas (anropsstyrd trafik)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="136" />
            <source>raster {}</source>
            <translation>raster {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="140" />
            <source>field {} (spread evenly)</source>
            <translation>fält {} (jämnt fördelat)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="142" />
            <source>Residents: {total} in {points} points from the {source}.</source>
            <translation>Invånare: {total} i {points} punkter från {source}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="193" />
            <source>Gap, type 1–2 minus type 4–5 areas: {ab} percentage points in class A–B, {ef} in class E–F or without class.</source>
            <translation>Skillnad, områden av typ 1–2 minus typ 4–5: {ab} procentenheter i klass A–B, {ef} i klass E–F eller utan klass.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="265" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="187" />
            <source>{} areas have no area type 1–5 and are not in the gap table.</source>
            <translation>{} områden saknar områdestyp 1–5 och ingår inte i skillnadstabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="22" />
            <source>Public-transport quality classes A–F</source>
            <translation>Kvalitetsklasser för kollektivtrafik A–F</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="25" />
            <source>ÖV-Güteklassen: stop categories and class areas A–F from a GTFS feed.</source>
            <translation>ÖV-Güteklassen: hållplatskategorier och klassområden A–F ur ett GTFS-flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="26" />
            <source>ÖV-Güteklassen</source>
            <translation>ÖV-Güteklassen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="26" />
            <source>quality classes</source>
            <translation>kvalitetsklasser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="26" />
            <source>kvalitetsklass</source>
            <translation>kvalitetsklass</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="55" />
            <source>Raster cell size (m)</source>
            <translation>Rasterrutornas storlek (m)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="64" />
            <source>Quality classes</source>
            <translation>Kvalitetsklasser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="70" />
            <source>Stops with category</source>
            <translation>Hållplatser med kategori</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="78" />
            <source>Quality classes (raster)</source>
            <translation>Kvalitetsklasser (raster)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="118" />
            <source>Stop categories: {}.</source>
            <translation>Hållplatskategorier: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="108" />
            <source>Route types {} are in no stop type; their departures are not counted. Add them to the mapping if they should be.</source>
            <translation>Linjetyperna {} hör inte till någon hållplatstyp; deras avgångar räknas inte. Lägg till dem i kopplingen om de ska räknas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="120" />
            <source>; without category: {}</source>
            <translation>; utan kategori: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="288" />
            <source>The time window ends before it starts; give e.g. 06:00 to 20:00 (or 22:00 to 26:00).</source>
            <translation>Tidsfönstret slutar innan det börjar; ange t.ex. 06:00 till 20:00 (eller 22:00 till 26:00).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="265" />
            <source>Monday</source>
            <translation>måndag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="266" />
            <source>Tuesday</source>
            <translation>tisdag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="267" />
            <source>Wednesday</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="268" />
            <source>Thursday</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="269" />
            <source>Friday</source>
            <translation>fredag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="270" />
            <source>Saturday</source>
            <translation>lördag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="271" />
            <source>Sunday</source>
            <translation>söndag</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="78" />
            <source>Time window from (HH:MM)</source>
            <translation>Tidsfönster från (TT:MM)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="85" />
            <source>Time window to (HH:MM, may pass 24:00)</source>
            <translation>Tidsfönster till (TT:MM, får passera 24:00)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="93" />
            <source>Count demand-responsive routes (route types 715, 1500–1599)</source>
            <translation>Räkna anropsstyrd trafik (linjetyp 715, 1500–1599)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="217" />
            <source>Metric CRS for distances and outputs (empty: the area layer's, else SWEREF 99 TM in Sweden, UTM elsewhere)</source>
            <translation>Metriskt koordinatsystem för avstånd och resultat (tomt: områdeslagrets, annars SWEREF 99 TM i Sverige, UTM på andra håll)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="324" />
            <source>Reading the GTFS feed {}…</source>
            <translation>Läser GTFS-flödet {}…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="299" />
            <source>Service date and window: {window}; {trips} trips run on the date.</source>
            <translation>Trafikdag och tidsfönster: {window}; {trips} turer körs den dagen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="331" />
            <source>… and {} more warnings about the feed.</source>
            <translation>… och {} varningar till om flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="258" />
            <source>'{}' is not a date; write it as YYYY-MM-DD, e.g. 2022-10-12.</source>
            <translation>'{}' är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2022-10-12.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="314" />
            <source>No date given: using {}, a typical weekday of the feed.</source>
            <translation>Inget datum angivet: använder {}, en typisk vardag i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="54" />
            <source>A – very good service</source>
            <translation>A – mycket god kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="55" />
            <source>B – good service</source>
            <translation>B – god kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="56" />
            <source>C – medium service</source>
            <translation>C – medelgod kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="57" />
            <source>D – basic service</source>
            <translation>D – grundläggande kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="58" />
            <source>E – low service</source>
            <translation>E – låg kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="59" />
            <source>F – minimal service</source>
            <translation>F – minimal kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="65" />
            <source>1 major socioeconomic challenges</source>
            <translation>1 stora socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="66" />
            <source>2 socioeconomic challenges</source>
            <translation>2 socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="67" />
            <source>3 socioeconomically mixed</source>
            <translation>3 socioekonomiskt blandade</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="68" />
            <source>4 good socioeconomic conditions</source>
            <translation>4 goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="69" />
            <source>5 very good socioeconomic conditions</source>
            <translation>5 mycket goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="117" />
            <source>no category</source>
            <translation>ingen kategori</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="135" />
            <source>no departures</source>
            <translation>inga avgångar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="171" />
            <source>nobody in class A–B</source>
            <translation>ingen i klass A–B</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="192" />
            <source>area type unknown</source>
            <translation>okänd områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="113" />
            <source>category {}</source>
            <translation>kategori {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="173" />
            <source>{} – {} % in class A–B</source>
            <translation>{} – {} % i klass A–B</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="137" />
            <source>{} or more per hour</source>
            <translation>{} eller fler per timme</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="139" />
            <source>{} – {} per hour</source>
            <translation>{} – {} per timme</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="152" />
            <source>PTAL {}</source>
            <translation>PTAL {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="160" />
            <source>the profile has no area types.</source>
            <translation>profilen får inga områdestyper.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="156" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="103" />
            <source>no gap table.</source>
            <translation>ingen skillnadstabell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameters.py" line="99" />
            <source>The area layer has no field area_type: {} Run Area types first or choose the field that holds the type.</source>
            <translation>Områdeslagret har inget fält area_type: {} Kör Områdestyper först eller välj fältet som har typen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="76" />
            <source>Low economic standard (%)</source>
            <translation>Låg ekonomisk standard (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="77" />
            <source>Förgymnasial education (%)</source>
            <translation>Förgymnasial utbildning (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="78" />
            <source>Unemployed or on assistance (%)</source>
            <translation>Arbetslösa eller med bistånd (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="79" />
            <source>Socioeconomic index</source>
            <translation>Socioekonomiskt index</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="80" />
            <source>Residents within reach</source>
            <translation>Boende inom räckhåll</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="40" />
            <source>The classic red-line map for any route of any GTFS feed: the stops of the route in order (its most common stop pattern in the chosen direction, platforms grouped to stations; a feed without direction_id has its directions read from the order of the stops, direction 0 being that of the most common pattern) with, for each stop, the statistics of the areas within the catchment radius (default 800 m) and the area type of most residents there.&lt;br&gt;Each area counts with the part of its residents inside the circle: from a population raster (the populated cells within the radius), else from a population field (residents spread evenly over the area), else by the part of its surface.&lt;br&gt;Which fields go where:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Averages&lt;/b&gt;: values per person or per area, such as median income or an index — the mean weighted by the residents in the circle;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Counts&lt;/b&gt;: numbers of people or dwellings — summed, each area's count times its part in the circle;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shares (%) with their population&lt;/b&gt;: a share is never averaged; give it with the population it is a share of (e.g. 'Låg ekonomisk standard, procent' with 'Antal personer totalt'): 100 × Σ share × population / Σ population;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shares from numerator and denominator&lt;/b&gt;: two count fields (e.g. 'arbetslösa' and '16-64 år totalt'): 100 × Σ numerator / Σ denominator.&lt;/li&gt;&lt;/ul&gt;Outputs: the stops as points with the statistics, and a chart (PNG) of up to four of the fields along the line, the markers coloured by area type.</source>
            <translation>Den klassiska röda linjen för vilken linje som helst i vilket GTFS-flöde som helst: linjens hållplatser i ordning (dess vanligaste hållplatsmönster i vald riktning, lägen grupperade till stationer; i ett flöde utan direction_id läses riktningarna ut ur hållplatsernas ordning, och riktning 0 är det vanligaste mönstrets) med, för varje hållplats, statistiken för områdena inom upptagningsradien (standard 800 m) och områdestypen för flest invånare där.&lt;br&gt;Varje område räknas med den del av dess invånare som bor i cirkeln: från ett befolkningsraster (de befolkade rutorna inom radien), annars från ett befolkningsfält (invånarna jämnt fördelade över området), annars efter den del av ytan som ligger i cirkeln.&lt;br&gt;Vilka fält som hör var:&lt;ul&gt;&lt;li&gt;&lt;b&gt;Medelvärden&lt;/b&gt;: värden per person eller per område, som medianinkomst eller ett index — medelvärdet vägt med invånarna i cirkeln;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Antal&lt;/b&gt;: antal personer eller bostäder — summerade, varje områdes antal gånger dess del i cirkeln;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Andelar (%) med sin befolkning&lt;/b&gt;: en andel medelvärdesbildas aldrig; ange den med den befolkning den är en andel av (t.ex. 'Låg ekonomisk standard, procent' med 'Antal personer totalt'): 100 × Σ andel × befolkning / Σ befolkning;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Andelar från täljare och nämnare&lt;/b&gt;: två antalsfält (t.ex. 'arbetslösa' och '16-64 år totalt'): 100 × Σ täljare / Σ nämnare.&lt;/li&gt;&lt;/ul&gt;Resultat: hållplatserna som punkter med statistiken, och ett diagram (PNG) över upp till fyra av fälten längs linjen, med markörerna färgade efter områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="91" />
            <source>Averages along the line, weighted by residents (e.g. median income, an index)</source>
            <translation>Medelvärden längs linjen, vägda med invånarna (t.ex. medianinkomst, ett index)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="103" />
            <source>Counts along the line, summed over the catchment (e.g. unemployed persons)</source>
            <translation>Antal längs linjen, summerade över upptagningsområdet (t.ex. arbetslösa personer)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="104" />
            <source>Shares (%) along the line, each with the population it is a share of</source>
            <translation>Andelar (%) längs linjen, var och en med den befolkning den är en andel av</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="105" />
            <source>Shares along the line from a numerator and a denominator</source>
            <translation>Andelar längs linjen från en täljare och en nämnare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="107" />
            <source>Name of the share</source>
            <translation>Andelens namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="149" />
            <source>The route's trips have no direction_id: direction {} was read from the order of their stops (direction 0 runs as the route's most common stop pattern).</source>
            <translation>Linjens turer saknar direction_id: riktning {} lästes ut ur ordningen på deras hållplatser (riktning 0 går som linjens vanligaste hållplatsmönster).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="189" />
            <source>No area of the area layer lies within {radius} m of the route's stops: the profile has no statistics. Check that the areas cover the route.</source>
            <translation>Inget område i områdeslagret ligger inom {radius} m från linjens hållplatser: profilen får ingen statistik. Kontrollera att områdena täcker linjen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="227" />
            <source>Areas within {radius} m of each stop, each with its residents' part in the circle; shares through their bases, averages weighted by residents; {date}.</source>
            <translation>Områden inom {radius} m från varje hållplats, vart och ett med den del av invånarna som bor i cirkeln; andelar via sina baser, medelvärden vägda med invånarna; {date}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="267" />
            <source>Each row of '{}' needs both its fields filled in.</source>
            <translation>Varje rad i '{}' behöver båda sina fält ifyllda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="262" />
            <source>'{}' looks like a share: as an average it is weighted by all residents, not by the population it is a share of. Give it under 'Shares (%)' with its population, or as numerator and denominator.</source>
            <translation>'{}' ser ut som en andel: som medelvärde vägs den med alla invånare, inte med den befolkning den är en andel av. Ange den under 'Andelar (%)' med sin befolkning, eller som täljare och nämnare.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="167" />
            <source>left out</source>
            <translation>lämnas utanför</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="167" />
            <source>not counted</source>
            <translation>räknas inte</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="151" />
            <source>Stop types from route types: A (rail and metro) {A}; B (tram and ferry) {B}; C (bus) {C}.</source>
            <translation>Hållplatstyper efter linjetyp: A (tåg och tunnelbana) {A}; B (spårväg och färja) {B}; C (buss) {C}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="170" />
            <source>Route types in the feed: {}.</source>
            <translation>Linjetyper i flödet: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="189" />
            <source>Largest grid to build (MB of memory; 0: no limit)</source>
            <translation>Största rutnät att bygga (MB minne; 0: ingen gräns)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="158" />
            <source>Left out: route types {} (demand-responsive; 'Count demand-responsive routes' counts them).</source>
            <translation>Räknas inte: linjetyperna {} (anropsstyrd trafik; 'Räkna anropsstyrd trafik' tar med dem).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="165" />
            <source>In no stop type and not counted: route types {}.</source>
            <translation>Utan hållplatstyp och räknas inte: linjetyperna {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="214" />
            <source>The {label} has no CRS, so its areas cannot be placed beside the stops. Set its CRS (Layer Properties → Source, e.g. EPSG:3006 SWEREF 99 TM) and run again.</source>
            <translation>Lagret ({label}) saknar koordinatsystem, så dess områden kan inte läggas bredvid hållplatserna. Ange dess koordinatsystem (Lageregenskaper → Källa, t.ex. EPSG:3006 SWEREF 99 TM) och kör igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="224" />
            <source>{n} of {total} features of the {label} have no geometry (e.g. feature {fid}); they get no values.</source>
            <translation>{n} av {total} objekt i lagret ({label}) saknar geometri (t.ex. objekt {fid}); de får inga värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/params.py" line="172" />
            <source>{type} {mode} ({routes} routes) → {group}</source>
            <translation>{type} {mode} ({routes} linjer) → {group}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="29" />
            <source>PTAL as Transport for London computes it, from a GTFS feed: walk at 80 m/min to bus stops within 640 m and to rail, metro, tram and ferry stops within 960 m (straight line); for each route its departures per hour in the peak hour (default 08:15–09:15, the busier direction; a feed without direction_id has its directions read from the order of the stops), counted once at its nearest stop; average wait = half the headway + 2 min (bus) or 0.75 min (rail); equivalent doorstep frequency EDF = 30 / (walk + wait); per mode the best route counts fully and the others half; the access index is the sum over modes. The modes are TfL's: one bus mode (bus, coach, trolleybus), rail, metro (with monorail), tram (with cable tram, aerial lift and funicular) and ferry; air services do not count. Bands: 0, 1a (≤ 2.5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (&gt; 40).&lt;br&gt;On a grid (cell size 100 m by default) the output holds the cells with an index above 0 over the extent (or the area layer's extent); at area centroids it is the area layer with the fields ptal_ai and ptal_band. A grid larger than the limit (advanced, default 1024 MB of memory) stops with a message before it is built.</source>
            <translation>PTAL som Transport for London beräknar det, från ett GTFS-flöde: gång i 80 m/min till busshållplatser inom 640 m och till hållplatser för tåg, tunnelbana, spårväg och färja inom 960 m (fågelvägen); för varje linje dess avgångar per timme under rusningstimmen (standard 08:15–09:15, i den tätare trafikerade riktningen; i ett flöde utan direction_id läses riktningarna ut ur hållplatsernas ordning), räknade en gång vid närmaste hållplats; genomsnittlig väntetid = halva turintervallet + 2 min (buss) eller 0,75 min (spårtrafik); ekvivalent dörr-till-dörr-turtäthet EDF = 30 / (gångtid + väntetid); per trafikslag räknas den bästa linjen fullt och de övriga till hälften; tillgänglighetsindex är summan över trafikslagen. Trafikslagen är TfL:s: ett busstrafikslag (buss, långfärdsbuss, trådbuss), tåg, tunnelbana (med monorail), spårväg (med kabelspårvagn, linbana och bergbana) och färja; flyg räknas inte. Klasser: 0, 1a (≤ 2,5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (&gt; 40).&lt;br&gt;I ett rutnät (rutstorlek 100 m som standard) innehåller resultatet rutorna med ett index över 0 inom utbredningen (eller områdeslagrets utbredning); i områdenas tyngdpunkter är det områdeslagret med fälten ptal_ai och ptal_band. Ett rutnät större än gränsen (avancerat, standard 1024 MB minne) stoppas med ett meddelande innan det byggs.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="226" />
            <source>Directions: from direction_id in trips.txt.</source>
            <translation>Riktningar: från direction_id i trips.txt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="229" />
            <source>Directions: trips.txt gives no direction_id for {trips} trips of {routes} routes; their directions were read from the order of their stops (trips that pass the route's stops in reverse order run the other way): {inferred} trips.</source>
            <translation>Riktningar: trips.txt saknar direction_id för {trips} turer på {routes} linjer; deras riktningar lästes ut ur ordningen på hållplatserna (turer som passerar linjens hållplatser i omvänd ordning går åt andra hållet): {inferred} turer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="127" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="119" />
            <source>The area layer has no features: the output is empty.</source>
            <translation>Områdeslagret har inga objekt: resultatet är tomt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="132" />
            <source>The area layer has no geometries to bound the grid: the output is empty.</source>
            <translation>Områdeslagret har inga geometrier som kan avgränsa rutnätet: resultatet är tomt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="190" />
            <source>PTAL modes from route types: bus {bus}; rail {rail}; metro {metro}; tram {tram}; ferry {ferry}; not counted {none}.</source>
            <translation>PTAL-trafikslag efter linjetyp: buss {bus}; tåg {rail}; tunnelbana {metro}; spårväg {tram}; färja {ferry}; räknas inte {none}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="243" />
            <source>The direction of {n} trips (routes {routes}{more}) could not be read from their stops: they share no stops with the route's other trips, or pass them in no clear order. Each such stop pattern counts as a direction of its own; add direction_id to the feed to count them right.</source>
            <translation>Riktningen för {n} turer (linjerna {routes}{more}) kunde inte läsas ut ur deras hållplatser: de har inga hållplatser gemensamma med linjens övriga turer, eller passerar dem utan tydlig ordning. Varje sådant hållplatsmönster räknas som en egen riktning; lägg till direction_id i flödet för att räkna dem rätt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="198" />
            <source>Routes of route types {} do not count in PTAL (air, self drive, other).</source>
            <translation>Linjer av linjetyperna {} räknas inte i PTAL (flyg, hyrfordon, övrigt).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="27" />
            <source>Public-transport quality classes (ÖV-Güteklassen of the Swiss ARE):&lt;ol&gt;&lt;li&gt;departures per stop in a weekday window (default 06:00–20:00); interval = window minutes / (departures / 2), since a stop is served in two directions;&lt;/li&gt;&lt;li&gt;stop type by the best mode served: A rail and metro, B tram and ferry, C bus (the mapping from GTFS route types is editable and written to the log; air services are in no group; demand-responsive routes are left out unless you count them);&lt;/li&gt;&lt;li&gt;stop category I–VII from interval and stop type (interval of 120 minutes or more: no category);&lt;/li&gt;&lt;li&gt;quality class A (very good) to F (minimal) by the straight-line distance to the stop: 300, 500, 750 and 1000 m; the best class wins where stops overlap.&lt;/li&gt;&lt;/ol&gt;Outputs: the class areas dissolved per class (field quality_class), optionally the stops with their category, and a raster grid of the classes (GeoTIFF, 1 = A … 6 = F, 0 = no class; cell size 100 m by default). Circles are drawn as polygons of 96 sides, so class areas are within 0.1 % of true circles. A raster larger than the limit (advanced, default 1024 MB of memory) stops with a message before it is built.</source>
            <translation>Kollektivtrafikens kvalitetsklasser (ÖV-Güteklassen från schweiziska ARE):&lt;ol&gt;&lt;li&gt;avgångar per hållplats i ett tidsfönster en vardag (standard 06:00–20:00); intervall = fönstrets minuter / (avgångar / 2), eftersom en hållplats trafikeras i två riktningar;&lt;/li&gt;&lt;li&gt;hållplatstyp efter det bästa trafikslaget: A tåg och tunnelbana, B spårväg och färja, C buss (kopplingen från GTFS-linjetyper kan ändras och skrivs i loggen; flyg hör inte till någon grupp; anropsstyrd trafik räknas inte om du inte tar med den);&lt;/li&gt;&lt;li&gt;hållplatskategori I–VII efter intervall och hållplatstyp (intervall på 120 minuter eller mer: ingen kategori);&lt;/li&gt;&lt;li&gt;kvalitetsklass A (mycket god) till F (minimal) efter avståndet fågelvägen till hållplatsen: 300, 500, 750 och 1000 m; den bästa klassen gäller där hållplatser överlappar.&lt;/li&gt;&lt;/ol&gt;Resultat: klassernas ytor sammanslagna per klass (fältet quality_class), valfritt hållplatserna med sin kategori, och ett rasterrutnät med klasserna (GeoTIFF, 1 = A … 6 = F, 0 = ingen klass; rutstorlek 100 m som standard). Cirklarna ritas som polygoner med 96 sidor, så klassernas ytor ligger inom 0,1 % från riktiga cirklar. Ett raster större än gränsen (avancerat, standard 1024 MB minne) stoppas med ett meddelande innan det byggs.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="150" />
            <source>Shares (%)</source>
            <translation>Andelar (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="154" />
            <source>Shares from numerator and denominator</source>
            <translation>Andelar från täljare och nämnare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="33" />
            <source>The classic red-line map for any route of any GTFS feed: the stops of the route in order (its most common stop pattern in the chosen direction, platforms grouped to stations) with, for each stop, the statistics of the areas within the catchment radius (default 800 m) — e.g. income, employment, education — and the area type of most residents there.&lt;br&gt;Areas are weighted by the residents in the catchment: from a population raster (the populated cells within the radius), else from a population field (population × share of the area inside the circle), else by the surface inside the circle.&lt;br&gt;Outputs: the stops as points with the statistics, and a chart (PNG) of the chosen fields along the line, the markers coloured by area type.</source>
            <translation>Den klassiska kartan över röda linjen för vilken linje som helst i vilket GTFS-flöde som helst: linjens hållplatser i ordning (dess vanligaste hållplatsföljd i vald riktning, lägen grupperade till stationer) med statistiken för områdena inom upptagningsradien runt varje hållplats (standard 800 m) – t.ex. inkomst, sysselsättning, utbildning – och områdestypen där flest invånare bor.&lt;br&gt;Områdena vägs med invånarna i upptagningsområdet: från ett befolkningsraster (befolkade rutor inom radien), annars från ett befolkningsfält (befolkning × andelen av området inom cirkeln), annars efter ytan inom cirkeln.&lt;br&gt;Resultat: hållplatserna som punkter med statistiken, och ett diagram (PNG) över de valda fälten längs linjen med markörerna färgade efter områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="72" />
            <source>Statistics along the line (number fields, e.g. income, employment)</source>
            <translation>Statistik längs linjen (talfält, t.ex. inkomst, sysselsättning)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="152" />
            <source>Areas within {radius} m of each stop, weighted by residents; {date}.</source>
            <translation>Områden inom {radius} m från varje hållplats, vägda med invånare; {date}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="31" />
            <source>PTAL as Transport for London computes it, from a GTFS feed: walk at 80 m/min to bus stops within 640 m and to rail, metro, tram and ferry stops within 960 m (straight line); for each route its departures per hour in the peak hour (default 08:15–09:15, the busier direction), counted once at its nearest stop; average wait = half the headway + 2 min (bus) or 0.75 min (rail); equivalent doorstep frequency EDF = 30 / (walk + wait); per mode the best route counts fully and the others half; the access index is the sum over modes. Bands: 0, 1a (≤ 2.5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (&gt; 40).&lt;br&gt;On a grid (cell size 100 m by default) the output holds the cells with an index above 0 over the extent (or the area layer's extent); at area centroids it is the area layer with the fields ptal_ai and ptal_band.</source>
            <translation>PTAL som Transport for London beräknar det, ur ett GTFS-flöde: gång i 80 m/min till busshållplatser inom 640 m och till tåg-, tunnelbane-, spårvägs- och färjehållplatser inom 960 m (fågelvägen); för varje linje dess avgångar per timme under rusningstimmen (standard 08:15–09:15, den tätare riktningen), räknad en gång vid sin närmaste hållplats; genomsnittlig väntetid = halva intervallet + 2 min (buss) eller 0,75 min (spår); ekvivalent avgångsfrekvens vid dörren EDF = 30 / (gångtid + väntetid); per trafikslag räknas den bästa linjen fullt och de övriga till hälften; indexet är summan över trafikslagen. Klasser: 0, 1a (≤ 2,5), 1b (≤ 5), 2 (≤ 10), 3 (≤ 15), 4 (≤ 20), 5 (≤ 25), 6a (≤ 40), 6b (&gt; 40).&lt;br&gt;I ett rutnät (rutstorlek 100 m som standard) innehåller resultatet rutorna med index över 0 inom utbredningen (eller områdeslagrets utbredning); vid områdenas tyngdpunkter blir det områdeslagret med fälten ptal_ai och ptal_band.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="32" />
            <source>Public-transport quality classes (ÖV-Güteklassen of the Swiss ARE):&lt;ol&gt;&lt;li&gt;departures per stop in a weekday window (default 06:00–20:00); interval = window minutes / (departures / 2), since a stop is served in two directions;&lt;/li&gt;&lt;li&gt;stop type by the best mode served: A rail and metro, B tram and ferry, C bus (the mapping from GTFS route types is editable; demand-responsive routes are left out);&lt;/li&gt;&lt;li&gt;stop category I–VII from interval and stop type (interval of 120 minutes or more: no category);&lt;/li&gt;&lt;li&gt;quality class A (very good) to F (minimal) by the straight-line distance to the stop: 300, 500, 750 and 1000 m; the best class wins where stops overlap.&lt;/li&gt;&lt;/ol&gt;Outputs: the class areas dissolved per class (field quality_class), optionally the stops with their category, and a raster grid of the classes (GeoTIFF, 1 = A … 6 = F, 0 = no class; cell size 100 m by default).</source>
            <translation>Kollektivtrafikens kvalitetsklasser (ÖV-Güteklassen från schweiziska ARE):&lt;ol&gt;&lt;li&gt;avgångar per hållplats i ett tidsfönster en vardag (standard 06:00–20:00); intervall = fönstrets minuter / (avgångar / 2), eftersom en hållplats trafikeras i två riktningar;&lt;/li&gt;&lt;li&gt;hållplatstyp efter det bästa trafikslaget: A tåg och tunnelbana, B spårväg och färja, C buss (kopplingen från GTFS-linjetyper kan ändras; anropsstyrd trafik räknas inte);&lt;/li&gt;&lt;li&gt;hållplatskategori I–VII efter intervall och hållplatstyp (intervall på 120 minuter eller mer: ingen kategori);&lt;/li&gt;&lt;li&gt;kvalitetsklass A (mycket god) till F (minimal) efter avståndet fågelvägen till hållplatsen: 300, 500, 750 och 1000 m; där hållplatser överlappar gäller den bästa klassen.&lt;/li&gt;&lt;/ol&gt;Resultat: klassområdena sammanslagna per klass (fältet quality_class), valfritt hållplatserna med sin kategori, och ett raster med klasserna (GeoTIFF, 1 = A … 6 = F, 0 = ingen klass; rutstorlek 100 m som standard).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="279" />
            <location filename="../segregation_plugin/core/transit/transit_access.py" line="160" />
            <source>a number of residents</source>
            <comment>part of a message</comment>
            <translation>ett antal invånare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="122" />
            <source>the {what}</source>
            <comment>part of a message</comment>
            <translation>{what}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="120" />
            <source>route types</source>
            <comment>part of a message</comment>
            <translation>linjetyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/quality_classes.py" line="118" />
            <source>excluded route types</source>
            <comment>part of a message</comment>
            <translation>uteslutna linjetyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="148" />
            <source>mode mapping</source>
            <comment>part of a message</comment>
            <translation>kopplingen till hållplatstyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="122" />
            <source>route type</source>
            <comment>part of a message</comment>
            <translation>linjetyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="116" />
            <source>service {service} has no day on which it runs; its trips are never counted.</source>
            <translation>service_id {service} har ingen dag då den gäller; dess turer räknas aldrig.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="127" />
            <source>service {service} is in neither calendar.txt nor calendar_dates.txt; its trips never run.</source>
            <translation>service_id {service} finns varken i calendar.txt eller calendar_dates.txt; dess turer körs aldrig.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="130" />
            <source>parent_station '{parent}' is not a stop; the stop stands alone.</source>
            <translation>parent_station '{parent}' är ingen hållplats; hållplatsen räknas för sig.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="278" />
            <source>No trip in the feed runs on {date} ({covered}). Choose a date in that period; a weekday outside holidays is usual.</source>
            <translation>Ingen tur i flödet körs {date} ({covered}). Välj ett datum inom den perioden; vanligtvis en vardag utanför helger och lov.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="275" />
            <source>it has service from {first} to {last}</source>
            <comment>part of a message</comment>
            <translation>flödet har trafik från {first} till {last}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="275" />
            <source>it has no dates</source>
            <comment>part of a message</comment>
            <translation>flödet har inga datum</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="290" />
            <source>The feed has no calendar dates; it has no service on any day.</source>
            <translation>Flödet har inga kalenderdatum; det har ingen trafik någon dag.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="114" />
            <source>The GTFS feed {source_path_name} has no {join_missing}. A feed needs stops, routes, trips, stop_times and calendar and/or calendar_dates; check that you chose the whole feed.</source>
            <translation>GTFS-flödet {source_path_name} saknar {join_missing}. Ett flöde behöver stops, routes, trips, stop_times och calendar och/eller calendar_dates; kontrollera att du valde hela flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="269" />
            <source>{file}.txt line {line_of_first}: {shown}{problem}{more}. {action}</source>
            <translation>{file}.txt rad {line_of_first}: {shown}{problem}{more}. {action}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="264" />
            <source>{column} is empty</source>
            <comment>part of a message</comment>
            <translation>{column} är tom</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="81" />
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="73" />
            <source>is not 1 (added) or 2 (removed)</source>
            <comment>part of a message</comment>
            <translation>är inte 1 (tillagd) eller 2 (borttagen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="43" />
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="36" />
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="223" />
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="384" />
            <source>is not 0 or 1</source>
            <comment>part of a message</comment>
            <translation>är inte 0 eller 1</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="57" />
            <source>is not a number</source>
            <comment>part of a message</comment>
            <translation>är inget tal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="336" />
            <source>is not a date of the form YYYYMMDD</source>
            <comment>part of a message</comment>
            <translation>är inget datum på formen ÅÅÅÅMMDD</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="349" />
            <source>occurs more than once</source>
            <comment>part of a message</comment>
            <translation>förekommer mer än en gång</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="373" />
            <source>is not in {target}</source>
            <comment>part of a message</comment>
            <translation>finns inte i {target}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="216" />
            <source>the feed's services</source>
            <comment>part of a message</comment>
            <translation>flödets service_id</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="66" />
            <source>is not 0–4</source>
            <comment>part of a message</comment>
            <translation>är inte 0–4</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="182" />
            <source>is not a route type (a whole number such as 3 or 700)</source>
            <comment>part of a message</comment>
            <translation>är ingen linjetyp (ett heltal som 3 eller 700)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="49" />
            <source>is not a whole number</source>
            <comment>part of a message</comment>
            <translation>är inget heltal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="346" />
            <source>is not a whole number of seconds</source>
            <comment>part of a message</comment>
            <translation>är inget helt antal sekunder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="68" />
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="338" />
            <source>is not a time of the form HH:MM:SS</source>
            <comment>part of a message</comment>
            <translation>är ingen tid på formen HH:MM:SS</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="363" />
            <source>is not positive</source>
            <comment>part of a message</comment>
            <translation>är inte positivt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="262" />
            <source>({len_bad} more rows like it)</source>
            <comment>part of a message</comment>
            <translation>({len_bad} rader till av samma slag)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="82" />
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="74" />
            <source>Correct exception_type.</source>
            <comment>part of a message</comment>
            <translation>Rätta exception_type.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="44" />
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="36" />
            <source>Correct the weekday flag.</source>
            <comment>part of a message</comment>
            <translation>Rätta veckodagsmarkeringen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="191" />
            <source>Every route needs a route_type.</source>
            <comment>part of a message</comment>
            <translation>Varje linje behöver en route_type.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="58" />
            <source>Correct the coordinate in the feed.</source>
            <comment>part of a message</comment>
            <translation>Rätta koordinaten i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="337" />
            <source>Correct the date in the feed.</source>
            <comment>part of a message</comment>
            <translation>Rätta datumet i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="350" />
            <source>Each id must be unique; ask the feed's publisher for a corrected feed.</source>
            <comment>part of a message</comment>
            <translation>Varje id måste vara unikt; be flödets utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="353" />
            <source>Every row needs an id.</source>
            <comment>part of a message</comment>
            <translation>Varje rad behöver ett id.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="374" />
            <source>The feed is inconsistent; ask its publisher for a corrected feed.</source>
            <comment>part of a message</comment>
            <translation>Flödet hänger inte ihop; be dess utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="376" />
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="356" />
            <source>Fill it in.</source>
            <comment>part of a message</comment>
            <translation>Fyll i det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="67" />
            <source>Correct the location type.</source>
            <comment>part of a message</comment>
            <translation>Rätta location_type.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="183" />
            <source>Correct route_type in the feed.</source>
            <comment>part of a message</comment>
            <translation>Rätta route_type i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="224" />
            <source>Correct direction_id in the feed.</source>
            <comment>part of a message</comment>
            <translation>Rätta direction_id i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="50" />
            <source>Correct stop_sequence in the feed.</source>
            <comment>part of a message</comment>
            <translation>Rätta stop_sequence i flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="347" />
            <source>Correct headway_secs.</source>
            <comment>part of a message</comment>
            <translation>Rätta headway_secs.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="385" />
            <source>Correct exact_times.</source>
            <comment>part of a message</comment>
            <translation>Rätta exact_times.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="69" />
            <source>Correct the time in the feed (hours may pass 24, e.g. 25:10:00).</source>
            <comment>part of a message</comment>
            <translation>Rätta tiden i flödet (timmarna får gå över 24, t.ex. 25:10:00).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="339" />
            <source>Correct the time in frequencies.txt.</source>
            <comment>part of a message</comment>
            <translation>Rätta tiden i frequencies.txt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="59" />
            <source>Every stop time needs a stop_sequence.</source>
            <comment>part of a message</comment>
            <translation>Varje rad i stop_times behöver en stop_sequence.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="364" />
            <source>A headway must be at least one second.</source>
            <comment>part of a message</comment>
            <translation>Turintervallet måste vara minst en sekund.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="153" />
            <source>{name}.txt has no column {join_missing} (its columns: {join_clean}). The feed does not follow GTFS; ask its publisher for a corrected feed.</source>
            <translation>{name}.txt har ingen kolumn {join_missing} (dess kolumner: {join_clean}). Flödet följer inte GTFS; be dess utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="154" />
            <source>none</source>
            <comment>part of a message</comment>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="322" />
            <source>'{text}' is not a time; write it as HH:MM, e.g. 06:00 or 25:30.</source>
            <translation>'{text}' är ingen tid; skriv den som HH:MM, t.ex. 06:00 eller 25:30.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="102" />
            <source>The GTFS feed {path} does not exist. Choose a zip file or a folder.</source>
            <translation>GTFS-flödet {path} finns inte. Välj en zip-fil eller en mapp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="188" />
            <source>{name}.txt cannot be read as a CSV table: {exc}</source>
            <translation>{name}.txt kan inte läsas som en CSV-tabell: {exc}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="94" />
            <source>{path_name} is not a zip file. Choose the GTFS zip file or the folder of the unzipped feed.</source>
            <translation>{path_name} är ingen zip-fil. Välj GTFS-flödets zip-fil eller mappen med det uppackade flödet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="112" />
            <source>{interpolated} stop times without a time were interpolated between the trip's timed stops (evenly by stop).</source>
            <translation>{interpolated} hållplatstider utan tid interpolerades mellan turens hållplatser med tid (jämnt per hållplats).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="120" />
            <source>{int_dropped_sum} stop times have no time and no timed stop on both sides (e.g. trip {feed_trips_trip_id_iat}); they are not counted.</source>
            <translation>{int_dropped_sum} hållplatstider saknar tid och har inte en hållplats med tid på båda sidor (t.ex. tur {feed_trips_trip_id_iat}); de räknas inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="58" />
            <source>The feed has no route '{text}'. Give a route_id or a route's short name, e.g. {examples}.</source>
            <translation>Flödet har ingen linje '{text}'. Ange ett route_id eller linjens korta namn, t.ex. {examples}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="92" />
            <source>Route {route_id} has no trips{which}{when}. Choose another direction or date.</source>
            <translation>Linje {route_id} har inga turer{which}{when}. Välj en annan riktning eller ett annat datum.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="90" />
            <source>in direction {direction}</source>
            <comment>part of a message</comment>
            <translation>i riktning {direction}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="89" />
            <source>on {date}</source>
            <comment>part of a message</comment>
            <translation>den {date}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="338" />
            <source>Choose at least one statistics field (or give population) for the chart.</source>
            <translation>Välj minst ett statistikfält (eller ange befolkning) för diagrammet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="51" />
            <source>'{text}' matches several routes by {column} ({ids}). Give the route_id.</source>
            <translation>'{text}' matchar flera linjer i {column} ({ids}). Ange route_id.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="169" />
            <source>The area layer has no field '{field}'.</source>
            <translation>Områdeslagret har inget fält '{field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="236" />
            <source>The field '{field}' is not numeric; choose number fields for the profile.</source>
            <translation>Fältet '{field}' är inte numeriskt; välj fält med tal för profilen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/nearby.py" line="121" />
            <source>The CRS {parsed_to_string} is not in metres. Choose a projected CRS such as SWEREF 99 TM (EPSG:3006) for distances to stops.</source>
            <translation>Koordinatsystemet {parsed_to_string} är inte i meter. Välj ett projicerat koordinatsystem som SWEREF 99 TM (EPSG:3006) för avstånd till hållplatser.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/service_window.py" line="69" />
            <source>Give both the start and the end of the time window, or neither.</source>
            <translation>Ange både början och slutet på tidsfönstret, eller ingetdera.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/service_window.py" line="72" />
            <source>The time window cannot start before 00:00 ({start} s).</source>
            <translation>Tidsfönstret kan inte börja före 00:00 ({start} s).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/service_window.py" line="75" />
            <source>The time window {clock_start}–{clock_end} ends before it starts; give e.g. 06:00 to 20:00 (or 22:00 to 26:00).</source>
            <translation>Tidsfönstret {clock_start}–{clock_end} slutar innan det börjar; ange t.ex. 06:00 till 20:00 (eller 22:00 till 26:00).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_access.py" line="63" />
            <source>The population raster {path} has no CRS. Set its CRS (e.g. EPSG:3006) first.</source>
            <translation>Befolkningsrastret {path} har inget koordinatsystem. Ange dess koordinatsystem (t.ex. EPSG:3006) först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="150" />
            <source>The mode mapping is empty; the default is: {are_default_mapping}</source>
            <translation>Kopplingen till hållplatstyper är tom; standard är: {are_default_mapping}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="138" />
            <source>'{chunk}' in the mode mapping has no group. Write it as 'A: 1, 2, 100-199; B: 0, 4; C: 3, 700-799'.</source>
            <translation>'{chunk}' i kopplingen till hållplatstyper har ingen grupp. Skriv den som 'A: 1, 2, 100-199; B: 0, 4; C: 3, 700-799'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_modes.py" line="145" />
            <source>'{group}' in the mode mapping is not a stop type; use A (rail and metro), B (tram and ferry) or C (bus).</source>
            <translation>'{group}' i kopplingen till hållplatstyper är ingen hållplatstyp; använd A (tåg och tunnelbana), B (spårväg och färja) eller C (buss).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="111" />
            <source>calendar.txt or calendar_dates.txt</source>
            <comment>part of a message</comment>
            <translation>calendar.txt eller calendar_dates.txt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="198" />
            <source>a share (%)</source>
            <comment>part of a message</comment>
            <translation>en andel (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/grid_size.py" line="70" />
            <source>The {what} would have {cells} cells of {cell_size} m ({cols} × {rows}) and need about {size_needed} of memory, more than the limit of {size_limit_mb}.{extent}{far} Use a larger cell size, a smaller extent (an area layer or extent around the places you study), remove stops far away from the feed's others (e.g. at 0,0), or raise the limit 'Largest grid' if the computer has the memory.</source>
            <translation>Med rutstorleken {cell_size} m skulle {what} få {cells} rutor ({cols} × {rows}) och behöva omkring {size_needed} minne, mer än gränsen {size_limit_mb}.{extent}{far} Använd en större rutstorlek, en mindre utbredning (ett områdeslager eller en utbredning kring de platser du studerar), ta bort hållplatser som ligger långt från flödets övriga (t.ex. vid 0,0), eller höj gränsen 'Största rutnät' om datorn har minne till det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/ptal.py" line="214" />
            <source>PTAL grid</source>
            <comment>part of a message</comment>
            <translation>PTAL-rutnätet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/quality_raster.py" line="60" />
            <source>quality-class raster</source>
            <comment>part of a message</comment>
            <translation>rastret med kvalitetsklasser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_access.py" line="87" />
            <source>window of the population raster {name} over the areas</source>
            <comment>part of a message</comment>
            <translation>utsnittet av befolkningsrastret {name} över områdena</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/grid_size.py" line="65" />
            <source>It covers {east_west} × {north_south} km (x {west} to {east}, y {south} to {north}).</source>
            <comment>part of a message</comment>
            <translation>Det täcker {east_west} × {north_south} km (x {west} till {east}, y {south} till {north}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/grid_size.py" line="35" />
            <source>The grid's extent is not a number; the layer has no geometries.</source>
            <translation>Rutnätets utbredning är inget tal; lagret har inga geometrier.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="131" />
            <source>No trip in the feed runs on any day: {why_no_day_feed_used}</source>
            <translation>Ingen tur i flödet går någon dag: {why_no_day_feed_used}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_calendar.py" line="139" />
            <source>neither calendar.txt nor calendar_dates.txt has a row. The feed has no service to count; ask its publisher for a corrected feed.</source>
            <comment>part of a message</comment>
            <translation>varken calendar.txt eller calendar_dates.txt har någon rad. Flödet har ingen trafik att räkna; be dess utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="243" />
            <source>{counted_len_rows} no coordinates (nor has its station): {shown}{more}. They {left_out}. Add stop_lat and stop_lon in stops.txt.</source>
            <translation>{counted_len_rows} inga koordinater (inte heller stationen): {shown}{more}. De {left_out}. Lägg till stop_lat och stop_lon i stops.txt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="243" />
            <source>stop with departures has</source>
            <comment>part of a message</comment>
            <translation>hållplats med avgångar har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="243" />
            <source>stops with departures have</source>
            <comment>part of a message</comment>
            <translation>hållplatser med avgångar har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="239" />
            <source>and {len_rows} more</source>
            <comment>part of a message</comment>
            <translation>och {len_rows} till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="85" />
            <source>parent_station '{parent_i}' is not a stop; the stop stands alone.</source>
            <translation>parent_station '{parent_i}' är ingen hållplats; hållplatsen räknas för sig.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="145" />
            <source>stops.txt: latitude and longitude look swapped in the whole file (e.g. {example}: stop_lat holds what should be the longitude). Exchange the names of the columns stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a corrected feed.</source>
            <translation>stops.txt: latitud och longitud verkar ha bytt plats i hela filen (t.ex. {example}: stop_lat innehåller det som borde vara longituden). Byt namnen på kolumnerna stop_lat och stop_lon mot varandra i stops.txt, eller be flödets utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="152" />
            <source>stops.txt: {n_int_plausible_sum} of {n} stops have coordinates that cannot be right (0, 0 or outside −90…90, −180…180; e.g. {example}). Correct stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a corrected feed.</source>
            <translation>stops.txt: {n_int_plausible_sum} av {n} hållplatser har koordinater som inte kan stämma (0, 0 eller utanför −90…90, −180…180; t.ex. {example}). Rätta stop_lat och stop_lon i stops.txt, eller be flödets utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="173" />
            <source>stops.txt: {int_bad_sum} of {n} stops lie far from the others or have coordinates that cannot be right (e.g. {named_stops_np_flatnonzero}). Correct stop_lat and stop_lon in stops.txt, or ask the feed's publisher for a corrected feed.</source>
            <translation>stops.txt: {int_bad_sum} av {n} hållplatser ligger långt från de övriga eller har koordinater som inte kan stämma (t.ex. {named_stops_np_flatnonzero}). Rätta stop_lat och stop_lon i stops.txt, eller be flödets utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="190" />
            <source>{counted_len_rows} {what}: {named_stops_rows}. Their coordinates are not used: a platform takes its station's position, a station its platforms'; other stops {left_out}. Correct them in stops.txt.</source>
            <translation>{counted_len_rows} {what}: {named_stops_rows}. Deras koordinater används inte: ett läge får sin stations position, en station sina lägens; övriga hållplatser {left_out}. Rätta dem i stops.txt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="190" />
            <source>stop has</source>
            <comment>part of a message</comment>
            <translation>hållplats har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="190" />
            <source>stops have</source>
            <comment>part of a message</comment>
            <translation>hållplatser har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_tables.py" line="202" />
            <source>{name}.txt has no rows, only its header: {meaning}. Check that you chose the whole feed, or ask its publisher for a corrected one.</source>
            <translation>{name}.txt har inga rader, bara rubrikraden: {meaning}. Kontrollera att du valde hela flödet, eller be dess utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="172" />
            <source>the feed has no routes</source>
            <comment>part of a message</comment>
            <translation>flödet har inga linjer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="123" />
            <source>the feed has no trips</source>
            <comment>part of a message</comment>
            <translation>flödet har inga turer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="133" />
            <source>the feed has no timetable</source>
            <comment>part of a message</comment>
            <translation>flödet har ingen tidtabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_stops.py" line="45" />
            <source>the feed has no stops</source>
            <comment>part of a message</comment>
            <translation>flödet har inga hållplatser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="199" />
            <source>{counted_len_later} twice (same trip, stop_sequence, stop and times; e.g. trip {join_map_str_trips}, line {line_rows_later}); the copies are left out, so each departure counts once.</source>
            <translation>{counted_len_later} två gånger (samma tur, stop_sequence, hållplats och tider; t.ex. tur {join_map_str_trips}, rad {line_rows_later}); kopiorna tas inte med, så varje avgång räknas en gång.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="199" />
            <source>stop time occurs</source>
            <comment>part of a message</comment>
            <translation>hållplatstid förekommer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="199" />
            <source>stop times occur</source>
            <comment>part of a message</comment>
            <translation>hållplatstider förekommer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="189" />
            <source>stop_times.txt lines {line_rows_i} and {line_rows_j}: trip {trip_ids_trip_j} has stop_sequence {sequence_j} twice, with different stops or times ({stop_ids_stop_i} at {time_departure_i}, {stop_ids_stop_j} at {time_departure_j}){more}. Each stop time of a trip needs its own stop_sequence; ask the feed's publisher for a corrected feed.</source>
            <translation>stop_times.txt rad {line_rows_i} och {line_rows_j}: tur {trip_ids_trip_j} har stop_sequence {sequence_j} två gånger, med olika hållplatser eller tider ({stop_ids_stop_i}: {time_departure_i}, {stop_ids_stop_j}: {time_departure_j}){more}. Varje hållplatstid i en tur behöver en egen stop_sequence; be flödets utgivare om ett rättat flöde.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="163" />
            <source>no time</source>
            <comment>part of a message</comment>
            <translation>ingen tid</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="187" />
            <source>({len_differ} more like it)</source>
            <comment>part of a message</comment>
            <translation>({len_differ} till av samma slag)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="284" />
            <source>{counted_bad_trips_sum} times that run backwards (e.g. trip {trip_ids_trip_i}, stop_sequence {sequence_i} at {time_given_k} after {time_given_k_2}, line {line_rows_i}); their times are used as given, so some departures may be counted at the wrong time. Correct the times in stop_times.txt.</source>
            <translation>{counted_bad_trips_sum} tider som går baklänges (t.ex. tur {trip_ids_trip_i}, stop_sequence {sequence_i} kl. {time_given_k} efter {time_given_k_2}, rad {line_rows_i}); tiderna används som de står, så vissa avgångar kan räknas vid fel tid. Rätta tiderna i stop_times.txt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="284" />
            <source>trip has</source>
            <comment>part of a message</comment>
            <translation>tur har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="284" />
            <source>trips have</source>
            <comment>part of a message</comment>
            <translation>turer har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="372" />
            <source>{counted_len_empty} an end_time that is not after its start_time (e.g. line {line_of_i}: trip {feed_trips_trip_id_iat} from {format_time_values_start_time_i} to {format_time_values_end_time_i}); no vehicles are counted for them. Times after midnight are written past 24:00 (e.g. 25:00:00); correct start_time and end_time.</source>
            <translation>{counted_len_empty} en end_time som inte är senare än sin start_time (t.ex. rad {line_of_i}: tur {feed_trips_trip_id_iat} från {format_time_values_start_time_i} till {format_time_values_end_time_i}); inga fordon räknas för dem. Tider efter midnatt skrivs som tider efter 24:00 (t.ex. 25:00:00); rätta start_time och end_time.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="372" />
            <source>period has</source>
            <comment>part of a message</comment>
            <translation>period har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="372" />
            <source>periods have</source>
            <comment>part of a message</comment>
            <translation>perioder har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="267" />
            <source>{counted_fixed_sum} midnight with times that start again at 00:00 (e.g. trip {trip_ids_trip_i}, stop_sequence {sequence_i} at {time_values_k} after {time_values_k_2}, line {line_rows_i}); GTFS writes them past 24:00 and they are read so ({time_values_k_3}), on the service day the trip starts.</source>
            <translation>{counted_fixed_sum} midnatt med tider som börjar om från 00:00 (t.ex. tur {trip_ids_trip_i}, stop_sequence {sequence_i} kl. {time_values_k} efter {time_values_k_2}, rad {line_rows_i}); GTFS skriver sådana tider efter 24:00 och de läses så ({time_values_k_3}), på den trafikdag då turen börjar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="267" />
            <source>trip passes</source>
            <comment>part of a message</comment>
            <translation>tur passerar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_timetable.py" line="267" />
            <source>trips pass</source>
            <comment>part of a message</comment>
            <translation>turer passerar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="164" />
            <source>The profile would have the column '{doubled}' twice; name it once.</source>
            <translation>Profilen skulle få kolumnen '{doubled}' två gånger; ange den bara en gång.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="209" />
            <source>'{name}': at {stops_} stops an area within {radius} m has no value (suppressed or missing); there the value is {left}.</source>
            <translation>'{name}': vid {stops_} hållplatser har ett område inom {radius} m inget värde (skyddat eller saknat); där är värdet {left}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="207" />
            <source>left empty</source>
            <comment>part of a message</comment>
            <translation>lämnat tomt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/line_profile.py" line="207" />
            <source>computed from the other areas</source>
            <comment>part of a message</comment>
            <translation>beräknat från de övriga områdena</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_access.py" line="73" />
            <source>The population raster {name} does not overlap the areas: the raster covers x {r_west} to {r_east}, y {r_south} to {r_north}, the areas x {west} to {east}, y {south} to {north} (in {src_crs_to_string}). Choose the raster for the areas' region, or check the CRS of both layers.</source>
            <translation>Befolkningsrastret {name} överlappar inte områdena: rastret täcker x {r_west} till {r_east}, y {r_south} till {r_north}, områdena x {west} till {east}, y {south} till {north} (i {src_crs_to_string}). Välj rastret för områdenas region, eller kontrollera koordinatsystemet för båda lagren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/transit_access.py" line="167" />
            <source>The population field '{field}' has {len_negative} negative values ({shown}{more}): a number of residents cannot be negative. Correct those values.</source>
            <translation>Befolkningsfältet '{field}' har {len_negative} negativa värden ({shown}{more}): ett antal invånare kan inte vara negativt. Rätta de värdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="274" />
            <source>No area of the area layer '{layer}' lies within walking distance of any stop of the feed (640 m to bus stops, 960 m to rail, metro, tram and ferry stops): every PTAL would be 0. The areas' extent is {areas} and the stops' is {stops} (in {crs}). Check that the feed and the area layer cover the same place and that the layer has the right coordinate reference system.</source>
            <translation>Inget område i områdeslagret '{layer}' ligger inom gångavstånd från någon hållplats i flödet (640 m till busshållplatser, 960 m till tåg-, tunnelbane-, spårvagns- och färjehållplatser): varje PTAL skulle bli 0. Områdenas utbredning är {areas} och hållplatsernas {stops} (i {crs}). Kontrollera att flödet och områdeslagret gäller samma plats och att lagret har rätt koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="132" />
            <source>{problem} (The area layer: '{layer}'.)</source>
            <translation>{problem} (Områdeslagret: '{layer}'.)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="25" />
            <source>Isochrones by public transport</source>
            <translation>Restidskartor (isokroner) med kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="28" />
            <source>Where one gets within 15/30/45/60 minutes from a point or an area.</source>
            <translation>Dit man når inom 15/30/45/60 minuter från en punkt eller ett område.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="29" />
            <source>isochrone</source>
            <translation>isokron</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="29" />
            <source>restidskarta</source>
            <translation>restidskarta</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="29" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>travel time</source>
            <translation>restid</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="30" />
            <source>For each feature of the layer (a point, or an area from its point on surface; at most 50), the places reached by public transport within each time: around every stop reached, a circle of the walk the time left allows (at most the longest walk from a stop), and the walk from the start itself, unioned per time. Travel times to the stops are the chosen percentile over the departure window (the median by default). Straight-line walking: water and barriers are not known.</source>
            <translation>För varje objekt i lagret (en punkt, eller ett område från en punkt inuti det; högst 50) de platser man når med kollektivtrafik inom varje tid: runt varje hållplats man når en cirkel med den gångsträcka som återstående tid räcker till (högst den längsta gångsträckan från en hållplats), och gångavståndet från själva startpunkten, sammanslagna per tid. Restiderna till hållplatserna är den valda percentilen över avgångsfönstret (medianen om inget annat väljs). Gång räknas fågelvägen: vatten och barriärer är okända.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="45" />
            <source>From (points or areas)</source>
            <translation>Från (punkter eller områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="50" />
            <source>Travel times (minutes)</source>
            <translation>Restider (minuter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="55" />
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="116" />
            <source>Isochrones</source>
            <translation>Isokroner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="71" />
            <source>Give the travel times as whole minutes, e.g. 15,30,45,60.</source>
            <translation>Ange restiderna i hela minuter, t.ex. 15,30,45,60.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="77" />
            <source>The longest travel time ({max} min) is shorter than {band} min; raise it.</source>
            <translation>Den längsta restiden ({max} min) är kortare än {band} min; höj den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/isochrones.py" line="86" />
            <source>The layer has {n} features; isochrones are drawn for at most {max}. Select the places you want (and use Selected features only).</source>
            <translation>Lagret har {n} objekt; isokroner ritas för högst {max}. Markera de platser du vill ha (och använd Endast valda objekt).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="28" />
            <source>Opportunities within reach per area (public transport)</source>
            <translation>Målpunkter inom räckhåll per område (kollektivtrafik)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="31" />
            <source>Jobs, places or services reachable within 30/45/60 minutes, and the gap between area types.</source>
            <translation>Arbetsplatser, platser eller service som nås inom 30/45/60 minuter, och skillnaden mellan områdestyper.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <source>jobs</source>
            <translation>arbetstillfällen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <source>arbetsplatser</source>
            <translation>arbetsplatser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="64" />
            <source>Residents field (for the gap table)</source>
            <translation>Fält med invånare (för skillnadstabellen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="297" />
            <source>Give the travel times as whole minutes separated by commas, e.g. 30,45,60.</source>
            <translation>Ange restiderna i hela minuter åtskilda med komma, t.ex. 30,45,60.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="98" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="54" />
            <source>Destinations (points or areas)</source>
            <translation>Målpunkter (punkter eller områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="105" />
            <source>Weight field of the destinations (jobs, places; empty: 1 each)</source>
            <translation>Viktfält för målpunkterna (arbetstillfällen, platser; tomt: 1 var)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="113" />
            <source>Travel times to count within (minutes)</source>
            <translation>Restider att räkna inom (minuter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="119" />
            <source>Travel time of the gap table (minutes)</source>
            <translation>Restid i skillnadstabellen (minuter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="129" />
            <source>Opportunities per area</source>
            <translation>Målpunkter per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="260" />
            <source>No population raster or residents field: no gap table.</source>
            <translation>Inget befolkningsraster eller fält med invånare: ingen skillnadstabell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="215" />
            <source>{weighted} of {areas} areas start from their population-weighted centre, the others from their point on surface; {places} destinations with {total} opportunities.</source>
            <translation>{weighted} av {areas} områden utgår från sin befolkningsviktade mittpunkt, övriga från en punkt inuti området; {places} målpunkter med sammanlagt {total}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="271" />
            <source>Gap, type 1–2 minus type 4–5 areas: {opp} opportunities per resident within {minutes} min, {nearest} min to the nearest.</source>
            <translation>Skillnad, områden av typ 1–2 minus typ 4–5: {opp} målpunkter per invånare inom {minutes} min, {nearest} min till närmaste.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="41" />
            <source>A departure every (minutes)</source>
            <translation>En avgång var (minut)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="42" />
            <source>Longest travel time (minutes)</source>
            <translation>Längsta restid (minuter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="44" />
            <source>Most transfers (one fewer than the rides)</source>
            <translation>Högsta antal byten (ett färre än antalet åk)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="46" />
            <source>Walking speed (km/h)</source>
            <translation>Gånghastighet (km/h)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="47" />
            <source>Detour factor on straight lines</source>
            <translation>Omvägsfaktor på fågelvägen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="49" />
            <source>Longest walk to or from a stop (m walked)</source>
            <translation>Längsta gångväg till eller från en hållplats (m gånget)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="53" />
            <source>Longest walk between stops (m walked)</source>
            <translation>Längsta gångväg mellan hållplatser (m gånget)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="60" />
            <source>Time to change vehicles (seconds)</source>
            <translation>Bytestid mellan fordon (sekunder)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="35" />
            <source>Departures from (HH:MM)</source>
            <translation>Avgångar från (HH:MM)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="36" />
            <source>Departures until (HH:MM, not included; may pass 24:00)</source>
            <translation>Avgångar till (HH:MM, ej inräknad; får passera 24:00)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="70" />
            <source>Travel time percentile over the departures (50 = median)</source>
            <translation>Percentil av restiden över avgångarna (50 = median)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="115" />
            <source>Routing: {departures} departures from {start} every {step} min, at most {max} min and {transfers} transfers; walking {speed} km/h × detour {detour}, at most {walk} m to or from a stop and {transfer} m between stops, {change} s to change; {events} stop events on the date.</source>
            <translation>Reseplanering: {departures} avgångar från {start} var {step}:e minut, högst {max} min och {transfers} byten; gång {speed} km/h × omväg {detour}, högst {walk} m till eller från en hållplats och {transfer} m mellan hållplatser, {change} s för byte; {events} hållplatsanrop under dagen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="215" />
            <source>none reachable</source>
            <translation>inga nås</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="217" />
            <source>{} – {} % of the region's</source>
            <translation>{} – {} % av regionens</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/styles.py" line="244" />
            <source>within {} min</source>
            <translation>inom {} min</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="21" />
            <source>Travel-time matrix by public transport</source>
            <translation>Restidsmatris med kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="24" />
            <source>Minutes from every origin to every destination, walking and riding.</source>
            <translation>Minuter från varje startpunkt till varje målpunkt, gång och resa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>restid</source>
            <translation>restid</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>matrix</source>
            <translation>matris</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="25" />
            <source>raptor</source>
            <translation>raptor</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="26" />
            <source>Travel times by public transport from each origin to each destination (points, or areas by their point on surface) over a departure window: a journey leaves at every departure time (e.g. 07:00, 07:01 … 07:59), walks to a stop, rides and changes (transfers.txt where the feed has it, else walks between nearby stops), and walks to the destination, or walks all the way. The table gives per pair the median travel time over the window and the chosen percentile (as Conveyal's tools report them), waiting at the first stop included.&lt;br&gt;Only pairs reached within the longest travel time are written. Walking is the straight line × a detour factor at a walking speed; the settings are in the log.</source>
            <translation>Restider med kollektivtrafik från varje startpunkt till varje målpunkt (punkter, eller områden från en punkt inuti dem) över ett avgångsfönster: en resa startar vid varje avgångstid (t.ex. 07:00, 07:01 … 07:59), går till en hållplats, åker och byter (enligt transfers.txt där matningen har den, annars gång mellan närliggande hållplatser) och går till målpunkten, eller går hela vägen. Tabellen ger per par medianrestiden över fönstret och den valda percentilen (som Conveyals verktyg redovisar dem), väntan vid första hållplatsen inräknad.&lt;br&gt;Bara par som nås inom den längsta restiden skrivs ut. Gång räknas som fågelvägen × en omvägsfaktor vid en gånghastighet; inställningarna står i loggen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="69" />
            <source>Percentile besides the median</source>
            <translation>Percentil utöver medianen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="48" />
            <source>Origins (points or areas)</source>
            <translation>Startpunkter (punkter eller områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="49" />
            <source>Id field of the origins (empty: feature number)</source>
            <translation>Id-fält för startpunkterna (tomt: objektets nummer)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="55" />
            <source>Id field of the destinations (empty: feature number)</source>
            <translation>Id-fält för målpunkterna (tomt: objektets nummer)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="71" />
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="127" />
            <source>Travel-time matrix</source>
            <translation>Restidsmatris</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/travel_time_matrix.py" line="119" />
            <source>{pairs} origin–destination pairs reached of {all}.</source>
            <translation>{pairs} av {all} par av start- och målpunkt nås.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/opportunities.py" line="116" />
            <source>a number of opportunities</source>
            <comment>part of a message</comment>
            <translation>ett antal målpunkter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/footpaths.py" line="130" />
            <source>transfers.txt has no from_stop_id/to_stop_id; not used.</source>
            <translation>transfers.txt saknar from_stop_id/to_stop_id; filen används inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/footpaths.py" line="148" />
            <source>{unknown} rows of transfers.txt name stops not in stops.txt; they are not used.</source>
            <translation>{unknown} rader i transfers.txt anger hållplatser som inte finns i stops.txt; de används inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/opportunities.py" line="167" />
            <source>The longest travel time ({longest} min) is shorter than the cutoff {cutoff} min; raise the longest travel time.</source>
            <translation>Den längsta restiden ({longest} min) är kortare än gränsen {cutoff} min; höj den längsta restiden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/opportunities.py" line="197" />
            <source>The access table has no {cutoff}-minute count; add {cutoff} to the cutoffs.</source>
            <translation>Tabellen saknar antal inom {cutoff} minuter; lägg till {cutoff} bland restiderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/opportunities.py" line="119" />
            <source>The weight field '{field}' has negative values; a number of opportunities cannot be negative. Correct those values.</source>
            <translation>Viktfältet '{field}' har negativa värden; ett antal målpunkter kan inte vara negativt. Rätta de värdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/opportunities.py" line="115" />
            <source>weight</source>
            <comment>part of a message</comment>
            <translation>vikt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/travel_times.py" line="51" />
            <source>The departure window must end after it starts (e.g. 07:00–08:00).</source>
            <translation>Avgångsfönstret måste sluta efter att det börjar (t.ex. 07:00–08:00).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/routing/travel_times.py" line="53" />
            <source>The departure step and the longest travel time must be positive.</source>
            <translation>Avgångsintervallet och den längsta restiden måste vara positiva.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="68" />
            <source>Residents as points (used without a raster)</source>
            <translation>Invånare som punkter (används utan raster)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="76" />
            <source>Residents field of the points</source>
            <translation>Fält med invånare för punkterna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="178" />
            <source>Choose the residents field of the points.</source>
            <translation>Välj fältet med invånare för punkterna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="36" />
            <source>For every area, from its population-weighted centre (with a population raster or residents as points; else its point on surface) by public transport over the departure window:&lt;ul&gt;&lt;li&gt;the opportunities reachable within each chosen time (the sum of the destinations' weight field, e.g. jobs; 1 per destination without one), at the chosen percentile of the window (the median by default);&lt;/li&gt;&lt;li&gt;the minutes to the nearest destination;&lt;/li&gt;&lt;li&gt;the share of the region's opportunities reachable.&lt;/li&gt;&lt;/ul&gt;With an area type field and residents (raster or field), the gap table compares the residents of type 1–2 areas with those of type 4–5 areas: their median time to the nearest destination and the opportunities per resident reachable within the gap's time (45 minutes by default).&lt;p&gt;Origins: &lt;i&gt;the population-weighted centre&lt;/i&gt; routes each area from one point; &lt;i&gt;every populated cell&lt;/i&gt; routes from each cell of the raster (or each residents point) and weights the cells by their residents: the opportunities are the resident-weighted mean over the area's cells, the time to the nearest their resident-weighted median (the time by which half of the residents reach one). Slower (one journey per cell), closer to where people live.</source>
            <translation>För varje område, från dess befolkningsviktade mittpunkt (med ett befolkningsraster eller invånare som punkter; annars en punkt inuti området), med kollektivtrafik över avgångsfönstret:&lt;ul&gt;&lt;li&gt;de målpunkter som nås inom varje vald tid (summan av målpunkternas viktfält, t.ex. arbetstillfällen; 1 per målpunkt utan viktfält), vid den valda percentilen av fönstret (medianen om inget annat väljs);&lt;/li&gt;&lt;li&gt;minuter till närmaste målpunkt;&lt;/li&gt;&lt;li&gt;andelen av regionens målpunkter som nås.&lt;/li&gt;&lt;/ul&gt;Med ett fält för områdestyp och invånare (raster eller fält) jämför skillnadstabellen invånarna i områden av typ 1–2 med dem i typ 4–5: deras mediantid till närmaste målpunkt och målpunkterna per invånare som nås inom tabellens tid (45 minuter om inget annat väljs).&lt;p&gt;Startpunkter: &lt;i&gt;den befolkningsviktade mittpunkten&lt;/i&gt; beräknar varje område från en punkt; &lt;i&gt;varje befolkad ruta&lt;/i&gt; beräknar resan från varje ruta i rastret (eller varje invånarpunkt) och väger rutorna med deras invånare: målpunkterna blir det invånarviktade medelvärdet över områdets rutor, tiden till närmaste målpunkt deras invånarviktade median (den tid inom vilken hälften av invånarna når en). Långsammare (en resa per ruta), men närmare där människor bor.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="85" />
            <source>Where journeys start</source>
            <translation>Var resorna börjar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="87" />
            <source>The population-weighted centre of each area</source>
            <translation>Varje områdes befolkningsviktade mittpunkt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="88" />
            <source>Every populated cell of the raster (or residents point), weighted by its residents</source>
            <translation>Varje befolkad ruta i rastret (eller invånarpunkt), viktad med sina invånare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="191" />
            <source>Routing from every populated cell needs a population raster or residents as points; give one, or start from the population-weighted centres.</source>
            <translation>För att räkna från varje befolkad ruta behövs ett befolkningsraster eller invånare som punkter; ange ett av dem, eller börja från de befolkningsviktade mittpunkterna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="201" />
            <source>{areas} areas start from their {cells} populated cells, weighted by their residents (opportunities: the residents' mean; time to the nearest: the residents' median); {bare} areas without residents from their point on surface; {places} destinations with {total} opportunities.</source>
            <translation>{areas} områden börjar från sina {cells} befolkade rutor, viktade med sina invånare (målpunkter: invånarnas medelvärde; tid till närmaste: invånarnas median); {bare} områden utan invånare från en punkt inuti området; {places} målpunkter med {total} möjligheter.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="35" />
            <source>For every area, from its population-weighted centre (with a population raster or residents as points; else its point on surface) by public transport over the departure window:&lt;ul&gt;&lt;li&gt;the opportunities reachable within each chosen time (the sum of the destinations' weight field, e.g. jobs; 1 per destination without one), at the chosen percentile of the window (the median by default);&lt;/li&gt;&lt;li&gt;the minutes to the nearest destination;&lt;/li&gt;&lt;li&gt;the share of the region's opportunities reachable.&lt;/li&gt;&lt;/ul&gt;With an area type field and residents (raster or field), the gap table compares the residents of type 1–2 areas with those of type 4–5 areas: their median time to the nearest destination and the opportunities per resident reachable within the gap's time (45 minutes by default).</source>
            <translation>För varje område, från dess befolkningsviktade mittpunkt (med ett befolkningsraster eller invånare som punkter; annars en punkt inuti området), med kollektivtrafik över avgångsfönstret:&lt;ul&gt;&lt;li&gt;de målpunkter som nås inom varje vald tid (summan av målpunkternas viktfält, t.ex. arbetstillfällen; 1 per målpunkt utan viktfält), vid den valda percentilen av fönstret (medianen om inget annat väljs);&lt;/li&gt;&lt;li&gt;minuter till närmaste målpunkt;&lt;/li&gt;&lt;li&gt;andelen av regionens målpunkter som nås.&lt;/li&gt;&lt;/ul&gt;Med ett fält för områdestyp och invånare (raster eller fält) jämför skillnadstabellen invånarna i områden av typ 1–2 med dem i typ 4–5: deras mediantid till närmaste målpunkt och målpunkterna per invånare som nås inom tabellens tid (45 minuter om inget annat väljs).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/gtfs_stop_service.py" line="95" />
            <source>Departures per hour</source>
            <translation>Avgångar per timme</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="242" />
            <source>Opportunities within reach per area</source>
            <translation>Nåbara möjligheter per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/opportunities_by_area.py" line="284" />
            <source>Opportunities by area type</source>
            <translation>Nåbara möjligheter per områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="207" />
            <source>Public-transport access by area type</source>
            <translation>Tillgång till kollektivtrafik per områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="143" />
            <source>Quality classes A–F</source>
            <translation>Kvalitetsklasser A–F</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/transit_quality_classes.py" line="151" />
            <source>Stop categories</source>
            <translation>Hållplatskategorier</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/transit/gtfs_feed.py" line="137" />
            <source>The GTFS feed {source_path_name} is damaged: a file in it cannot be unpacked ({exc}). Download the feed again, or unzip it and choose the folder to see which file is broken.</source>
            <translation>GTFS-flödet {source_path_name} är skadat: en fil i det går inte att packa upp ({exc}). Ladda ned flödet igen, eller packa upp det och välj mappen för att se vilken fil som är trasig.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="136" />
            <source>No vehicle runs on {date} between {start} and {max} min after the last departure: every travel time is walked. Choose departures in the hours the feed has service.</source>
            <translation>Inget fordon går den {date} mellan {start} och {max} min efter den sista avgången: varje restid är gångtid. Välj avgångar under de timmar då flödet har trafik.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/transit/routing_params.py" line="152" />
            <source>{far} of {all} features of '{layer}' have no stop within {walk} m walked: they reach only what is within walking distance. Is the layer far from the feed's area, or in another coordinate reference system?</source>
            <translation>{far} av {all} objekt i '{layer}' har ingen hållplats inom {walk} m gång: de når bara det som ligger på gångavstånd. Ligger lagret långt från flödets område, eller i ett annat koordinatreferenssystem?</translation>
        </message>
    </context>
</TS>
