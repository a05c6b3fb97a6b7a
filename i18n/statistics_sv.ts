<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="30" />
            <source>Aggregate areas</source>
            <translation>Summera områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="33" />
            <source>DeSO statistics to RegSO, kommun, län or your own districts.</source>
            <translation>DeSO-statistik till RegSO, kommun, län eller egna stadsdelar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="34" />
            <source>aggregate</source>
            <translation>summera</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="34" />
            <source>stadsdel</source>
            <translation>stadsdel</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="34" />
            <source>district</source>
            <translation>planeringsområde</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="34" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="28" />
            <source>statistics</source>
            <translation>statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="35" />
            <source>Adds up the statistics of small areas (usually DeSO with statistics joined) to larger areas:&lt;ul&gt;&lt;li&gt;&lt;b&gt;RegSO, kommun or län&lt;/b&gt;: which larger area a DeSO lies in comes from a field (regsokod), from a key table (SCB's koppling_deso2018_regso2020.csv works as it is), or, for kommun and län, from the code itself. With geometry, the output areas are the union of their DeSO.&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own districts&lt;/b&gt; (stadsdelar, planning districts): each DeSO goes whole to the district that covers most of it, or to the one that holds its population centre (from a population grid when you give one, else a point inside the DeSO). The optional assignment table lists where each DeSO went.&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Counts&lt;/b&gt; are summed. A &lt;b&gt;share&lt;/b&gt; is never averaged: give it with the population it is a share of (e.g. 'Låg ekonomisk standard, procent' with 'Antal personer totalt'), or give a numerator and a denominator (e.g. 'arbetslösa' and 'totalt'); the new share is 100 × sum of numerators / sum of denominators.&lt;br&gt;A value SCB suppressed in one DeSO leaves that field empty for the larger area (the sum would be too small) unless you allow partial sums; the field 'note' says why. An output area with fewer inhabitants than the minimum (default 50) gets no values and is flagged 'suppressed', because small areas can identify people.</source>
            <translation>Summerar statistiken för små områden (oftast DeSO med kopplad statistik) till större områden:&lt;ul&gt;&lt;li&gt;&lt;b&gt;RegSO, kommun eller län&lt;/b&gt;: vilket större område en DeSO ligger i tas från ett fält (regsokod), från en nyckeltabell (SCB:s koppling_deso2018_regso2020.csv fungerar som den är) eller, för kommun och län, från själva koden. Med geometri blir de nya områdena sammanslagningen av sina DeSO.&lt;/li&gt;&lt;li&gt;&lt;b&gt;egna områden&lt;/b&gt; (stadsdelar, planeringsområden): varje DeSO förs i sin helhet till det område som täcker störst del av den, eller till det som rymmer dess befolkningstyngdpunkt (från ett befolkningsrutnät om du anger ett, annars en punkt inuti DeSO-området). Den valfria fördelningstabellen visar vart varje DeSO fördes.&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Antal&lt;/b&gt; summeras. En &lt;b&gt;andel&lt;/b&gt; medelvärdesbildas aldrig: ange den tillsammans med den befolkning den avser (t.ex. 'Låg ekonomisk standard, procent' med 'Antal personer totalt'), eller ange en täljare och en nämnare (t.ex. 'arbetslösa' och 'totalt'); den nya andelen är 100 × summan av täljarna / summan av nämnarna.&lt;br&gt;Ett värde som SCB skyddat i en DeSO gör att fältet lämnas tomt för det större området (summan skulle bli för liten), om du inte tillåter delsummor; fältet 'note' säger varför. Ett område med färre invånare än minimigränsen (standard 50) får inga värden och markeras 'suppressed', eftersom små områden kan röja enskilda personer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="127" />
            <source>Sum what there is when some DeSO values are suppressed</source>
            <translation>Summera det som finns när vissa DeSO-värden är skyddade</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="73" />
            <source>Small areas with statistics (e.g. DeSO)</source>
            <translation>Små områden med statistik (t.ex. DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="80" />
            <source>Code field (empty: found)</source>
            <translation>Kodfält (tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="88" />
            <source>Aggregate to</source>
            <translation>Summera till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="98" />
            <source>Count fields (summed)</source>
            <translation>Antalsfält (summeras)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="99" />
            <source>Shares (%) and the population each is a share of</source>
            <translation>Andelar (%) och den befolkning varje andel avser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="100" />
            <source>New shares from numerator and denominator</source>
            <translation>Nya andelar av täljare och nämnare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="33" />
            <source>Field with the target code (e.g. regsokod; empty: from the codes or a key table)</source>
            <translation>Fält med målområdets kod (t.ex. regsokod; tomt: ur koderna eller en nyckeltabell)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="41" />
            <source>Key table (csv), e.g. SCB's koppling_deso2018_regso2020.csv</source>
            <translation>Nyckeltabell (csv), t.ex. SCB:s koppling_deso2018_regso2020.csv</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="48" />
            <source>Districts (polygons)</source>
            <translation>Stadsdelar eller planeringsområden (polygoner)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="54" />
            <source>District name or id field (empty: the first field)</source>
            <translation>Fält med områdets namn eller id (tomt: första fältet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="62" />
            <source>A DeSO goes to the district</source>
            <translation>En DeSO hamnar i det område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="68" />
            <source>Population grid (persons per cell; optional)</source>
            <translation>Befolkningsrutnät (personer per ruta; valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="108" />
            <source>Population field for the minimum (e.g. the population total)</source>
            <translation>Befolkningsfält för minimigränsen (t.ex. folkmängden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="117" />
            <source>Withhold values of output areas with fewer inhabitants than</source>
            <translation>Redovisa inte värden för områden med färre invånare än</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="134" />
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="237" />
            <source>Aggregated areas</source>
            <translation>Summerade områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="140" />
            <source>Assignment of areas to districts</source>
            <translation>Fördelning av DeSO på områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="167" />
            <source>No code field found; choose the field that holds the area codes.</source>
            <translation>Inget kodfält hittades; välj fältet med områdeskoderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="173" />
            <source>Choose at least one count field, share or numerator/denominator pair.</source>
            <translation>Välj minst ett antalsfält, en andel eller ett par täljare/nämnare.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="42" />
            <source>Key tables (*.csv *.txt);;All files (*.*)</source>
            <translation>Nyckeltabeller (*.csv *.txt);;Alla filer (*.*)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="249" />
            <source>Shares</source>
            <translation>Andelar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="255" />
            <source>New shares</source>
            <translation>Nya andelar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="185" />
            <source>Choose the district layer to aggregate to.</source>
            <translation>Välj lagret med de områden som statistiken ska summeras till.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="37" />
            <source>Each row of '{}' needs all its fields filled in.</source>
            <translation>Varje rad i '{}' måste ha alla fält ifyllda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="89" />
            <source>districts (polygon layer below)</source>
            <translation>stadsdelar/planeringsområden (polygonlagret nedan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="126" />
            <source>Share field (%)</source>
            <translation>Andelsfält (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="126" />
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="135" />
            <source>Numerator field</source>
            <translation>Täljarfält</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="136" />
            <source>Denominator field</source>
            <translation>Nämnarfält</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="102" />
            <source>Name of the new share</source>
            <translation>Namn på den nya andelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="63" />
            <source>that covers most of its area</source>
            <translation>som täcker störst del av dess yta</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/params.py" line="63" />
            <source>that holds its population centre</source>
            <translation>som rymmer dess befolkningstyngdpunkt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="224" />
            <source>{0}: Σ({0} × {1}) / Σ {1}</source>
            <translation>{0}: Σ({0} × {1}) / Σ {1}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="226" />
            <source>{2} = 100 × Σ {0} / Σ {1}</source>
            <translation>{2} = 100 × Σ {0} / Σ {1}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="253" />
            <source>share {}</source>
            <translation>andel {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="272" />
            <source>district layer</source>
            <translation>områdeslagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="27" />
            <source>Import SCB table</source>
            <translation>Importera SCB-tabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="30" />
            <source>Statistics from Statistikdatabasen (xlsx, csv or the API) as a table.</source>
            <translation>Statistik från Statistikdatabasen (xlsx, csv eller API:et) som tabell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/get_boundaries.py" line="34" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="25" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="28" />
            <source>scb</source>
            <translation>scb</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <source>statistikdatabasen</source>
            <translation>statistikdatabasen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <source>pxweb</source>
            <translation>pxweb</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <source>import</source>
            <translation>importera</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="32" />
            <source>Reads a table from SCB's Statistikdatabasen the way you downloaded it, without editing it first:&lt;ul&gt;&lt;li&gt;&lt;b&gt;a file&lt;/b&gt;: an xlsx or csv export (any header layout, codes alone or with names, UTF-8 or Latin-1, ; or , separated, decimal comma), or a saved PxWebAPI response (json-stat2 or csv);&lt;/li&gt;&lt;li&gt;&lt;b&gt;or SCB's API&lt;/b&gt;: give the table id (e.g. TAB6574), the level (DeSO, RegSO...) and the kommuner or län you want; the tool fetches all their areas, in several calls when the table is large, and waits when SCB's limit of calls is reached.&lt;/li&gt;&lt;/ul&gt;The result is a table without geometry with one row per area and year: region_code (without the _DeSO2025 suffix), region_name, region_level, region_version, year, and one field per variable named as in SCB's header (e.g. 'förgymnasial utbildning'). Choose 'one row per area' to get fields such as '2021 förgymnasial utbildning' instead.&lt;br&gt;Cells SCB suppressed (.. . - or empty) are left empty, never zero, and counted in the log and the optional variables table, which also says whether a variable is a percentage or a count. A total of several variables (e.g. all education levels) can be added. Join the table to an area layer with 'Join statistics to areas'.</source>
            <translation>Läser en tabell från SCB:s Statistikdatabas som du laddade ner den, utan att du behöver redigera den först:&lt;ul&gt;&lt;li&gt;&lt;b&gt;en fil&lt;/b&gt;: en export i xlsx eller csv (valfri rubrikuppställning, koder med eller utan namn, UTF-8 eller Latin-1, ; eller , som avgränsare, decimalkomma), eller ett sparat svar från PxWebAPI (json-stat2 eller csv);&lt;/li&gt;&lt;li&gt;&lt;b&gt;eller SCB:s API&lt;/b&gt;: ange tabellens id (t.ex. TAB6574), nivån (DeSO, RegSO …) och de kommuner eller län du vill ha; verktyget hämtar alla deras områden, i flera anrop när tabellen är stor, och väntar när SCB:s gräns för antal anrop är nådd.&lt;/li&gt;&lt;/ul&gt;Resultatet är en tabell utan geometri med en rad per område och år: region_code (utan suffixet _DeSO2025), region_name, region_level, region_version, year och ett fält per variabel, namngivet som i SCB:s rubrik (t.ex. 'förgymnasial utbildning'). Välj 'en rad per område' för att i stället få fält som '2021 förgymnasial utbildning'.&lt;br&gt;Celler som SCB skyddat (.. . - eller tomma) lämnas tomma, aldrig noll, och räknas i loggen och i den valfria variabeltabellen, som också anger om en variabel är en andel i procent eller ett antal. En summa av flera variabler (t.ex. alla utbildningsnivåer) kan läggas till. Koppla tabellen till ett områdeslager med 'Koppla statistik till områden'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="82" />
            <source>SCB export or saved API response (xlsx, csv, json)</source>
            <translation>SCB-export eller sparat API-svar (xlsx, csv, json)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="89" />
            <source>Or fetch from SCB's API: table id (e.g. TAB6574)</source>
            <translation>Eller hämta från SCB:s API: tabell-id (t.ex. TAB6574)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="95" />
            <source>API: area level</source>
            <translation>API: områdesnivå</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="103" />
            <source>API: kommun or län codes to fetch (e.g. 0180, 0114; empty: all of Sweden)</source>
            <translation>API: kommun- eller länskoder att hämta (t.ex. 0180, 0114; tomt: hela Sverige)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="110" />
            <source>Years (e.g. 2021, 2022; empty: all in the file, latest from the API)</source>
            <translation>År (t.ex. 2021, 2022; tomt: alla i filen, senaste från API:et)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="117" />
            <source>Layout</source>
            <translation>Tabellform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="128" />
            <source>Add a total of these variables (names or parts of names separated by ';', * for all counts)</source>
            <translation>Lägg till en summa av dessa variabler (namn eller delar av namn åtskilda med ';', * för alla antal)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="136" />
            <source>Name of the total</source>
            <translation>Summans namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="142" />
            <source>API: other variables (e.g. Kon=1+2; Alder=totalt; empty: SCB's totals)</source>
            <translation>API: övriga variabler (t.ex. Kon=1+2; Alder=totalt; tomt: SCB:s totaler)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="147" />
            <source>API: code list of the regions (e.g. vs_DeSO2025; empty: found)</source>
            <translation>API: regionernas kodlista (t.ex. vs_DeSO2025; tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="152" />
            <source>API address</source>
            <translation>API-adress</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="159" />
            <source>Statistics table</source>
            <translation>Statistiktabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="164" />
            <source>Variables (unit, suppressed cells)</source>
            <translation>Variabler (enhet, skyddade celler)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="170" />
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="171" />
            <source>Suppressed cells</source>
            <translation>Skyddade celler</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="185" />
            <source>Choose a file, or give the id of a table in SCB's API.</source>
            <translation>Välj en fil, eller ange id för en tabell i SCB:s API.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="285" />
            <source>unit unknown</source>
            <translation>okänd enhet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="83" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="81" />
            <source>SCB tables (*.xlsx *.csv *.txt *.json);;All files (*.*)</source>
            <translation>SCB-tabeller (*.xlsx *.csv *.txt *.json);;Alla filer (*.*)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="204" />
            <source>{} calls to SCB's API.</source>
            <translation>{} anrop till SCB:s API.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="272" />
            <source>{title} ({ref}): {n} areas, years {years}, {v} variables.</source>
            <translation>{title} ({ref}): {n} områden, år {years}, {v} variabler.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="119" />
            <source>One row per area and year</source>
            <translation>En rad per område och år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="120" />
            <source>One row per area, fields '&lt;year&gt; &lt;variable&gt;'</source>
            <translation>En rad per område, fält '&lt;år&gt; &lt;variabel&gt;'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="182" />
            <source>Reading {}…</source>
            <translation>Läser {}…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="236" />
            <source>Added '{}' = {}.</source>
            <translation>Lade till '{}' = {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="273" />
            <source>untitled table</source>
            <translation>tabell utan rubrik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="282" />
            <source>percent</source>
            <translation>procent</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="283" />
            <source>count</source>
            <translation>antal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="284" />
            <source>amount (kr)</source>
            <translation>belopp (kr)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="289" />
            <source>  ({dim} is '{value}' for every variable; left out of the names)</source>
            <translation>  ({dim} är '{value}' för alla variabler; utelämnat i namnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="295" />
            <source>{} cells are suppressed or empty in the source; they are left empty (never zero).</source>
            <translation>{} celler är skyddade eller tomma i källan; de lämnas tomma (aldrig noll).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="222" />
            <source>The table has no statistics for {}; it has {}.</source>
            <translation>Tabellen har ingen statistik för {}; den har {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="24" />
            <source>Join statistics to areas</source>
            <translation>Koppla statistik till områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="27" />
            <source>Statistics onto DeSO, RegSO or kommun areas by code, with a report.</source>
            <translation>Statistik till DeSO, RegSO eller kommuner via koden, med en rapport.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="28" />
            <source>join</source>
            <translation>koppla</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="28" />
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="30" />
            <source>Adds statistics to an area layer (DeSO, RegSO, kommun, län; with or without geometry) by matching the area codes, and makes a &lt;b&gt;new&lt;/b&gt; layer: your layer is not changed.&lt;br&gt;The statistics are a table from 'Import SCB table' or an SCB file directly (xlsx, csv, json). Choose the years to join: one year gives fields named as the variables ('förgymnasial utbildning'); several give '2021 förgymnasial utbildning', '2022 …'. A prefix can tell tables apart when two have a variable of the same name.&lt;br&gt;The join report (a table, and the log) says what to check: how many areas got values; areas without statistics and statistics without an area, per kommun; codes that occur twice; areas whose values SCB suppressed (left empty, never zero), per kommun and year; and a warning when the statistics and the boundaries are of different DeSO versions (DeSO 2018 carries statistics up to 2023, DeSO 2025 from 2024).</source>
            <translation>Lägger till statistik i ett områdeslager (DeSO, RegSO, kommun, län; med eller utan geometri) genom att matcha områdeskoderna, och skapar ett &lt;b&gt;nytt&lt;/b&gt; lager: ditt lager ändras inte.&lt;br&gt;Statistiken är en tabell från 'Importera SCB-tabell' eller en SCB-fil direkt (xlsx, csv, json). Välj vilka år som ska kopplas: ett år ger fält med variablernas namn ('förgymnasial utbildning'); flera år ger '2021 förgymnasial utbildning', '2022 …'. Ett prefix skiljer tabeller åt när två har en variabel med samma namn.&lt;br&gt;Kopplingsrapporten (en tabell, och loggen) visar vad du bör kontrollera: hur många områden som fick värden; områden utan statistik och statistik utan område, per kommun; koder som förekommer två gånger; områden vars värden SCB skyddat (lämnas tomma, aldrig noll), per kommun och år; och en varning när statistiken och gränserna är av olika DeSO-versioner (DeSO 2018 bär statistik till och med 2023, DeSO 2025 från 2024).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="52" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="64" />
            <source>Code field of the areas (empty: found from the field names)</source>
            <translation>Områdenas kodfält (tomt: hittas utifrån fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="72" />
            <source>Statistics table (from 'Import SCB table')</source>
            <translation>Statistiktabell (från 'Importera SCB-tabell')</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="80" />
            <source>Or a statistics file (SCB xlsx, csv, json)</source>
            <translation>Eller en statistikfil (SCB:s xlsx, csv, json)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="88" />
            <source>Code field of the statistics table (empty: region_code or found)</source>
            <translation>Statistiktabellens kodfält (tomt: region_code eller hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="95" />
            <source>Years (e.g. 2022 or 2021, 2022; empty: all)</source>
            <translation>År (t.ex. 2022 eller 2021, 2022; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="101" />
            <source>Variables to join (names or parts of names separated by ';'; empty: all)</source>
            <translation>Variabler att koppla (namn eller delar av namn åtskilda med ';'; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="107" />
            <source>Prefix for the new fields (optional)</source>
            <translation>Prefix för de nya fälten (valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="112" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="120" />
            <source>Areas with statistics</source>
            <translation>Områden med statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="117" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="186" />
            <source>Join report</source>
            <translation>Kopplingsrapport</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="121" />
            <source>Areas without statistics</source>
            <translation>Områden utan statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="123" />
            <source>Statistics rows without an area</source>
            <translation>Statistikrader utan område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="139" />
            <source>Choose a statistics table or a statistics file.</source>
            <translation>Välj en statistiktabell eller en statistikfil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="159" />
            <source>New fields: {}</source>
            <translation>Nya fält: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="134" />
            <source>statistics table</source>
            <translation>statistiktabellen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="300" />
            <source>the years</source>
            <comment>part of a message</comment>
            <translation>åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="329" />
            <source>table {table}, call {k} of {len_chunks}</source>
            <comment>part of a message</comment>
            <translation>tabell {table}, anrop {k} av {len_chunks}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="76" />
            <source>The key table {path} has no rows.</source>
            <translation>Nyckeltabellen {path} har inga rader.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="116" />
            <source>The key table has no column of {codes_level_names_from_level} codes and one of {codes_level_names_to_level} codes (columns: {join_table_columns}). Name them.</source>
            <translation>Nyckeltabellen har ingen kolumn med {codes_level_names_from_level}-koder och en med {codes_level_names_to_level}-koder (kolumner: {join_table_columns}). Ange vilka de är.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="147" />
            <source>The key table has {int_bad_sum} rows without valid codes (lines {rows}).</source>
            <translation>Nyckeltabellen har {int_bad_sum} rader utan giltiga koder (rad {rows}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="168" />
            <source>The {codes_level_names_get_to_level} cannot be read from these codes; use a key table or a field with the target codes.</source>
            <translation>Vilken {codes_level_names_get_to_level} ett område hör till kan inte läsas ur de här koderna; använd en nyckeltabell eller ett fält med målområdenas koder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="217" />
            <source>There is no field '{name}' to aggregate (fields: {join_map_str_frame}).</source>
            <translation>Det finns inget fält '{name}' att summera (fält: {join_map_str_frame}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="206" />
            <source>grid population</source>
            <comment>part of a message</comment>
            <translation>befolkning från rutnätet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="122" />
            <source>The key table has no column {name} (it has {join_table_columns}).</source>
            <translation>Nyckeltabellen har ingen kolumn {name} (den har {join_table_columns}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate.py" line="154" />
            <source>The key table puts some areas in two places: {join_conflicting_duplicated_source}</source>
            <translation>Nyckeltabellen placerar vissa områden på två ställen: {join_conflicting_duplicated_source}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="105" />
            <source>{len_frame} {codes_level_names_get_detect_level} → {len_result} {codes_level_names_level} using {how}.</source>
            <translation>{len_frame} {codes_level_names_get_detect_level} → {len_result} {codes_level_names_level} med {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="243" />
            <source>{n_in} of {len_frame} areas assigned to {len_districts} districts by {how}.</source>
            <translation>{n_in} av {len_frame} områden fördelade på {len_districts} planeringsområden efter {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="85" />
            <source>Which {codes_level_names_level} a {codes_level_names_from_level} lies in cannot be read from its code. Choose the field that holds the target codes (e.g. regsokod) or a key table (e.g. SCB's koppling_deso2018_regso2020.csv).</source>
            <translation>Vilken {codes_level_names_level} en {codes_level_names_from_level} ligger i kan inte läsas ur dess kod. Välj fältet med målområdenas koder (t.ex. regsokod) eller en nyckeltabell (t.ex. SCB:s koppling_deso2018_regso2020.csv).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="64" />
            <source>The field {code_field} holds no area codes.</source>
            <translation>Fältet {code_field} innehåller inga områdeskoder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="67" />
            <source>The areas are {codes_level_names_from_level}: they can only be aggregated to a larger level than that, not to {codes_level_names_level}.</source>
            <translation>Områdena är {codes_level_names_from_level}: de kan bara summeras till en större nivå än så, inte till {codes_level_names_level}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="191" />
            <source>To withhold values of districts with few inhabitants the tool needs the population: choose the population field (e.g. a population total) or a population grid.</source>
            <translation>För att inte redovisa värden för områden med få invånare behöver verktyget befolkningen: välj befolkningsfältet (t.ex. folkmängden totalt) eller ett befolkningsrutnät.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="249" />
            <source>{join_n_m_counts_by} (population grid).</source>
            <translation>{join_n_m_counts_by} (befolkningsrutnät).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="256" />
            <source>{len_split} areas lie less than half inside the district they were given ({join_map_str_split}): check them in the assignment table.</source>
            <translation>{len_split} områden ligger till mindre än hälften inom det planeringsområde de fick ({join_map_str_split}): kontrollera dem i fördelningstabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="204" />
            <source>{len_outside} areas lie in no district and were left out.</source>
            <translation>{len_outside} områden ligger inte i något planeringsområde och togs inte med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="261" />
            <source>{int_empty_sum} districts got no area at all: {join_map_str_ids}.</source>
            <translation>{int_empty_sum} planeringsområden fick inget område alls: {join_map_str_ids}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="219" />
            <source>{unassigned} areas have no target in the key and were left out.</source>
            <translation>{unassigned} områden har inget målområde i nyckeln och togs inte med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="288" />
            <source>{len_small} output areas have fewer inhabitants than the minimum ({population}); their values are withheld: {join_map_str_small}.</source>
            <translation>{len_small} resultatområden har färre invånare än minimigränsen ({population}); deras värden redovisas inte: {join_map_str_small}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="288" />
            <source>{len_small} output areas have fewer inhabitants than the minimum; their values are withheld: {join_map_str_small}.</source>
            <translation>{len_small} resultatområden har färre invånare än minimigränsen; deras värden redovisas inte: {join_map_str_small}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="295" />
            <source>{len_incomplete} output areas contain suppressed source values; see the field '{note}' ({join_map_str_incomplete}).</source>
            <translation>{len_incomplete} resultatområden innehåller skyddade källvärden; se fältet '{note}' ({join_map_str_incomplete}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="299" />
            <source>Population in output areas: {result_population_sum}.</source>
            <translation>Befolkning i resultatområdena: {result_population_sum}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="232" />
            <source>The district layer already has a field '{col}'; rename it or choose other fields.</source>
            <translation>Områdeslagret har redan ett fält '{col}'; byt namn på det eller välj andra fält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_assignment.py" line="105" />
            <source>Unknown method '{method}': use '{overlap}' or '{centroid}'.</source>
            <translation>Okänd metod '{method}': använd '{overlap}' eller '{centroid}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_assignment.py" line="107" />
            <source>The district layer has no field {id_field}.</source>
            <translation>Områdeslagret har inget fält {id_field}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_assignment.py" line="110" />
            <source>The district field {id_field} must name each district once; it has empty or repeated values. Choose a field with a unique name or number per district.</source>
            <translation>Fältet {id_field} ska namnge varje planeringsområde en gång; det har tomma eller upprepade värden. Välj ett fält med ett unikt namn eller nummer per område.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_assignment.py" line="51" />
            <source>The population grid {raster_path} could not be opened: {exc}</source>
            <translation>Befolkningsrutnätet {raster_path} kunde inte öppnas: {exc}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="44" />
            <source>The field '{code_field}' is not in the layer (fields: {join_map_str_frame}). Choose the field that holds the area codes.</source>
            <translation>Fältet '{code_field}' finns inte i lagret (fält: {join_map_str_frame}). Välj fältet med områdeskoderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="51" />
            <source>No value in '{code_field}' is an area code (län 01, kommun 0114, RegSO 0114R001, DeSO 0114A0010). Choose the field that holds the codes.</source>
            <translation>Inget värde i '{code_field}' är en områdeskod (län 01, kommun 0114, RegSO 0114R001, DeSO 0114A0010). Välj fältet med koderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="117" />
            <source>The parent field '{field}' is not in the layer.</source>
            <translation>Fältet för överordnat område '{field}' finns inte i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="60" />
            <source>The area has no code.</source>
            <translation>Området har ingen kod.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="60" />
            <source>Fill in '{code_field}'.</source>
            <translation>Fyll i '{code_field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="70" />
            <source>'{raw}' is not a well-formed area code.</source>
            <translation>'{raw}' är ingen korrekt skriven områdeskod.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="71" />
            <source>Correct it to the {c_level_names_level} form of METHODS §1 (e.g. {examples_level}).</source>
            <translation>Rätta den till formen för {c_level_names_level} i METHODS §1 (t.ex. {examples_level}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="83" />
            <source>'{raw}' is a {c_level_names_parsed_level} code in a layer of {c_level_names_level} codes.</source>
            <translation>'{raw}' är en {c_level_names_parsed_level}-kod i ett lager med {c_level_names_level}-koder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="85" />
            <source>Remove the feature or correct its code.</source>
            <translation>Ta bort objektet eller rätta dess kod.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="96" />
            <source>The code {parsed_code} occurs more than once (also feature {seen_parsed_code}).</source>
            <translation>Koden {parsed_code} förekommer mer än en gång (även objekt {seen_parsed_code}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="97" />
            <source>Dissolve the parts into one feature or correct the code.</source>
            <translation>Slå ihop delarna till ett objekt eller rätta koden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="166" />
            <source>The feature has no geometry.</source>
            <translation>Objektet saknar geometri.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="167" />
            <source>Draw or restore its polygon, or remove the feature.</source>
            <translation>Rita eller återställ polygonen, eller ta bort objektet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="223" />
            <source>Overlaps feature {b} by {area} m².</source>
            <translation>Överlappar objekt {b} med {area} m².</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="224" />
            <source>Remove the overlap so that each place belongs to one area.</source>
            <translation>Ta bort överlappet så att varje plats hör till ett område.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="131" />
            <source>{own_code} has no valid {name} code in '{field}' (value: {parent_raw}).</source>
            <translation>{own_code} har ingen giltig {name}-kod i '{field}' (värde: {parent_raw}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="132" />
            <source>Fill in the {name} the area belongs to.</source>
            <translation>Fyll i vilken {name} området hör till.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="146" />
            <source>{own_code} lies in kommun {own_kommun} by its code, but '{field}' puts it in {name} {parent_code}.</source>
            <translation>{own_code} ligger enligt sin kod i kommun {own_kommun}, men '{field}' placerar det i {name} {parent_code}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="148" />
            <source>Correct the parent code; an area cannot cross a kommun border.</source>
            <translation>Rätta det överordnade områdets kod; ett område kan inte gå över en kommungräns.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="177" />
            <source>The geometry is a {geom_geom_type}, not a polygon.</source>
            <translation>Geometrin är en {geom_geom_type}, inte en polygon.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="178" />
            <source>Use a polygon layer of areas.</source>
            <translation>Använd ett polygonlager med områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="242" />
            <source>A gap of {hole_area} m² lies between the areas (near {x}, {y}).</source>
            <translation>Det finns en lucka på {hole_area} m² mellan områdena (nära {x}, {y}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="243" />
            <source>If it is not a lake or sea on purpose, extend the neighbouring areas to close it.</source>
            <translation>Om det inte är en sjö eller ett hav som utelämnats med avsikt, utvidga grannområdena så att luckan stängs.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="189" />
            <source>Invalid geometry: {reason}.</source>
            <translation>Ogiltig geometri: {reason}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="190" />
            <source>Repair it with Processing › Fix geometries (a copy; your layer is not changed).</source>
            <translation>Reparera den med Processing › Laga geometrier (en kopia; ditt lager ändras inte).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="341" />
            <source>{report_matched} of {len_areas} {level_name} got statistics ({len_values_columns} fields).</source>
            <translation>{report_matched} av {len_areas} {level_name} fick statistik ({len_values_columns} fält).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="105" />
            <source>{join_unmatched}: not among the {what}. They are: {join_dict_fromkeys_bare}</source>
            <translation>{join_unmatched}: finns inte bland {what}. De är: {join_dict_fromkeys_bare}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="160" />
            <source>statistics' variables</source>
            <comment>part of a message</comment>
            <translation>statistikens variabler</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="194" />
            <source>table's fields</source>
            <comment>part of a message</comment>
            <translation>tabellens fält</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="223" />
            <source>The statistics' field {code_field} holds no area codes (e.g. '{len_wide_code_field_iloc}').</source>
            <translation>Statistikens fält {code_field} innehåller inga områdeskoder (t.ex. '{len_wide_code_field_iloc}').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="262" />
            <source>The area layer has no field with area codes. Choose the code field (its fields: {join_map_str_areas}).</source>
            <translation>Områdeslagret har inget fält med områdeskoder. Välj kodfältet (lagrets fält: {join_map_str_areas}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="290" />
            <source>Statistics rows that occurred twice with the same values were used once.</source>
            <translation>Statistikrader som förekom två gånger med samma värden användes en gång.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="70" />
            <source>No area got statistics: the codes in {field_name} ({a}) match none of the statistics' codes ({s}). The statistics are for {codes_level_names_stats_level} but the layer has {codes_level_names_area_level}: use a layer of the same level, or aggregate first.</source>
            <translation>Inget område fick statistik: koderna i {field_name} ({a}) matchar ingen av statistikens koder ({s}). Statistiken gäller {codes_level_names_stats_level} men lagret har {codes_level_names_area_level}: använd ett lager på samma nivå, eller summera först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="70" />
            <source>No area got statistics: the codes in {field_name} ({a}) match none of the statistics' codes ({s}). Check that both cover the same kommuner and use the same code field.</source>
            <translation>Inget område fick statistik: koderna i {field_name} ({a}) matchar ingen av statistikens koder ({s}). Kontrollera att båda täcker samma kommuner och använder samma kodfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="175" />
            <source>The statistics table has no field with area codes. Choose the code field (its fields: {join_map_str_wide}).</source>
            <translation>Statistiktabellen har inget fält med områdeskoder. Välj kodfältet (tabellens fält: {join_map_str_wide}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="283" />
            <source>The statistics have {len_codes_dup} codes more than once with different values ({join_codes_dup}). Remove the duplicates and join again.</source>
            <translation>Statistiken har {len_codes_dup} koder mer än en gång med olika värden ({join_codes_dup}). Ta bort dubbletterna och koppla igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="308" />
            <source>The layer already has a field '{var}'; the statistics' field is called '{name}'. Use a prefix to name them yourself.</source>
            <translation>Lagret har redan ett fält '{var}'; statistikens fält heter '{name}'. Använd ett prefix för att namnge dem själv.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="90" />
            <source>{len_twice} codes occur more than once in the area layer ({join_twice}); each of those features got the same values. Check the layer with 'Check area layer'.</source>
            <translation>{len_twice} koder förekommer mer än en gång i områdeslagret ({join_twice}); alla de objekten fick samma värden. Kontrollera lagret med 'Kontrollera områdeslager'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="99" />
            <source>{bad} features of the area layer have no valid code and got no statistics.</source>
            <translation>{bad} objekt i områdeslagret har ingen giltig kod och fick ingen statistik.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="113" />
            <source>{len_missing} {level_name} in {kommun} {verb_len_missing} not in the statistics table: they get no values. If the table covers the kommun, the table and the layer may be of different DeSO/RegSO versions.</source>
            <translation>{len_missing} {level_name} i {kommun} {verb_len_missing} inte med i statistiktabellen: de får inga värden. Om tabellen täcker kommunen kan tabellen och lagret vara av olika DeSO/RegSO-versioner.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="119" />
            <source>{len_missing} {level_name} in {kommun} {verb_len_missing} no values: the statistics table does not cover kommun {kommun}. Export the table for it too.</source>
            <translation>{len_missing} {level_name} i {kommun} {verb_len_missing} inga värden: statistiktabellen täcker inte kommun {kommun}. Exportera tabellen för den också.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="119" />
            <source>gets</source>
            <comment>part of a message</comment>
            <translation>får</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="119" />
            <source>get</source>
            <comment>part of a message</comment>
            <translation>får</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="134" />
            <source>{len_rows} codes of the statistics in {kommun} have no area in the layer ({join_sorted_rows}…): the layer may be of another DeSO/RegSO version, or miss areas.</source>
            <translation>{len_rows} av statistikens koder i {kommun} har inget område i lagret ({join_sorted_rows}…): lagret kan vara av en annan DeSO/RegSO-version, eller sakna områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="143" />
            <source>{outside} rows of the statistics are for areas outside the layer's kommuner; they were not used.</source>
            <translation>{outside} rader i statistiken gäller områden utanför lagrets kommuner; de användes inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="179" />
            <source>{len_missing} {level_name} in {kommun} {verb_len_missing} no value{when} in some fields: {why}. They are left empty, never zero.</source>
            <translation>{len_missing} {level_name} i {kommun} {verb_len_missing} inget värde{when} i vissa fält: {why}. De lämnas tomma, aldrig noll.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="179" />
            <source>has</source>
            <comment>part of a message</comment>
            <translation>har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="179" />
            <source>have</source>
            <comment>part of a message</comment>
            <translation>har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="170" />
            <source>for {year}</source>
            <comment>part of a message</comment>
            <translation>för {year}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="173" />
            <source>they are suppressed in the export ({marks}), as SCB does when numbers are too small or uncertain</source>
            <comment>part of a message</comment>
            <translation>de är skyddade i exporten ({marks}), som SCB gör när antalen är för små eller osäkra</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="175" />
            <source>the statistics table has no value for them (suppressed or missing in the source)</source>
            <comment>part of a message</comment>
            <translation>statistiktabellen har inget värde för dem (skyddat eller saknas i källan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="117" />
            <source>{label} is not a JSON-stat 2.0 dataset (no class 'dataset' with dimensions). Ask the PxWebAPI for outputFormat=json-stat2.</source>
            <translation>{label} är inget JSON-stat 2.0-dataset (ingen class 'dataset' med dimensioner). Be PxWebAPI om outputFormat=json-stat2.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="111" />
            <source>the JSON-stat response</source>
            <comment>part of a message</comment>
            <translation>JSON-stat-svaret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="126" />
            <source>{label}: the dimension sizes {declared_sizes} do not match the categories.</source>
            <translation>{label}: dimensionernas storlekar {declared_sizes} stämmer inte med kategorierna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="137" />
            <source>{label} has no region dimension; the table is not regional.</source>
            <translation>{label} har ingen regiondimension; tabellen är inte regional.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="161" />
            <source>{len_dropped} regions are not area codes and were left out ({join_dropped}).</source>
            <translation>{len_dropped} regioner är inga områdeskoder och togs inte med ({join_dropped}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="178" />
            <source>{label} has no time dimension; the year is left empty.</source>
            <translation>{label} har ingen tidsdimension; året lämnas tomt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="211" />
            <source>{label} has no values for area codes.</source>
            <translation>{label} har inga värden för områdeskoder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="33" />
            <source>{label} is not valid JSON ({exc}).</source>
            <translation>{label} är inte giltig JSON ({exc}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="87" />
            <source>{label} has {len_raw} values but its dimensions make {n} cells: the response is incomplete. Fetch it again.</source>
            <translation>{label} har {len_raw} värden men dess dimensioner ger {n} celler: svaret är ofullständigt. Hämta det igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="100" />
            <source>{label} has no values.</source>
            <translation>{label} har inga värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/jsonstat.py" line="172" />
            <source>{label} has periods that are not years ({join_bad}); only yearly statistics can be joined to areas. Choose a yearly table.</source>
            <translation>{label} har perioder som inte är år ({join_bad}); bara årsstatistik kan kopplas till områden. Välj en tabell med årsvärden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/boundary_files.py" line="38" />
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="53" />
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="48" />
            <source>The file {path} does not exist.</source>
            <translation>Filen {path} finns inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="147" />
            <source>SCB's API kept answering 'too many requests' for {url}.</source>
            <translation>SCB:s API svarade hela tiden 'för många anrop' (too many requests) för {url}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="309" />
            <source>Fetching table {table} ({meta_title}): {len_region_list} {codes_level_names_get_level} in {len_chunks} call(s).</source>
            <translation>Hämtar tabell {table} ({meta_title}): {len_region_list} {codes_level_names_get_level} i {len_chunks} anrop.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="222" />
            <source>Table {meta_table} has no region variable; it is not regional.</source>
            <translation>Tabell {meta_table} har ingen regionvariabel; den är inte regional.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="242" />
            <source>Table {meta_table} has no {codes_level_names_get_level} codes{where} in the code list {codelist}. Check the level, the area codes and the table.</source>
            <translation>Tabell {meta_table} har inga {codes_level_names_get_level}-koder{where} i kodlistan {codelist}. Kontrollera nivån, områdeskoderna och tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="240" />
            <source>in {join_areas}</source>
            <comment>part of a message</comment>
            <translation>i {join_areas}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="242" />
            <source>Table {meta_table} has no {codes_level_names_get_level} codes{where}. Check the level, the area codes and the table.</source>
            <translation>Tabell {meta_table} har inga {codes_level_names_get_level}-koder{where}. Kontrollera nivån, områdeskoderna och tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="259" />
            <source>Table {table} has no {codes_level_names_get_level} codes and no code list for them (its code lists: {lists}).</source>
            <translation>Tabell {table} har inga {codes_level_names_get_level}-koder och ingen kodlista för dem (tabellens kodlistor: {lists}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="299" />
            <source>One area alone needs {per_combo} cells of table {table}, more than the {max_cells} SCB allows per call. Choose fewer values.</source>
            <translation>Ett enda område behöver {per_combo} celler ur tabell {table}, fler än de {max_cells} som SCB tillåter per anrop. Välj färre värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="341" />
            <source>Waited {limiter_waited} s to keep within SCB's call limit.</source>
            <translation>Väntade {limiter_waited} s för att hålla SCB:s gräns för antal anrop.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="351" />
            <source>Table {meta_table} has no variable {join_unknown}; its variables are {join_v_id_label}.</source>
            <translation>Tabell {meta_table} har ingen variabel {join_unknown}; dess variabler är {join_v_id_label}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="181" />
            <source>SCB's API sent something that is not JSON for {path}.</source>
            <translation>SCB:s API skickade något som inte är JSON för {path}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="172" />
            <source>SCB's API answered {exc_code} – {what} – for {url}: {detail}</source>
            <translation>SCB:s API svarade {exc_code} – {what} – för {url}: {detail}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="172" />
            <source>SCB's API answered {exc_code} – {what} – for {url}.</source>
            <translation>SCB:s API svarade {exc_code} – {what} – för {url}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="152" />
            <source>Could not reach SCB's API ({url}): {reason}. Check the internet connection (or the proxy settings), or download the table from Statistikdatabasen as xlsx or csv and import the file instead.</source>
            <translation>Kunde inte nå SCB:s API ({url}): {reason}. Kontrollera internetanslutningen (eller proxyinställningarna), eller ladda ner tabellen från Statistikdatabasen som xlsx eller csv och importera filen i stället.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="144" />
            <source>SCB's API did not answer within {timeout} s ({url}). Try again later, or download the table from Statistikdatabasen and import the file.</source>
            <translation>SCB:s API svarade inte inom {timeout} s ({url}). Försök igen senare, eller ladda ner tabellen från Statistikdatabasen och importera filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="365" />
            <source>Table {meta_table} has no statistics for {join_missing}; it has {var_codes}–{var_codes_2}.</source>
            <translation>Tabell {meta_table} har ingen statistik för {join_missing}; den har {var_codes}–{var_codes_2}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="375" />
            <source>{var_id} ({var_label}) in table {meta_table} has no value {join_bad}; it has {join_var_codes}.</source>
            <translation>{var_id} ({var_label}) i tabell {meta_table} har inget värde {join_bad}; den har {join_var_codes}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb_metadata.py" line="36" />
            <source>The metadata of table {table} has no variables (no 'dimension').</source>
            <translation>Metadata för tabell {table} har inga variabler (ingen 'dimension').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb_metadata.py" line="77" />
            <source>'{part_strip}' is not a selection. Write variable=code,code (e.g. Kon=1+2), several separated by ';'.</source>
            <translation>'{part_strip}' är inget urval. Skriv variabel=kod,kod (t.ex. Kon=1+2), flera åtskilda med ';'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="64" />
            <source>{label} is an old Excel file (xls). Save it as xlsx or csv and import that file.</source>
            <translation>{label} är en Excel-fil i det gamla formatet (xls). Spara den som xlsx eller csv och importera den filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="113" />
            <source>{label} has no sheets.</source>
            <translation>{label} har inga blad.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="129" />
            <source>{label}: {len_layout_skipped} rows among the data have no area code and were left out: {listed}.</source>
            <translation>{label}: {len_layout_skipped} rader bland data har ingen områdeskod och togs inte med: {listed}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="105" />
            <source>{label}, sheet {name}</source>
            <comment>part of a message</comment>
            <translation>{label}, blad {name}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="249" />
            <source>{label} has headers but no rows with area codes and values.</source>
            <translation>{label} har rubriker men inga rader med områdeskoder och värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="261" />
            <source>{label}: {len_unreadable} cells are not numbers and were left empty ({examples}).</source>
            <translation>{label}: {len_unreadable} celler är inte tal och lämnades tomma ({examples}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="55" />
            <source>{label} ends in {path_suffix} but is not an Excel workbook; it may be damaged or a renamed text file. Download it again from Statistikdatabasen.</source>
            <translation>{label} slutar på {path_suffix} men är ingen Excel-arbetsbok; den kan vara skadad eller en omdöpt textfil. Ladda ner den igen från Statistikdatabasen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="59" />
            <source>{label} is an Excel workbook although it ends in {path_suffix}.</source>
            <translation>{label} är en Excel-arbetsbok fast filnamnet slutar på {path_suffix}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="93" />
            <source>{label} could not be read as an Excel workbook: it is damaged or incomplete (was the download interrupted?). Download it again. ({exc})</source>
            <translation>{label} kunde inte läsas som en Excel-arbetsbok: den är skadad eller ofullständig (avbröts nedladdningen?). Ladda ner den igen. ({exc})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="161" />
            <source>{label} has no year column or heading; the year {title_year} was taken from the title.</source>
            <translation>{label} har ingen årskolumn eller årsrubrik; året {title_year} togs från rubriken.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="166" />
            <source>{label} has no year in its headings, columns or title; the year is left empty.</source>
            <translation>{label} har inget år i rubrikerna, kolumnerna eller titeln; året lämnas tomt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="257" />
            <source>{label}: {len_unreadable} cells are not numbers ({examples}). This does not look like a table of statistics from Statistikdatabasen.</source>
            <translation>{label}: {len_unreadable} celler är inte tal ({examples}). Det här ser inte ut som en statistiktabell från Statistikdatabasen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_layout.py" line="131" />
            <source>{label} has no area codes (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01) in its first columns, so it is not a regional table from Statistikdatabasen. Export the table with the region codes (or codes and names) as rows.</source>
            <translation>{label} har inga områdeskoder (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01) i de första kolumnerna och är alltså ingen regional tabell från Statistikdatabasen. Exportera tabellen med regionkoderna (eller koder och namn) som rader.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_layout.py" line="126" />
            <source>{label} has headings but no rows with area codes: the export is empty (was nothing selected in Statistikdatabasen?) or was cut off. Export it again with the regions chosen.</source>
            <translation>{label} har rubriker men inga rader med områdeskoder: exporten är tom (valdes ingenting i Statistikdatabasen?) eller avbröts. Exportera den igen med regionerna valda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_layout.py" line="232" />
            <source>{label} has no header row above the first area code (row {first}), so the variables and years are unknown. Export the table with its headings.</source>
            <translation>{label} har ingen rubrikrad ovanför den första områdeskoden (rad {first}), så variablerna och åren är okända. Exportera tabellen med rubriker.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_layout.py" line="278" />
            <source>{label} has area codes but no columns with values under a heading. Is it an export from Statistikdatabasen?</source>
            <translation>{label} har områdeskoder men inga kolumner med värden under en rubrik. Är det en export från Statistikdatabasen?</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="179" />
            <source>{len_regions} areas occur twice with identical values ({join_regions}{len_regions_2}); each was read once.</source>
            <translation>{len_regions} områden förekommer två gånger med identiska värden ({join_regions}{len_regions_2}); vart och ett lästes en gång.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="51" />
            <source>{len_restored} region codes had lost their leading zero ({examples}), probably because the file was opened and saved in Excel. The zeros were put back; check that the codes are right.</source>
            <translation>{len_restored} regionkoder hade tappat sin inledande nolla ({examples}), troligen för att filen öppnats och sparats i Excel. Nollorna lades tillbaka; kontrollera att koderna stämmer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="167" />
            <source>The same area occurs more than once with different values: {join_details}. Remove the duplicate rows (or export the table again) and import it again.</source>
            <translation>Samma område förekommer mer än en gång med olika värden: {join_details}. Ta bort dubblettraderna (eller exportera tabellen igen) och importera den igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="41" />
            <source>'{raw}' is not an area code.</source>
            <translation>'{raw}' är ingen områdeskod.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="285" />
            <source>{n} codes occur in two versions (with and without a version suffix) for the same year; for each the version with values was kept.</source>
            <translation>{n} koder förekommer i två versioner (med och utan versionssuffix) för samma år; för varje kod behölls versionen med värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="251" />
            <source>Plain variable names need one year; choose one year or keep the year.</source>
            <translation>Variabelnamn utan år kräver ett enda år; välj ett år eller behåll året i namnen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="323" />
            <source>No variables match '{of}' for the total '{name}'. The table has: {join_variables}</source>
            <translation>Inga variabler matchar '{of}' för summan '{name}'. Tabellen har: {join_variables}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="327" />
            <source>The table already has a variable '{name}'; choose another name.</source>
            <translation>Tabellen har redan en variabel '{name}'; välj ett annat namn.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="355" />
            <source>{label} hold no statistics.</source>
            <translation>{label} innehåller ingen statistik.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="350" />
            <source>the parts</source>
            <comment>part of a message</comment>
            <translation>delarna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb.py" line="335" />
            <source>the {len_chunks} parts of table {table}</source>
            <comment>part of a message</comment>
            <translation>de {len_chunks} delarna av tabell {table}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="369" />
            <source>{label} overlap: {join_dup_astype_str} occur twice.</source>
            <translation>{label} överlappar: {join_dup_astype_str} förekommer två gånger.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="243" />
            <source>The table has no statistics for {join_map_str_missing}; it has {join_map_str_sorted}.</source>
            <translation>Tabellen har ingen statistik för {join_map_str_missing}; den har {join_map_str_sorted}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="244" />
            <source>no years</source>
            <comment>part of a message</comment>
            <translation>inga år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_table.py" line="304" />
            <source>'{text}' is not a year. Write years like {years_example}.</source>
            <translation>'{text}' är inget år. Skriv år som {years_example}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="161" />
            <source>{region_of_cell_cell} ({var_names_cell_n_vars}, {year}) at {places}</source>
            <comment>part of a message</comment>
            <translation>{region_of_cell_cell} ({var_names_cell_n_vars}, {year}) på {places}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="161" />
            <source>{region_of_cell_cell} ({var_names_cell_n_vars}) at {places}</source>
            <comment>part of a message</comment>
            <translation>{region_of_cell_cell} ({var_names_cell_n_vars}) på {places}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="149" />
            <source>{summed} {noun} → {len_result} {target_noun} using {how}.</source>
            <translation>{summed} {noun} → {len_result} {target_noun} med {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="148" />
            <source>{used} of {len_frame}</source>
            <comment>part of a message</comment>
            <translation>{used} av {len_frame}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="196" />
            <source>The district layer has no features: there is nothing to aggregate to. Choose a layer with your districts (is a filter hiding them?).</source>
            <translation>Lagret med planeringsområden har inga objekt: det finns inget att summera till. Välj ett lager med dina planeringsområden (döljer ett filter dem?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_report.py" line="67" />
            <source>{len_blank} {noun} have no code in '{code_field}' (feature {listed_blank_index}{residents_blank_name}) and were left out: fill in their codes, or remove them if they do not belong. {len_held} of them name a {target_noun} ({listed_sorted_set_held}), whose values are left empty (with 'Sum what there is': too small) and explained in 'note'.</source>
            <translation>{len_blank} {noun} har ingen kod i '{code_field}' (objekt {listed_blank_index}{residents_blank_name}) och togs inte med: fyll i deras koder, eller ta bort dem om de inte hör dit. {len_held} av dem anger {target_noun} ({listed_sorted_set_held}); där lämnas värdena tomma (med 'Summera det som finns': för små) och förklaras i 'note'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_report.py" line="81" />
            <source>{len_lost} {noun} {no_target} and were left out ({listed_lost_code}; feature {listed_lost_index}{residents_lost_name}). {len_held} of them name a {target_noun} ({listed_sorted_set_held}), whose values are left empty (with 'Sum what there is': too small) and explained in 'note'.</source>
            <translation>{len_lost} {noun} {no_target} och togs inte med ({listed_lost_code}; objekt {listed_lost_index}{residents_lost_name}). {len_held} av dem anger {target_noun} ({listed_sorted_set_held}); där lämnas värdena tomma (med 'Summera det som finns': för små) och förklaras i 'note'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="151" />
            <source>have no {target_noun} in {how}</source>
            <comment>part of a message</comment>
            <translation>saknar {target_noun} i {how}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="151" />
            <source>the key</source>
            <comment>part of a message</comment>
            <translation>nyckeln</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/aggregate_areas.py" line="264" />
            <source>lie in no district</source>
            <comment>part of a message</comment>
            <translation>ligger inte i något planeringsområde</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/area_checks.py" line="267" />
            <source>The area layer has no features: there is nothing to check. Choose a layer with areas (is a filter or a selection hiding them?).</source>
            <translation>Områdeslagret har inga objekt: det finns inget att kontrollera. Välj ett lager med områden (döljer ett filter eller ett urval dem?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="145" />
            <source>The statistics table has no rows: there is nothing to join. Import the table again, or choose another (is a filter hiding its rows?).</source>
            <translation>Statistiktabellen har inga rader: det finns inget att koppla. Importera tabellen igen, eller välj en annan (döljer ett filter dess rader?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="319" />
            <source>The area layer has no features: the output is empty, with the statistics' fields.</source>
            <translation>Områdeslagret har inga objekt: resultatet är tomt, med statistikens fält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join_report.py" line="203" />
            <source>The statistics are {newer} ({statistics_reason}), but nothing tells the version of the areas (no suffix on their codes, no version in the code field's or the layer's name, not the national number of areas). If they are {older}, codes that exist in both versions are joined although they may not cover the same ground: use SCB's layer {layer}, or put the version in the layer's name (e.g. {layer}) to say which it is.</source>
            <translation>Statistiken är {newer} ({statistics_reason}), men inget visar vilken version områdena har (inget suffix på koderna, ingen version i kodfältets eller lagrets namn, inte hela landets antal områden). Om de är {older} kopplas koder som finns i båda versionerna, fast de kanske inte täcker samma yta: använd SCB:s lager {layer}, eller skriv versionen i lagrets namn (t.ex. {layer}) för att visa vilken det är.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="194" />
            <source>{label}: columns {first} and {second} have the same heading ('{names_key}'{year}; {heading}), so every area would have two values for it. A heading row, often the one with the years, is missing: export the table again with all its headings, or give the columns different headings.</source>
            <translation>{label}: kolumnerna {first} och {second} har samma rubrik ('{names_key}'{year}; {heading}), så varje område skulle få två värden för den. En rubrikrad, ofta den med åren, saknas: exportera tabellen igen med alla rubriker, eller ge kolumnerna olika rubriker.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="191" />
            <source>and the year {key}</source>
            <comment>part of a message</comment>
            <translation>och året {key}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="191" />
            <source>and no year</source>
            <comment>part of a message</comment>
            <translation>och inget år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_export.py" line="192" />
            <source>the top</source>
            <comment>part of a message</comment>
            <translation>överst</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="81" />
            <source>{label}: {len_bad} rows do not have as many fields as the heading on line {text_line_of_heading} ({width}, separated by {sep}): {listed}. {why}</source>
            <translation>{label}: {len_bad} rader har inte lika många fält som rubriken på rad {text_line_of_heading} ({width}, avgränsade med {sep}): {listed}. {why}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="50" />
            <source>tab</source>
            <comment>part of a message</comment>
            <translation>tabb</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="71" />
            <source>The file is separated by commas and its numbers have decimal commas (3,5), so one number cannot be told from two. {export_again} ("3,5").</source>
            <comment>part of a message</comment>
            <translation>Filen har kommatecken som avgränsare och dess tal har decimalkomma (3,5), så ett tal kan inte skiljas från två. {export_again} ("3,5").</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="76" />
            <source>The values would land in the wrong columns. Check those lines (a value missing, one too many, or a separator inside a value that is not in quotes), or export the table again.</source>
            <comment>part of a message</comment>
            <translation>Värdena skulle hamna i fel kolumner. Kontrollera de raderna (ett värde som saknas, ett för mycket, eller en avgränsare inuti ett värde som inte står inom citattecken), eller exportera tabellen igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="54" />
            <source>{label}, line {text_line_of_row}: the heading has a comma followed by a space ('{short_join_text_rows}'), but commas also separate the columns, so the headings and the values cannot be told apart. {export_again}.</source>
            <translation>{label}, rad {text_line_of_row}: rubriken har ett kommatecken följt av ett mellanslag ('{short_join_text_rows}'), men kommatecken skiljer också kolumnerna åt, så rubrikerna och värdena kan inte hållas isär. {export_again}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_text_checks.py" line="36" />
            <source>{label}, line {start}: a value in quotes runs over {end_start} lines, to line {end}, so the rows in between would be lost ('{short_cell}'). A quote (") is missing or one too many on line {start}: correct it in a text editor, or export the table again.</source>
            <translation>{label}, rad {start}: ett värde inom citattecken sträcker sig över {end_start} rader, till rad {end}, så raderna däremellan skulle gå förlorade ('{short_cell}'). Ett citattecken (") saknas eller är ett för mycket på rad {start}: rätta det i en textredigerare, eller exportera tabellen igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/statistics_build.py" line="167" />
            <source>The same area occurs more than once with different values: {join_details}. Remove the duplicate rows (or export the table again) and import it again. A year or heading cell left empty on such a line is taken from the line above it: fill it in.</source>
            <translation>Samma område förekommer mer än en gång med olika värden: {join_details}. Ta bort dubblettraderna (eller exportera tabellen igen) och importera den igen. En års- eller rubrikcell som lämnats tom på en sådan rad tas från raden ovanför: fyll i den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="32" />
            <source>Reads a table from SCB's Statistikdatabasen the way you downloaded it, without editing it first:&lt;ul&gt;&lt;li&gt;&lt;b&gt;a file&lt;/b&gt;: an xlsx or csv export (any header layout, codes alone or with names, UTF-8 or Latin-1, ; or , separated, decimal comma), or a saved PxWebAPI response (json-stat2 or csv);&lt;/li&gt;&lt;li&gt;&lt;b&gt;or SCB's API&lt;/b&gt;: give the table id (e.g. TAB6574), the level (DeSO, RegSO...) and the kommuner or län you want; the tool fetches all their areas, in several calls when the table is large, and waits when SCB's limit of calls is reached.&lt;/li&gt;&lt;/ul&gt;The result is a table without geometry with one row per area and year: region_code (without the _DeSO2025 suffix), region_name, region_level, region_version, year, and one field per variable named as in SCB's header (e.g. 'förgymnasial utbildning'). Choose 'one row per area' to get fields such as '2021 förgymnasial utbildning' instead.&lt;br&gt;Cells SCB suppressed (.. . - or empty) are left empty, never zero, and counted in the log and the optional variables table, which also says whether a variable is a percentage or a count. A total of several variables (e.g. all education levels) can be added. SCB's standard tables (low/high economic standard 000006TA, education 25–64 000005MO, labour-market status 000007A8, tenure 000006OC, birth region 000005FB, background 000005FE, households 000005F8, house type 000005LO, income 000005FM, age 000005FF) are recognised by the code at the end of the export or by the title: the code goes in the field scb_table, the layer is named after the table and its year (e.g. 'Utbildningsnivå 25–64 år 2022 (000005MO)'), and where SCB leaves the total out it is added: 'totalt 25-64 år' is all five education levels including 'uppgift saknas', as SCB's totals are. Header rows that say whom the counts are of (e.g. '16-64 år') stay in the field names ('antal arbetslösa 16-64 år'). Join the table to an area layer with 'Join statistics to areas'.</source>
            <translation>Läser en tabell från SCB:s Statistikdatabas som du laddade ner den, utan att du behöver redigera den först:&lt;ul&gt;&lt;li&gt;&lt;b&gt;en fil&lt;/b&gt;: en export i xlsx eller csv (valfri rubrikuppställning, koder med eller utan namn, UTF-8 eller Latin-1, ; eller , som avgränsare, decimalkomma), eller ett sparat svar från PxWebAPI (json-stat2 eller csv);&lt;/li&gt;&lt;li&gt;&lt;b&gt;eller SCB:s API&lt;/b&gt;: ange tabellens id (t.ex. TAB6574), nivån (DeSO, RegSO …) och de kommuner eller län du vill ha; verktyget hämtar alla deras områden, i flera anrop när tabellen är stor, och väntar när SCB:s gräns för antal anrop är nådd.&lt;/li&gt;&lt;/ul&gt;Resultatet är en tabell utan geometri med en rad per område och år: region_code (utan suffixet _DeSO2025), region_name, region_level, region_version, year och ett fält per variabel, namngivet som i SCB:s rubrik (t.ex. 'förgymnasial utbildning'). Välj 'en rad per område' för att i stället få fält som '2021 förgymnasial utbildning'.&lt;br&gt;Celler som SCB skyddat (.. . - eller tomma) lämnas tomma, aldrig noll, och räknas i loggen och i den valfria variabeltabellen, som också anger om en variabel är en andel i procent eller ett antal. En summa av flera variabler (t.ex. alla utbildningsnivåer) kan läggas till. SCB:s standardtabeller (låg/hög ekonomisk standard 000006TA, utbildningsnivå 25–64 år 000005MO, arbetsmarknadsstatus 000007A8, upplåtelseform 000006OC, födelseregion 000005FB, svensk/utländsk bakgrund 000005FE, hushållstyp 000005F8, hustyp 000005LO, inkomst 000005FM, ålder 000005FF) känns igen på koden i slutet av exporten eller på rubriken: koden läggs i fältet scb_table, lagret får namn efter tabellen och året (t.ex. 'Utbildningsnivå 25–64 år 2022 (000005MO)'), och där SCB utelämnar summan läggs den till: 'totalt 25-64 år' är alla fem utbildningsnivåer inklusive 'uppgift saknas', så som SCB:s egna summor är. Rubrikrader som anger vilka antalen gäller (t.ex. '16-64 år') står kvar i fältnamnen ('antal arbetslösa 16-64 år'). Koppla tabellen till ett områdeslager med 'Koppla statistik till områden'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="244" />
            <source>The total includes {} (unknown values), as SCB's own totals do.</source>
            <translation>Summan inkluderar {} (okända värden), så som SCB:s egna summor gör.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="21" />
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="67" />
            <source>Indicator profile</source>
            <translation>Indikatorprofil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="24" />
            <source>Standard indicators per area, with the kommun and the country.</source>
            <translation>Standardindikatorer per område, med kommunen och riket.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="25" />
            <source>indicators</source>
            <translation>indikatorer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="26" />
            <source>From the SCB tables joined onto an area layer (DeSO, RegSO, kommun or your own districts made with 'Aggregate areas'), computes the standard indicators whose fields the layer has: shares foreign-born and with foreign background, single-parent households, persons in multi-dwelling houses, tenure shares, low and high economic standard, education levels 25–64, employment and unemployment 16–64, age groups; for every year present and with sex splits where the table has them. Every share is computed from its counts (numerator over denominator), and the kommun's and the country's shares from the summed counts, never by averaging shares. For each indicator the output has the area's share, '… kommun', '… diff kommun' (percentage points), '… riket' and '… diff riket'. The country is the layer itself when it holds all 290 kommuner, or the national layer given; otherwise it is left empty and the log says so. Medians (income) are copied as they are: a median cannot be added up, so it is not compared with a kommun. docs/fields.md lists every indicator with its numerator, denominator and table.</source>
            <translation>Beräknar, från SCB-tabellerna som kopplats till ett områdeslager (DeSO, RegSO, kommun eller egna stadsdelar gjorda med 'Summera områden'), de standardindikatorer vars fält lagret har: andel utrikes födda och med utländsk bakgrund, ensamstående med barn, personer i flerbostadshus, upplåtelseformer, låg och hög ekonomisk standard, utbildningsnivåer 25–64 år, sysselsättning och arbetslöshet 16–64 år, åldersgrupper; för varje år som finns och uppdelat på kön där tabellen har det. Varje andel beräknas från sina antal (täljare genom nämnare), och kommunens och rikets andelar från de summerade antalen, aldrig genom att medelvärdesbilda andelar. För varje indikator har resultatet områdets andel, '… kommun', '… diff kommun' (procentenheter), '… riket' och '… diff riket'. Riket är lagret självt när det rymmer alla 290 kommuner, eller det angivna rikslagret; annars lämnas det tomt och loggen säger det. Medianer (inkomst) kopieras som de är: en median kan inte summeras och jämförs därför inte med kommunen. docs/fields.md listar varje indikator med täljare, nämnare och tabell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="46" />
            <source>Areas with SCB statistics</source>
            <translation>Områden med SCB-statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="60" />
            <source>National layer with the same statistics (optional: the country's values)</source>
            <translation>Rikslager med samma statistik (valfritt: rikets värden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="70" />
            <source>Indicators computed</source>
            <translation>Beräknade indikatorer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="97" />
            <source>The layer has none of the fields of SCB's standard tables. Import the tables with 'Import SCB table' and join them with 'Join statistics to areas' first.</source>
            <translation>Lagret har inga av fälten från SCB:s standardtabeller. Importera tabellerna med 'Importera SCB-tabell' och koppla dem med 'Koppla statistik till områden' först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="110" />
            <source>The country's values: {}.</source>
            <translation>Rikets värden: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="104" />
            <source>{field}: 100 × {numerator} / {denominator} ({table})</source>
            <translation>{field}: 100 × {numerator} / {denominator} ({table})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="109" />
            <source>{}: a median, copied; not aggregated or compared.</source>
            <translation>{}: en median, kopierad; varken summerad eller jämförd.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="113" />
            <source>No fields of the tables {}: their indicators are left out.</source>
            <translation>Inga fält från tabellerna {}: deras indikatorer utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="121" />
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="83" />
            <source>Indicator profile — {}</source>
            <translation>Indikatorprofil — {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="29" />
            <source>Adds statistics to an area layer (DeSO, RegSO, kommun, län; with or without geometry) by matching the area codes, and makes a &lt;b&gt;new&lt;/b&gt; layer: your layer is not changed.&lt;br&gt;The statistics are a table from 'Import SCB table' or an SCB file directly (xlsx, csv, json). Choose the years to join: one year gives fields named as the variables ('förgymnasial utbildning'); several give '2021 förgymnasial utbildning', '2022 …'. A prefix can tell tables apart when two have a variable of the same name.&lt;br&gt;The join report (a table, and the log) says what to check: how many areas got values; areas without statistics and statistics without an area, per kommun; codes that occur twice; areas whose values SCB suppressed (left empty, never zero), per kommun and year; and a warning when the statistics and the boundaries are of different DeSO versions (DeSO 2018 carries statistics up to 2023, DeSO 2025 from 2024).&lt;br&gt;The new layer records where its statistics come from: the field statistics_tables lists SCB's table codes and years joined ('000005MO 2022; 000006TA 2022', kept across joins), and statistics_year the year of fields joined without a year in their names, so that 'Area types' and the indicator profile know the year. The layer is named after the areas and the table.</source>
            <translation>Lägger till statistik i ett områdeslager (DeSO, RegSO, kommun, län; med eller utan geometri) genom att matcha områdeskoderna, och skapar ett &lt;b&gt;nytt&lt;/b&gt; lager: ditt lager ändras inte.&lt;br&gt;Statistiken är en tabell från 'Importera SCB-tabell' eller en SCB-fil direkt (xlsx, csv, json). Välj vilka år som ska kopplas: ett år ger fält med variablernas namn ('förgymnasial utbildning'); flera år ger '2021 förgymnasial utbildning', '2022 …'. Ett prefix skiljer tabeller åt när två har en variabel med samma namn.&lt;br&gt;Kopplingsrapporten (en tabell, och loggen) visar vad du bör kontrollera: hur många områden som fick värden; områden utan statistik och statistik utan område, per kommun; koder som förekommer två gånger; områden vars värden SCB skyddat (lämnas tomma, aldrig noll), per kommun och år; och en varning när statistiken och gränserna är av olika DeSO-versioner (DeSO 2018 bär statistik till och med 2023, DeSO 2025 från 2024).&lt;br&gt;Det nya lagret anger varifrån statistiken kommer: fältet statistics_tables listar SCB:s tabellkoder och år som kopplats ('000005MO 2022; 000006TA 2022', behålls över flera kopplingar), och statistics_year året för fält som kopplats utan år i namnet, så att 'Områdestyper' och indikatorprofilen vet året. Lagret får namn efter områdena och tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="168" />
            <source>{areas} with {table}</source>
            <translation>{areas} med {table}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="386" />
            <source>The joined fields are of {year} (field statistics_year).</source>
            <translation>De kopplade fälten gäller {year} (fältet statistics_year).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/join.py" line="394" />
            <source>The layer's earlier statistics are of {earlier_years} and these of {year}, and their fields have no year in their names. Join the tables with their years (choose several years, or a prefix) to tell them apart.</source>
            <translation>Lagrets tidigare statistik gäller {earlier_years} och denna {year}, och fälten har inget år i namnet. Koppla tabellerna med sina år (välj flera år eller ett prefix) för att skilja dem åt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_tables.py" line="208" />
            <source>Recognised SCB's table {table_code}: {table_name}.</source>
            <translation>SCB:s tabell {table_code} igenkänd: {table_name}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/scb_tables.py" line="226" />
            <source>Added '{name}' = {info_derived_name} (as SCB's totals are).</source>
            <translation>Lade till '{name}' = {info_derived_name} (så som SCB:s summor är).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/indicator_profile.py" line="78" />
            <source>The area layer has no features: the profile is empty.</source>
            <translation>Områdeslagret har inga objekt: profilen är tom.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="244" />
            <source>Areas and their groups</source>
            <translation>Områden och deras grupper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="152" />
            <source>Problems of the areas</source>
            <translation>Problem i områdena</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb_cache.py" line="61" />
            <source>The answers of SCB's API for one table have different dimensions.</source>
            <translation>SCB:s API:s svar för en och samma tabell har olika dimensioner.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/pxweb_cache.py" line="153" />
            <source>SCB's API sent something that is not JSON for {table}.</source>
            <translation>SCB:s API skickade något som inte är JSON för {table}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/statistics/indicator_profile.py" line="242" />
            <source>{int_over_sum} area(s) ({shown}) have more in {join_num} than in {den}: their {field} is over 100 %. Check the counts joined to them (the same year and table).</source>
            <translation>{int_over_sum} område(n) ({shown}) har fler i {join_num} än i {den}: deras {field} är över 100 %. Kontrollera antalen som kopplats till dem (samma år och tabell).</translation>
        </message>
    </context>
</TS>
