<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="43" />
            <source>Aggregate areas</source>
            <translation>Summera områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="47" />
            <source>DeSO statistics to RegSO, kommun, län or your own districts.</source>
            <translation>DeSO-statistik till RegSO, kommun, län eller egna stadsdelar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="48" />
            <source>aggregate</source>
            <translation>summera</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="48" />
            <source>stadsdel</source>
            <translation>stadsdel</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="48" />
            <source>district</source>
            <translation>planeringsområde</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="48" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="29" />
            <source>statistics</source>
            <translation>statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="49" />
            <source>Adds up the statistics of small areas (usually DeSO with statistics joined) to larger areas:&lt;ul&gt;&lt;li&gt;&lt;b&gt;RegSO, kommun or län&lt;/b&gt;: which larger area a DeSO lies in comes from a field (regsokod), from a key table (SCB's koppling_deso2018_regso2020.csv works as it is), or, for kommun and län, from the code itself. With geometry, the output areas are the union of their DeSO.&lt;/li&gt;&lt;li&gt;&lt;b&gt;your own districts&lt;/b&gt; (stadsdelar, planning districts): each DeSO goes whole to the district that covers most of it, or to the one that holds its population centre (from a population grid when you give one, else a point inside the DeSO). The optional assignment table lists where each DeSO went.&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Counts&lt;/b&gt; are summed. A &lt;b&gt;share&lt;/b&gt; is never averaged: give it with the population it is a share of (e.g. 'Låg ekonomisk standard, procent' with 'Antal personer totalt'), or give a numerator and a denominator (e.g. 'arbetslösa' and 'totalt'); the new share is 100 × sum of numerators / sum of denominators.&lt;br&gt;A value SCB suppressed in one DeSO leaves that field empty for the larger area (the sum would be too small) unless you allow partial sums; the field 'note' says why. An output area with fewer inhabitants than the minimum (default 50) gets no values and is flagged 'suppressed', because small areas can identify people.</source>
            <translation>Summerar statistiken för små områden (oftast DeSO med kopplad statistik) till större områden:&lt;ul&gt;&lt;li&gt;&lt;b&gt;RegSO, kommun eller län&lt;/b&gt;: vilket större område en DeSO ligger i tas från ett fält (regsokod), från en nyckeltabell (SCB:s koppling_deso2018_regso2020.csv fungerar som den är) eller, för kommun och län, från själva koden. Med geometri blir de nya områdena sammanslagningen av sina DeSO.&lt;/li&gt;&lt;li&gt;&lt;b&gt;egna områden&lt;/b&gt; (stadsdelar, planeringsområden): varje DeSO förs i sin helhet till det område som täcker störst del av den, eller till det som rymmer dess befolkningstyngdpunkt (från ett befolkningsrutnät om du anger ett, annars en punkt inuti DeSO-området). Den valfria fördelningstabellen visar vart varje DeSO fördes.&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Antal&lt;/b&gt; summeras. En &lt;b&gt;andel&lt;/b&gt; medelvärdesbildas aldrig: ange den tillsammans med den befolkning den avser (t.ex. 'Låg ekonomisk standard, procent' med 'Antal personer totalt'), eller ange en täljare och en nämnare (t.ex. 'arbetslösa' och 'totalt'); den nya andelen är 100 × summan av täljarna / summan av nämnarna.&lt;br&gt;Ett värde som SCB skyddat i en DeSO gör att fältet lämnas tomt för det större området (summan skulle bli för liten), om du inte tillåter delsummor; fältet 'note' säger varför. Ett område med färre invånare än minimigränsen (standard 50) får inga värden och markeras 'suppressed', eftersom små områden kan röja enskilda personer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="212" />
            <source>Sum what there is when some DeSO values are suppressed</source>
            <translation>Summera det som finns när vissa DeSO-värden är skyddade</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="92" />
            <source>Small areas with statistics (e.g. DeSO)</source>
            <translation>Små områden med statistik (t.ex. DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="99" />
            <source>Code field (empty: found)</source>
            <translation>Kodfält (tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="107" />
            <source>Aggregate to</source>
            <translation>Summera till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="115" />
            <source>Count fields (summed)</source>
            <translation>Antalsfält (summeras)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="125" />
            <source>Shares (%) and the population each is a share of</source>
            <translation>Andelar (%) och den befolkning varje andel avser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="133" />
            <source>New shares from numerator and denominator</source>
            <translation>Nya andelar av täljare och nämnare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="145" />
            <source>Field with the target code (e.g. regsokod; empty: from the codes or a key table)</source>
            <translation>Fält med målområdets kod (t.ex. regsokod; tomt: ur koderna eller en nyckeltabell)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="155" />
            <source>Key table (csv), e.g. SCB's koppling_deso2018_regso2020.csv</source>
            <translation>Nyckeltabell (csv), t.ex. SCB:s koppling_deso2018_regso2020.csv</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="163" />
            <source>Districts (polygons)</source>
            <translation>Stadsdelar eller planeringsområden (polygoner)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="171" />
            <source>District name or id field (empty: the first field)</source>
            <translation>Fält med områdets namn eller id (tomt: första fältet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="179" />
            <source>A DeSO goes to the district</source>
            <translation>En DeSO hamnar i det område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="189" />
            <source>Population grid (persons per cell; optional)</source>
            <translation>Befolkningsrutnät (personer per ruta; valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="195" />
            <source>Population field for the minimum (e.g. the population total)</source>
            <translation>Befolkningsfält för minimigränsen (t.ex. folkmängden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="204" />
            <source>Withhold values of output areas with fewer inhabitants than</source>
            <translation>Redovisa inte värden för områden med färre invånare än</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="219" />
            <source>Aggregated areas</source>
            <translation>Summerade områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="225" />
            <source>Assignment of areas to districts</source>
            <translation>Fördelning av DeSO på områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="244" />
            <source>No code field found; choose the field that holds the area codes.</source>
            <translation>Inget kodfält hittades; välj fältet med områdeskoderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="260" />
            <source>Choose at least one count field, share or numerator/denominator pair.</source>
            <translation>Välj minst ett antalsfält, en andel eller ett par täljare/nämnare.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="156" />
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
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="271" />
            <source>Choose the district layer to aggregate to.</source>
            <translation>Välj lagret med de områden som statistiken ska summeras till.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="37" />
            <source>Each row of '{}' needs all its fields filled in.</source>
            <translation>Varje rad i '{}' måste ha alla fält ifyllda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="108" />
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
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="137" />
            <source>Name of the new share</source>
            <translation>Namn på den nya andelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="181" />
            <source>that covers most of its area</source>
            <translation>som täcker störst del av dess yta</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="182" />
            <source>that holds its population centre</source>
            <translation>som rymmer dess befolkningstyngdpunkt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="312" />
            <source>{0}: Σ({0} × {1}) / Σ {1}</source>
            <translation>{0}: Σ({0} × {1}) / Σ {1}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="314" />
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
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="26" />
            <source>Import SCB table</source>
            <translation>Importera SCB-tabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="30" />
            <source>Statistics from Statistikdatabasen (xlsx, csv or the API) as a table.</source>
            <translation>Statistik från Statistikdatabasen (xlsx, csv eller API:et) som tabell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="31" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="29" />
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
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="73" />
            <source>SCB export or saved API response (xlsx, csv, json)</source>
            <translation>SCB-export eller sparat API-svar (xlsx, csv, json)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="80" />
            <source>Or fetch from SCB's API: table id (e.g. TAB6574)</source>
            <translation>Eller hämta från SCB:s API: tabell-id (t.ex. TAB6574)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="86" />
            <source>API: area level</source>
            <translation>API: områdesnivå</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="94" />
            <source>API: kommun or län codes to fetch (e.g. 0180, 0114; empty: all of Sweden)</source>
            <translation>API: kommun- eller länskoder att hämta (t.ex. 0180, 0114; tomt: hela Sverige)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="101" />
            <source>Years (e.g. 2021, 2022; empty: all in the file, latest from the API)</source>
            <translation>År (t.ex. 2021, 2022; tomt: alla i filen, senaste från API:et)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="108" />
            <source>Layout</source>
            <translation>Tabellform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="119" />
            <source>Add a total of these variables (names or parts of names separated by ';', * for all counts)</source>
            <translation>Lägg till en summa av dessa variabler (namn eller delar av namn åtskilda med ';', * för alla antal)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="127" />
            <source>Name of the total</source>
            <translation>Summans namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="133" />
            <source>API: other variables (e.g. Kon=1+2; Alder=totalt; empty: SCB's totals)</source>
            <translation>API: övriga variabler (t.ex. Kon=1+2; Alder=totalt; tomt: SCB:s totaler)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="138" />
            <source>API: code list of the regions (e.g. vs_DeSO2025; empty: found)</source>
            <translation>API: regionernas kodlista (t.ex. vs_DeSO2025; tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="143" />
            <source>API address</source>
            <translation>API-adress</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="152" />
            <source>Statistics table</source>
            <translation>Statistiktabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="158" />
            <source>Variables (unit, suppressed cells)</source>
            <translation>Variabler (enhet, skyddade celler)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="164" />
            <source>Rows</source>
            <translation>Rader</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="165" />
            <source>Suppressed cells</source>
            <translation>Skyddade celler</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="179" />
            <source>Choose a file, or give the id of a table in SCB's API.</source>
            <translation>Välj en fil, eller ange id för en tabell i SCB:s API.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="259" />
            <source>unit unknown</source>
            <translation>okänd enhet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="74" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="79" />
            <source>SCB tables (*.xlsx *.csv *.txt *.json);;All files (*.*)</source>
            <translation>SCB-tabeller (*.xlsx *.csv *.txt *.json);;Alla filer (*.*)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="198" />
            <source>{} calls to SCB's API.</source>
            <translation>{} anrop till SCB:s API.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="246" />
            <source>{title} ({ref}): {n} areas, years {years}, {v} variables.</source>
            <translation>{title} ({ref}): {n} områden, år {years}, {v} variabler.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="110" />
            <source>One row per area and year</source>
            <translation>En rad per område och år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="111" />
            <source>One row per area, fields '&lt;year&gt; &lt;variable&gt;'</source>
            <translation>En rad per område, fält '&lt;år&gt; &lt;variabel&gt;'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="176" />
            <source>Reading {}…</source>
            <translation>Läser {}…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="222" />
            <source>Added '{}' = {}.</source>
            <translation>Lade till '{}' = {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="247" />
            <source>untitled table</source>
            <translation>tabell utan rubrik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="256" />
            <source>percent</source>
            <translation>procent</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="257" />
            <source>count</source>
            <translation>antal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="258" />
            <source>amount (kr)</source>
            <translation>belopp (kr)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="263" />
            <source>  ({dim} is '{value}' for every variable; left out of the names)</source>
            <translation>  ({dim} är '{value}' för alla variabler; utelämnat i namnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="269" />
            <source>{} cells are suppressed or empty in the source; they are left empty (never zero).</source>
            <translation>{} celler är skyddade eller tomma i källan; de lämnas tomma (aldrig noll).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="211" />
            <source>The table has no statistics for {}; it has {}.</source>
            <translation>Tabellen har ingen statistik för {}; den har {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="24" />
            <source>Join statistics to areas</source>
            <translation>Koppla statistik till områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="28" />
            <source>Statistics onto DeSO, RegSO or kommun areas by code, with a report.</source>
            <translation>Statistik till DeSO, RegSO eller kommuner via koden, med en rapport.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="29" />
            <source>join</source>
            <translation>koppla</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="29" />
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="30" />
            <source>Adds statistics to an area layer (DeSO, RegSO, kommun, län; with or without geometry) by matching the area codes, and makes a &lt;b&gt;new&lt;/b&gt; layer: your layer is not changed.&lt;br&gt;The statistics are a table from 'Import SCB table' or an SCB file directly (xlsx, csv, json). Choose the years to join: one year gives fields named as the variables ('förgymnasial utbildning'); several give '2021 förgymnasial utbildning', '2022 …'. A prefix can tell tables apart when two have a variable of the same name.&lt;br&gt;The join report (a table, and the log) says what to check: how many areas got values; areas without statistics and statistics without an area, per kommun; codes that occur twice; areas whose values SCB suppressed (left empty, never zero), per kommun and year; and a warning when the statistics and the boundaries are of different DeSO versions (DeSO 2018 carries statistics up to 2023, DeSO 2025 from 2024).</source>
            <translation>Lägger till statistik i ett områdeslager (DeSO, RegSO, kommun, län; med eller utan geometri) genom att matcha områdeskoderna, och skapar ett &lt;b&gt;nytt&lt;/b&gt; lager: ditt lager ändras inte.&lt;br&gt;Statistiken är en tabell från 'Importera SCB-tabell' eller en SCB-fil direkt (xlsx, csv, json). Välj vilka år som ska kopplas: ett år ger fält med variablernas namn ('förgymnasial utbildning'); flera år ger '2021 förgymnasial utbildning', '2022 …'. Ett prefix skiljer tabeller åt när två har en variabel med samma namn.&lt;br&gt;Kopplingsrapporten (en tabell, och loggen) visar vad du bör kontrollera: hur många områden som fick värden; områden utan statistik och statistik utan område, per kommun; koder som förekommer två gånger; områden vars värden SCB skyddat (lämnas tomma, aldrig noll), per kommun och år; och en varning när statistiken och gränserna är av olika DeSO-versioner (DeSO 2018 bär statistik till och med 2023, DeSO 2025 från 2024).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="62" />
            <source>Code field of the areas (empty: found from the field names)</source>
            <translation>Områdenas kodfält (tomt: hittas utifrån fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="70" />
            <source>Statistics table (from 'Import SCB table')</source>
            <translation>Statistiktabell (från 'Importera SCB-tabell')</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="78" />
            <source>Or a statistics file (SCB xlsx, csv, json)</source>
            <translation>Eller en statistikfil (SCB:s xlsx, csv, json)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="86" />
            <source>Code field of the statistics table (empty: region_code or found)</source>
            <translation>Statistiktabellens kodfält (tomt: region_code eller hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="93" />
            <source>Years (e.g. 2022 or 2021, 2022; empty: all)</source>
            <translation>År (t.ex. 2022 eller 2021, 2022; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="99" />
            <source>Variables to join (names or parts of names separated by ';'; empty: all)</source>
            <translation>Variabler att koppla (namn eller delar av namn åtskilda med ';'; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="105" />
            <source>Prefix for the new fields (optional)</source>
            <translation>Prefix för de nya fälten (valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="110" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="118" />
            <source>Areas with statistics</source>
            <translation>Områden med statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="115" />
            <source>Join report</source>
            <translation>Kopplingsrapport</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="119" />
            <source>Areas without statistics</source>
            <translation>Områden utan statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="121" />
            <source>Statistics rows without an area</source>
            <translation>Statistikrader utan område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="137" />
            <source>Choose a statistics table or a statistics file.</source>
            <translation>Välj en statistiktabell eller en statistikfil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="157" />
            <source>New fields: {}</source>
            <translation>Nya fält: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="134" />
            <source>statistics table</source>
            <translation>statistiktabellen</translation>
        </message>
    </context>
</TS>
