<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="24" />
            <source>Planned housing and projected tenure mix</source>
            <translation>Planerade bostäder och framtida upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="27" />
            <source>What the planned projects do to each area's tenure mix, with a flag where a project makes an area more one-sided.</source>
            <translation>Vad de planerade projekten gör med varje områdes fördelning av upplåtelseformer, med en flagga där ett projekt gör ett område mer ensidigt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <source>bostadsbyggande</source>
            <translation>bostadsbyggande</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <source>planned housing</source>
            <translation>planerade bostäder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>upplåtelseform</source>
            <translation>upplåtelseform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>tenure</source>
            <translation>upplåtelseform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <source>flag</source>
            <translation>flagga</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="31" />
            <source>prognos</source>
            <translation>prognos</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="32" />
            <source>Adds the planned housing projects (points or polygons with the planned dwellings in hyresrätt, bostadsrätt and äganderätt, start year, land owner and status) to the areas they lie in and shows what they do to the tenure mix:&lt;ul&gt;&lt;li&gt;a point goes to the area it lies in; a polygon goes whole to the area it overlaps most, or is shared out over the areas it overlaps;&lt;/li&gt;&lt;li&gt;only projects that start up to the chosen year (and have one of the chosen statuses) are counted;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;projected mix&lt;/b&gt; of each area is today's dwellings plus the counted projects;&lt;/li&gt;&lt;li&gt;a project is &lt;b&gt;flagged&lt;/b&gt; (red) when the area is one-sided before it (one tenure is at least 70 % of the dwellings) and the project raises that share, or when the project makes the area one-sided. 'Before' is today's dwellings plus the projects in the area that start in an earlier year. A project that lowers the share of a one-sided area is marked as balancing (green). The field flag_reason says why, in words.&lt;/li&gt;&lt;/ul&gt;Projects outside every area are not dropped: they are listed in the log and kept in the output with the reason in the field note.&lt;br&gt;The areas need the dwellings by tenure: the output of 'Tenure mix per area', or DeSO with SCB's table joined (fields hyresrätt, bostadsrätt, äganderätt). The field names of the project layer default to those of the sample (projekt_id, hyresratt, bostadsratt, aganderatt, startar, markagare, status).</source>
            <translation>Lägger de planerade bostadsprojekten (punkter eller ytor med planerade lägenheter i hyresrätt, bostadsrätt och äganderätt, byggstartsår, markägare och planstatus) i de områden där de ligger och visar vad de gör med fördelningen av upplåtelseformer:&lt;ul&gt;&lt;li&gt;en punkt hamnar i det område den ligger i; en yta hamnar hel i det område den överlappar mest, eller fördelas på de områden den överlappar;&lt;/li&gt;&lt;li&gt;bara projekt som startar senast det valda året (och har någon av de valda statusarna) räknas;&lt;/li&gt;&lt;li&gt;områdets &lt;b&gt;framtida fördelning&lt;/b&gt; är dagens lägenheter plus de projekt som räknas;&lt;/li&gt;&lt;li&gt;ett projekt &lt;b&gt;flaggas&lt;/b&gt; (rött) när området är ensidigt före projektet (en upplåtelseform har minst 70 % av lägenheterna) och projektet höjer den andelen, eller när projektet gör området ensidigt. 'Före' är dagens lägenheter plus de projekt i området som startar ett tidigare år. Ett projekt som sänker andelen i ett ensidigt område markeras som balanserande (grönt). Fältet flag_reason förklarar varför i ord.&lt;/li&gt;&lt;/ul&gt;Projekt utanför alla områden tas inte bort: de listas i loggen och finns kvar i resultatet med orsaken i fältet note.&lt;br&gt;Områdena behöver lägenheter per upplåtelseform: resultatet av 'Upplåtelseformer per område', eller DeSO med SCB:s tabell kopplad (fälten hyresrätt, bostadsrätt, äganderätt). Fältnamnen i projektlagret är som standard exemplets (projekt_id, hyresratt, bostadsratt, aganderatt, startar, markagare, status).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="59" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="77" />
            <source>Areas with dwellings by tenure</source>
            <translation>Områden med lägenheter per upplåtelseform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="64" />
            <source>A polygon project goes</source>
            <translation>Ett projekt som är en yta hamnar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="75" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="119" />
            <source>One-sided from a dominant share of (%)</source>
            <translation>Ensidigt från en dominerande andel på (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="84" />
            <source>Projects with flags</source>
            <translation>Projekt med flaggor</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="89" />
            <source>Areas with the projected mix</source>
            <translation>Områden med framtida fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="102" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="240" />
            <source>Choose the layer of planned housing projects.</source>
            <translation>Välj lagret med planerade bostadsprojekt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="202" />
            <source>{n} projects, {d} dwellings; {a} put into areas.</source>
            <translation>{n} projekt, {d} lägenheter; {a} placerade i områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="227" />
            <source>Flags: {r} reinforce a one-sided mix, {m} make an area one-sided, {b} balance.</source>
            <translation>Flaggor: {r} förstärker en ensidig fördelning, {m} gör ett område ensidigt, {b} balanserar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="66" />
            <source>whole to the area it overlaps most</source>
            <translation>hel i det område den överlappar mest</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="67" />
            <source>to every area it overlaps, in proportion to the overlap</source>
            <translation>i varje område den överlappar, i proportion till överlappet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="210" />
            <source>{} projects are in no area and not counted: {}.</source>
            <translation>{} projekt ligger inte i något område och räknas inte: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="219" />
            <source>Counted: {n} projects (start up to {year}; status {status}).</source>
            <translation>Räknas: {n} projekt (start senast {year}; status {status}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="221" />
            <source>any year</source>
            <translation>alla år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="222" />
            <source>any</source>
            <translation>alla</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="35" />
            <source>Planning table per plan area</source>
            <translation>Planeringstabell per planområde</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="38" />
            <source>For each plan area (regional-plan node, översiktsplan area, detaljplan): residents by area type, best transit class, tenure mix today and after the projects.</source>
            <translation>För varje planområde (regional nod, område i översiktsplanen, detaljplan): invånare per områdestyp, bästa kollektivtrafikklass, upplåtelseformer i dag och efter projekten.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="42" />
            <source>regionplan</source>
            <translation>regionplan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="42" />
            <source>översiktsplan</source>
            <translation>översiktsplan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="42" />
            <source>detaljplan</source>
            <translation>detaljplan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="42" />
            <source>planning</source>
            <translation>planering</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="42" />
            <source>overlay</source>
            <translation>överlagring</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="43" />
            <source>Overlays any polygon planning layer — regional-plan nodes and development areas, the översiktsplan's land use, detaljplan areas — with the areas (DeSO, RegSO) and what is known about them, into one table per plan area:&lt;ul&gt;&lt;li&gt;&lt;b&gt;residents by area type&lt;/b&gt; (1–5): each area's population is shared out over the parts of it that plan areas cover, in proportion to land area, or to the population grid when you give one;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;public-transport quality classes&lt;/b&gt; A–F (from 'Public-transport quality classes'): the share of the plan area in each class and the best class reached;&lt;/li&gt;&lt;li&gt;the &lt;b&gt;tenure mix&lt;/b&gt; today and after the planned projects, shared out from the areas the same way (an estimate: dwellings are assumed spread like land area or population within an area);&lt;/li&gt;&lt;li&gt;the &lt;b&gt;planned dwellings&lt;/b&gt; by tenure of the projects inside the plan area;&lt;/li&gt;&lt;li&gt;how many &lt;b&gt;rentals&lt;/b&gt; would bring the plan area to its kommun's share of hyresrätt (rentals_to_kommun_share).&lt;/li&gt;&lt;/ul&gt;Each plan area gets its full result even where plan areas overlap (a node inside a development area). A plan area outside every area stays in the table with a note.&lt;br&gt;The tenure counts come from the area layer ('Tenure mix per area' or SCB's table joined); the projected mix from the projects given here, or from the fields projected_dwellings_* of 'Planned housing and projected tenure mix'. Every part is optional: leave out what you do not have.</source>
            <translation>Lägger ett valfritt planlager med ytor — regionplanens noder och utvecklingsområden, översiktsplanens markanvändning, detaljplaneområden — över områdena (DeSO, RegSO) och det som är känt om dem, till en tabell per planområde:&lt;ul&gt;&lt;li&gt;&lt;b&gt;invånare per områdestyp&lt;/b&gt; (1–5): varje områdes befolkning fördelas på de delar av området som planområdena täcker, i proportion till landarealen, eller till befolkningsrutnätet om du anger ett;&lt;/li&gt;&lt;li&gt;&lt;b&gt;kvalitetsklasserna för kollektivtrafik&lt;/b&gt; A–F (från 'Kvalitetsklasser för kollektivtrafik A–F'): andelen av planområdet i varje klass och den bästa klass som nås;&lt;/li&gt;&lt;li&gt;&lt;b&gt;upplåtelseformerna&lt;/b&gt; i dag och efter de planerade projekten, fördelade från områdena på samma sätt (en uppskattning: lägenheterna antas spridda som landarealen eller befolkningen inom ett område);&lt;/li&gt;&lt;li&gt;de &lt;b&gt;planerade lägenheterna&lt;/b&gt; per upplåtelseform i projekten inom planområdet;&lt;/li&gt;&lt;li&gt;hur många &lt;b&gt;hyresrätter&lt;/b&gt; som skulle ge planområdet kommunens andel hyresrätt (rentals_to_kommun_share).&lt;/li&gt;&lt;/ul&gt;Varje planområde får hela sitt resultat även där planområden överlappar (en nod inne i ett utvecklingsområde). Ett planområde utanför alla områden finns kvar i tabellen med en anmärkning.&lt;br&gt;Antalet lägenheter per upplåtelseform kommer från områdeslagret ('Upplåtelseformer per område' eller SCB:s tabell kopplad); den framtida fördelningen från projekten som anges här, eller från fälten projected_dwellings_* från 'Planerade bostäder och framtida upplåtelseformer'. Alla delar är valfria: utelämna det du inte har.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="85" />
            <source>Areas (DeSO, RegSO) with area type, population, tenure</source>
            <translation>Områden (DeSO, RegSO) med områdestyp, befolkning, upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="224" />
            <source>the residents are not split by area type.</source>
            <translation>invånarna delas inte upp per områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="73" />
            <source>Plan areas (regional-plan nodes, översiktsplan, detaljplan; polygons)</source>
            <translation>Planområden (regionala noder, översiktsplan, detaljplan; ytor)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="80" />
            <source>Plan area name or id (empty: feature numbers)</source>
            <translation>Planområdets namn eller id (tomt: objektnummer)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="87" />
            <source>Population field of the areas</source>
            <translation>Befolkningsfält i områdena</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="94" />
            <source>Public-transport quality classes (polygons; optional)</source>
            <translation>Kvalitetsklasser för kollektivtrafik (ytor; valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="102" />
            <source>Quality class field (A–F)</source>
            <translation>Fält med kvalitetsklass (A–F)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="112" />
            <source>Planning table (plan areas)</source>
            <translation>Planeringstabell (planområden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="118" />
            <source>Planning table (without geometry)</source>
            <translation>Planeringstabell (utan geometri)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="207" />
            <source>plan layer</source>
            <translation>planlagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="230" />
            <source>No population field and no grid: the table has no residents by area type.</source>
            <translation>Inget befolkningsfält och inget rutnät: tabellen får inga invånare per områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameters.py" line="116" />
            <source>The raster {} is not a file (provider {}); save it as a GeoTIFF first.</source>
            <translation>Rastret {} är inte en fil (källa {}); spara det först som GeoTIFF.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="134" />
            <source>The areas have no dwellings by tenure: the table has no tenure mix. Use the output of 'Tenure mix per area' to get it.</source>
            <translation>Områdena saknar lägenheter per upplåtelseform: tabellen får ingen fördelning av upplåtelseformer. Använd resultatet av 'Upplåtelseformer per område' för att få den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="155" />
            <source>Projected mix from the areas' fields projected_dwellings_*.</source>
            <translation>Framtida fördelning från områdenas fält projected_dwellings_*.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="252" />
            <source>quality-class layer</source>
            <translation>lagret med kvalitetsklasser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="279" />
            <source>{} plan areas in the table.</source>
            <translation>{} planområden i tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="277" />
            <source>Plan area {}: {}.</source>
            <translation>Planområde {}: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="145" />
            <source>{} projects are in no area: {}.</source>
            <translation>{} projekt ligger inte i något område: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="33" />
            <source>Tenure mix per area</source>
            <translation>Upplåtelseformer per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="36" />
            <source>Hyresrätt, bostadsrätt and äganderätt per area: shares, dominant tenure, entropy, compared with the kommun and the county.</source>
            <translation>Hyresrätt, bostadsrätt och äganderätt per område: andelar, dominerande upplåtelseform, entropi, jämfört med kommunen och länet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>hyresrätt</source>
            <translation>hyresrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <source>bostadsrätt</source>
            <translation>bostadsrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <source>äganderätt</source>
            <translation>äganderätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="40" />
            <source>mix</source>
            <translation>blandning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="41" />
            <source>The tenure mix of each area from the number of dwellings (lägenheter) in hyresrätt, bostadsrätt and äganderätt:&lt;ul&gt;&lt;li&gt;the &lt;b&gt;shares&lt;/b&gt; of the three tenures, in % of the dwellings whose tenure is known ('uppgift saknas' is left out of the shares and reported on its own);&lt;/li&gt;&lt;li&gt;the &lt;b&gt;dominant tenure&lt;/b&gt; and its share; an area is &lt;b&gt;one-sided&lt;/b&gt; when it is at least 70 % (the threshold can be changed);&lt;/li&gt;&lt;li&gt;the &lt;b&gt;entropy&lt;/b&gt; of the mix: 0 when all dwellings have one tenure, 1 for equal thirds;&lt;/li&gt;&lt;li&gt;the difference from the &lt;b&gt;kommun's&lt;/b&gt; and the &lt;b&gt;county's&lt;/b&gt; mix, in percentage points (the kommun and county are summed from all areas of the input).&lt;/li&gt;&lt;/ul&gt;The counts come from the area layer (e.g. DeSO with SCB's table joined by 'Join statistics to areas': fields hyresrätt, bostadsrätt, äganderätt, uppgift saknas), or from SCB's export of dwellings by tenure given as a file, joined to the areas here.&lt;br&gt;The mix can be summed to &lt;b&gt;RegSO&lt;/b&gt;, &lt;b&gt;kommun&lt;/b&gt; or &lt;b&gt;your own districts&lt;/b&gt; (each DeSO goes whole to the district covering most of it). Counts are summed and the shares computed again, never averaged; an area whose count SCB suppressed is left out of its larger area wholly, and the field mix_note says which.&lt;br&gt;The new layer shows a pie of the three tenures per area over a fill by the dominant tenure (darker where one-sided) or by the entropy.</source>
            <translation>Fördelningen av upplåtelseformer i varje område utifrån antalet lägenheter i hyresrätt, bostadsrätt och äganderätt:&lt;ul&gt;&lt;li&gt;&lt;b&gt;andelarna&lt;/b&gt; av de tre upplåtelseformerna, i % av lägenheterna med känd upplåtelseform ('uppgift saknas' räknas inte in i andelarna och redovisas för sig);&lt;/li&gt;&lt;li&gt;den &lt;b&gt;dominerande upplåtelseformen&lt;/b&gt; och dess andel; ett område är &lt;b&gt;ensidigt&lt;/b&gt; när andelen är minst 70 % (gränsen kan ändras);&lt;/li&gt;&lt;li&gt;fördelningens &lt;b&gt;entropi&lt;/b&gt;: 0 när alla lägenheter har samma upplåtelseform, 1 vid lika stora tredjedelar;&lt;/li&gt;&lt;li&gt;skillnaden mot &lt;b&gt;kommunens&lt;/b&gt; och &lt;b&gt;länets&lt;/b&gt; fördelning, i procentenheter (kommun och län summeras från alla områden i indata).&lt;/li&gt;&lt;/ul&gt;Antalen kommer från områdeslagret (t.ex. DeSO med SCB:s tabell kopplad med 'Koppla statistik till områden': fälten hyresrätt, bostadsrätt, äganderätt, uppgift saknas), eller från SCB:s uttag av lägenheter efter upplåtelseform angivet som fil, som kopplas till områdena här.&lt;br&gt;Fördelningen kan summeras till &lt;b&gt;RegSO&lt;/b&gt;, &lt;b&gt;kommun&lt;/b&gt; eller &lt;b&gt;egna delområden&lt;/b&gt; (varje DeSO går hel till det delområde som täcker störst del av det). Antalen summeras och andelarna räknas om, de medelvärdesbildas aldrig; ett område där SCB har skyddat ett antal utelämnas helt ur sitt större område, och fältet mix_note säger vilket.&lt;br&gt;Det nya lagret visar ett cirkeldiagram över de tre upplåtelseformerna per område ovanpå en färg efter dominerande upplåtelseform (mörkare där området är ensidigt) eller efter entropin.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="73" />
            <source>Areas with dwellings by tenure (or DeSO to join an SCB file to)</source>
            <translation>Områden med lägenheter per upplåtelseform (eller DeSO att koppla en SCB-fil till)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="61" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="80" />
            <source>Area code field (empty: found from the field names)</source>
            <translation>Fält med områdeskod (tomt: hittas via fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="90" />
            <source>Or SCB's export of dwellings by tenure (xlsx, csv), joined by code</source>
            <translation>Eller SCB:s uttag av lägenheter efter upplåtelseform (xlsx, csv), kopplat via kod</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="95" />
            <source>Year in the file (empty: the latest)</source>
            <translation>År i filen (tomt: det senaste)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="99" />
            <source>Sum to</source>
            <translation>Summera till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="113" />
            <source>Compare with the kommun's and the county's mix</source>
            <translation>Jämför med kommunens och länets fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="129" />
            <source>Fill the areas by</source>
            <translation>Färglägg områdena efter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="136" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="283" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="287" />
            <source>Tenure mix</source>
            <translation>Upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="142" />
            <source>Kommun and county mix</source>
            <translation>Kommunens och länets fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="304" />
            <source>Choose the district layer to sum to.</source>
            <translation>Välj lagret med delområden att summera till.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="306" />
            <source>The areas have no geometry; they cannot be put into districts.</source>
            <translation>Områdena saknar geometri; de kan inte läggas i delområden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="324" />
            <source>The district layer has no field to name the districts by.</source>
            <translation>Lagret med delområden saknar ett fält att namnge delområdena med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="343" />
            <source>Input: {n} areas, {known} dwellings with known tenure, {unknown} 'uppgift saknas'. Output: {m} areas.</source>
            <translation>Indata: {n} områden, {known} lägenheter med känd upplåtelseform, {unknown} 'uppgift saknas'. Resultat: {m} områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="355" />
            <source>Dominant tenure: {}; one-sided (≥ {} %): {} areas.</source>
            <translation>Dominerande upplåtelseform: {}; ensidiga (≥ {} %): {} områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="101" />
            <source>nothing: the areas as they are</source>
            <translation>ingenting: områdena som de är</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="104" />
            <source>own districts (polygon layer below)</source>
            <translation>egna delområden (ytlagret nedan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="130" />
            <source>dominant tenure</source>
            <translation>dominerande upplåtelseform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="130" />
            <source>entropy of the mix</source>
            <translation>fördelningens entropi</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="364" />
            <source>{} areas have no mix (see mix_note), e.g. {}.</source>
            <translation>{} områden saknar fördelning (se mix_note), t.ex. {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="162" />
            <source>The file has no statistics for {}; it has {}.</source>
            <translation>Filen har ingen statistik för {}; den har {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="168" />
            <source>Using {}, the latest year in the file.</source>
            <translation>Använder {}, det senaste året i filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="187" />
            <source>The file has no variable '{}'; it is not SCB's table of dwellings by tenure (its variables: {}).</source>
            <translation>Filen saknar variabeln '{}'; den är inte SCB:s tabell över lägenheter efter upplåtelseform (dess variabler: {}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="268" />
            <source>No comparison with the kommun and county: {}</source>
            <translation>Ingen jämförelse med kommun och län: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="30" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="340" />
            <source>Tenure split proposal</source>
            <translation>Förslag till fördelning av upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="33" />
            <source>The split of a project into hyresrätt, bostadsrätt and äganderätt that brings its area closest to the kommun's mix (or your target).</source>
            <translation>Den fördelning av ett projekt på hyresrätt, bostadsrätt och äganderätt som för området närmast kommunens fördelning (eller ditt mål).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>split</source>
            <translation>fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>fördelning</source>
            <translation>fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="37" />
            <source>markanvisning</source>
            <translation>markanvisning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="109" />
            <source>Target share of hyresrätt (%)</source>
            <translation>Mål för andelen hyresrätt (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="110" />
            <source>Target share of bostadsrätt (%)</source>
            <translation>Mål för andelen bostadsrätt (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="111" />
            <source>Target share of äganderätt (%)</source>
            <translation>Mål för andelen äganderätt (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="227" />
            <source>the area types</source>
            <translation>områdestyperna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="81" />
            <source>Project id (empty: every project on kommun land in the areas below)</source>
            <translation>Projekt-id (tomt: alla projekt på kommunal mark i områdena nedan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="88" />
            <source>In the areas with the codes (or the start of codes, e.g. 9901; empty: all)</source>
            <translation>I områdena med koderna (eller början av koder, t.ex. 9901; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="96" />
            <source>And of the area types (e.g. 1, 2 or 1-2; empty: all)</source>
            <translation>Och av områdestyperna (t.ex. 1, 2 eller 1-2; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="103" />
            <source>Target mix</source>
            <translation>Målfördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="128" />
            <source>Tenures that may be used</source>
            <translation>Upplåtelseformer som får användas</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="137" />
            <source>On private land keep the developer's split</source>
            <translation>Behåll byggherrens fördelning på privat mark</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="157" />
            <source>Split proposal (the area's mix before, as planned, proposed)</source>
            <translation>Förslag till fördelning (områdets fördelning före, som planerat, föreslaget)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="164" />
            <source>Projects with the proposed split</source>
            <translation>Projekt med föreslagen fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="202" />
            <source>Allow at least one tenure.</source>
            <translation>Tillåt minst en upplåtelseform.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="145" />
            <source>Land-owner values that mean the kommun's land (separated by ';')</source>
            <translation>Värden för markägare som betyder kommunal mark (åtskilda med ';')</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="329" />
            <source>constraints</source>
            <translation>villkor</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="329" />
            <source>input</source>
            <translation>indata</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="104" />
            <source>the kommun's mix</source>
            <translation>kommunens fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="104" />
            <source>the shares below</source>
            <translation>andelarna nedan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="196" />
            <source>Enter the target shares of all three tenures (they add up to 100 %).</source>
            <translation>Ange målandelar för alla tre upplåtelseformerna (de ska bli 100 % tillsammans).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="361" />
            <source>{pid} in {area} ({n} dwellings): {reason}</source>
            <translation>{pid} i {area} ({n} lägenheter): {reason}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="368" />
            <source>  distance to the target ({source}): before {b}, as planned {a}, proposed {c} percentage points</source>
            <translation>  avstånd till målet ({source}): före {b}, som planerat {a}, föreslaget {c} procentenheter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="39" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="44" />
            <source>'{}' in {} is not a number or a range.</source>
            <translation>'{}' i {} är inte ett tal eller ett intervall.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="224" />
            <source>The area layer has no field {} with the area types: run 'Area types' first, or choose the field, or leave the area types empty.</source>
            <translation>Områdeslagret saknar fältet {} med områdestyperna: kör 'Områdestyper' först, välj fältet eller lämna områdestyperna tomma.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="280" />
            <source>There is no project {} in the project layer.</source>
            <translation>Det finns inget projekt {} i projektlagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="283" />
            <source>Project {} {}; no split can be proposed.</source>
            <translation>Projekt {}: {}; ingen fördelning kan föreslås.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="310" />
            <source>No counted project on kommun land lies in the chosen areas ({n} counted projects there, all on other land). Choose other areas or a project id.</source>
            <translation>Inget projekt som räknas på kommunal mark ligger i de valda områdena ({n} projekt som räknas finns där, alla på annan mark). Välj andra områden eller ett projekt-id.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="327" />
            <source>Project {}: {}</source>
            <translation>Projekt {}: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="331" />
            <source>Project {} ({}): {}</source>
            <translation>Projekt {} ({}): {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="29" />
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="177" />
            <source>Raster statistics per area</source>
            <translation>Rasterstatistik per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="32" />
            <source>Sum, mean, minimum, maximum and share of cells above a threshold of any raster per polygon.</source>
            <translation>Summa, medelvärde, minimum, maximum och andel celler över ett gränsvärde för valfritt raster per yta.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>raster</source>
            <translation>raster</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>zonal statistics</source>
            <translation>zonstatistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>zonstatistik</source>
            <translation>zonstatistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>befolkningsrutor</source>
            <translation>befolkningsrutor</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>buller</source>
            <translation>buller</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="36" />
            <source>grid</source>
            <translation>rutnät</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="37" />
            <source>Summarises any raster for every polygon of a layer: a population grid (residents per area), noise, access to green space, or a layer like the sports weakness layer RF SISU overlaid on Segregationsbarometern.&lt;ul&gt;&lt;li&gt;a cell belongs to a polygon when its centre lies inside it (tick 'every cell the polygon touches' for small polygons);&lt;/li&gt;&lt;li&gt;nodata cells (the raster's own nodata value, or the value you give) are left out of every statistic and counted in the field nodata_cells;&lt;/li&gt;&lt;li&gt;polygons in another coordinate system are reprojected to the raster's (the raster is never resampled);&lt;/li&gt;&lt;li&gt;polygons that overlap each other each get their full result.&lt;/li&gt;&lt;/ul&gt;The new layer has the polygons' fields and, with the prefix (default zonal_): cells, nodata_cells, sum, mean, min, max, share_above (% of the valid cells above the threshold, when you give one) and note (why a polygon has no statistics).</source>
            <translation>Sammanfattar valfritt raster för varje yta i ett lager: ett befolkningsrutnät (invånare per område), buller, tillgång till grönområden, eller ett lager som den svaghetskarta för idrott som RF SISU lade över Segregationsbarometern.&lt;ul&gt;&lt;li&gt;en cell hör till en yta när cellens mittpunkt ligger i den (bocka i 'varje cell som ytan berör' för små ytor);&lt;/li&gt;&lt;li&gt;celler utan data (rastrets eget nodata-värde, eller värdet du anger) utelämnas ur all statistik och räknas i fältet nodata_cells;&lt;/li&gt;&lt;li&gt;ytor i ett annat koordinatsystem projiceras om till rastrets (rastret samplas aldrig om);&lt;/li&gt;&lt;li&gt;ytor som överlappar varandra får var och en hela sitt resultat.&lt;/li&gt;&lt;/ul&gt;Det nya lagret har ytornas fält och, med prefixet (standard zonal_): cells, nodata_cells, sum, mean, min, max, share_above (% av de giltiga cellerna över gränsvärdet, när du anger ett) och note (varför en yta saknar statistik).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="63" />
            <source>Raster</source>
            <translation>Raster</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="67" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="75" />
            <source>Areas (polygons)</source>
            <translation>Områden (ytor)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="81" />
            <source>Area code or name (for the log; optional)</source>
            <translation>Områdeskod eller namn (för loggen; valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="89" />
            <source>Share of cells above (optional)</source>
            <translation>Andel celler över (valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="117" />
            <source>Prefix of the new fields</source>
            <translation>Prefix för de nya fälten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="122" />
            <source>Areas with raster statistics</source>
            <translation>Områden med rasterstatistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="145" />
            <source>Give a prefix for the new fields (e.g. zonal_).</source>
            <translation>Ange ett prefix för de nya fälten (t.ex. zonal_).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="98" />
            <source>Also treat this value as nodata (optional)</source>
            <translation>Behandla också detta värde som nodata (valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="108" />
            <source>Count every cell the polygon touches (not only cells whose centre is inside)</source>
            <translation>Räkna varje cell som ytan berör (inte bara celler vars mittpunkt ligger i den)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="185" />
            <source>{n} areas; sum over all: {total}; {cells} valid and {nodata} nodata cells.</source>
            <translation>{n} områden; summa över alla: {total}; {cells} giltiga celler och {nodata} celler utan data.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="196" />
            <source>{} areas have no statistics: {}.</source>
            <translation>{} områden saknar statistik: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="68" />
            <source>Dwellings in hyresrätt (if missing: dwellings_hyresratt)</source>
            <translation>Lägenheter i hyresrätt (om det saknas: dwellings_hyresratt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="69" />
            <source>Dwellings in bostadsrätt (if missing: dwellings_bostadsratt)</source>
            <translation>Lägenheter i bostadsrätt (om det saknas: dwellings_bostadsratt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="70" />
            <source>Dwellings in äganderätt (if missing: dwellings_aganderatt)</source>
            <translation>Lägenheter i äganderätt (om det saknas: dwellings_aganderatt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="71" />
            <source>Dwellings with unknown tenure (if missing: dwellings_unknown)</source>
            <translation>Lägenheter med okänd upplåtelseform (om det saknas: dwellings_unknown)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="175" />
            <source>Planned hyresrätt (dwellings)</source>
            <translation>Planerade hyresrätter (lägenheter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="176" />
            <source>Planned bostadsrätt (dwellings)</source>
            <translation>Planerade bostadsrätter (lägenheter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="177" />
            <source>Planned äganderätt (dwellings)</source>
            <translation>Planerade äganderätter (lägenheter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="178" />
            <source>Start year</source>
            <translation>Byggstartsår</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="179" />
            <source>Land owner (kommun or private)</source>
            <translation>Markägare (kommun eller privat)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="180" />
            <source>Planning status</source>
            <translation>Planstatus</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="96" />
            <source>No field of the area layer holds area codes; choose the area code field.</source>
            <translation>Inget fält i områdeslagret innehåller områdeskoder; välj fältet med områdeskod.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="169" />
            <source>Planned housing projects (points or polygons)</source>
            <translation>Planerade bostadsprojekt (punkter eller ytor)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="183" />
            <source>Project id or name</source>
            <translation>Projekt-id eller namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="193" />
            <source>Count projects starting up to the year (empty: all)</source>
            <translation>Räkna projekt som startar senast år (tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="198" />
            <source>Count only projects with the status (several separated by ';', e.g. detaljplan antagen; byggstart; empty: all)</source>
            <translation>Räkna bara projekt med planstatus (flera åtskilda med ';', t.ex. detaljplan antagen; byggstart; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="110" />
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="238" />
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="244" />
            <source>project layer</source>
            <translation>projektlagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="150" />
            <source>Dwellings by tenure from the fields {}.</source>
            <translation>Lägenheter per upplåtelseform från fälten {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="120" />
            <source>The area layer has no field with the dwellings in {tenure} (looked for dwellings_{id} and {tenure}). Run 'Tenure mix per area' or 'Join statistics to areas' with SCB's table of dwellings by tenure first, or choose the field.</source>
            <translation>Områdeslagret saknar ett fält med lägenheterna i {tenure} (letade efter dwellings_{id} och {tenure}). Kör först 'Upplåtelseformer per område' eller 'Koppla statistik till områden' med SCB:s tabell över lägenheter efter upplåtelseform, eller välj fältet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="248" />
            <source>Choose the field of the project layer with the planned dwellings in {}.</source>
            <translation>Välj fältet i projektlagret med de planerade lägenheterna i {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="266" />
            <source>The layer already has a field {}; the new one is called {}.</source>
            <translation>Lagret har redan ett fält {}; det nya heter {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="237" />
            <source>The project layer has no field {}; {} is not used.</source>
            <translation>Projektlagret saknar fältet {}; {} används inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="242" />
            <source>The project layer has no field {} (its fields: {}).</source>
            <translation>Projektlagret saknar fältet {} (dess fält: {}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="67" />
            <source>hyresrätt (rental)</source>
            <translation>hyresrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="68" />
            <source>bostadsrätt (tenant-owned)</source>
            <translation>bostadsrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="69" />
            <source>äganderätt (owner-occupied)</source>
            <translation>äganderätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="147" />
            <source>0 – 0.4: one tenure dominates</source>
            <translation>0 – 0,4: en upplåtelseform dominerar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="148" />
            <source>0.4 – 0.6</source>
            <translation>0,4 – 0,6</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="149" />
            <source>0.6 – 0.8</source>
            <translation>0,6 – 0,8</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="150" />
            <source>0.8 – 0.9</source>
            <translation>0,8 – 0,9</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="151" />
            <source>0.9 – 1: evenly mixed</source>
            <translation>0,9 – 1: jämnt blandat</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="218" />
            <source>best class A – very good service</source>
            <translation>bästa klass A – mycket god kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="219" />
            <source>best class B – good service</source>
            <translation>bästa klass B – god kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="220" />
            <source>best class C – medium service</source>
            <translation>bästa klass C – medelgod kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="221" />
            <source>best class D – basic service</source>
            <translation>bästa klass D – grundläggande kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="222" />
            <source>best class E – low service</source>
            <translation>bästa klass E – låg kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="223" />
            <source>best class F – minimal service</source>
            <translation>bästa klass F – minimal kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="137" />
            <source>two or three tenures tie</source>
            <translation>två eller tre upplåtelseformer lika stora</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="139" />
            <source>no dwellings or suppressed</source>
            <translation>inga lägenheter eller skyddade uppgifter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="180" />
            <source>outside every area</source>
            <translation>utanför alla områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="184" />
            <source>flag: reinforces a one-sided mix</source>
            <translation>flagga: förstärker en ensidig fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="189" />
            <source>flag: makes the area one-sided</source>
            <translation>flagga: gör området ensidigt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="194" />
            <source>balancing a one-sided area</source>
            <translation>balanserar ett ensidigt område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="199" />
            <source>not counted (start year or status)</source>
            <translation>räknas inte (byggstartsår eller status)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="207" />
            <source>no flag</source>
            <translation>ingen flagga</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="231" />
            <source>no class reached</source>
            <translation>ingen klass nås</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="240" />
            <source>class</source>
            <translation>klass</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="123" />
            <source>{tenure} ≥ {pct} %: one-sided</source>
            <translation>{tenure} ≥ {pct} %: ensidigt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/styles.py" line="132" />
            <source>{tenure} largest, &lt; {pct} %</source>
            <translation>{tenure} störst, &lt; {pct} %</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="279" />
            <source>The {} has no features (an empty layer, or a selection or filter that matches nothing).</source>
            <translation>Det finns inga objekt i {} (ett tomt lager, eller ett urval eller filter som inte träffar något).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="285" />
            <source>None of the {n} features of the {label} has a geometry.</source>
            <translation>Inget av de {n} objekten i {label} har en geometri.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="315" />
            <source>Minimum share of {} in the project (%)</source>
            <translation>Lägsta andel {} i projektet (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="317" />
            <source>Maximum share of {} in the project (%)</source>
            <translation>Högsta andel {} i projektet (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="372" />
            <source>The minimum shares add up to {total} % ({parts}), more than 100 %: no project can meet them all. Lower a minimum share.</source>
            <translation>De lägsta andelarna blir tillsammans {total} % ({parts}), mer än 100 %: inget projekt kan uppfylla alla. Sänk en lägsta andel.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="383" />
            <source>The maximum shares of the tenures that may be used add up to only {total} % ({parts}), less than 100 %: no project can be split within them. Raise a maximum share or allow another tenure.</source>
            <translation>De högsta andelarna för de upplåtelseformer som får användas blir tillsammans bara {total} % ({parts}), mindre än 100 %: inget projekt kan fördelas inom dem. Höj en högsta andel eller tillåt en annan upplåtelseform.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/params.py" line="360" />
            <source>The minimum share of {tenure} ({min_name} = {low} %) is above its maximum ({max_name} = {high} %). Lower the minimum or raise the maximum.</source>
            <translation>Den lägsta andelen {tenure} ({min_name} = {low} %) är större än den högsta ({max_name} = {high} %). Sänk den lägsta eller höj den högsta andelen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="112" />
            <source>No project is counted: the projected mix is today's mix.</source>
            <translation>Inget projekt räknas: den framtida fördelningen är dagens.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="119" />
            <source>No project can be put into an area.</source>
            <translation>Inget projekt kan läggas i ett område.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="209" />
            <source>No plan area can be compared with the areas.</source>
            <translation>Inget planområde kan jämföras med områdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="216" />
            <source>Every plan area lies outside the areas: no residents and no tenure mix.</source>
            <translation>Alla planområden ligger utanför områdena: inga invånare och ingen fördelning av upplåtelseformer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="240" />
            <source>No planned dwellings are counted.</source>
            <translation>Inga planerade lägenheter räknas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="254" />
            <source>No plan area reaches a quality class.</source>
            <translation>Inget planområde når en kvalitetsklass.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="217" />
            <source>The output has no areas.</source>
            <translation>Resultatet har inga områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="318" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="311" />
            <source>No area can be summed to a district.</source>
            <translation>Inget område kan summeras till ett distrikt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="228" />
            <source>None of the {n} areas has all three counts in the fields {fields} (every one is empty or suppressed): no area gets a mix. Check that these are the fields with the dwellings by tenure, or join SCB's table first.</source>
            <translation>Inget av de {n} områdena har alla tre antalen i fälten {fields} (alla är tomma eller skyddade): inget område får en fördelning. Kontrollera att det är fälten med lägenheter per upplåtelseform, eller koppla SCB:s tabell först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="38" />
            <source>For a planned project of N dwellings, proposes the whole-number split into hyresrätt, bostadsrätt and äganderätt that brings the area's mix after the project (today's dwellings, the other counted projects in the area and this project) closest to a target: the &lt;b&gt;kommun's mix&lt;/b&gt; (the sum of the kommun's areas), or shares you enter (they must add up to 100 %, give or take 0.5 percentage points for rounding, and are then scaled to exactly 100). 'Closest' is the smallest distance between the shares and the target, in percentage points (√ of the sum of the squared differences); the proposal is the exact best split.&lt;br&gt;&lt;b&gt;Constraints&lt;/b&gt;: the kommun can decide the tenure only on its own land, so on private land the developer's split is kept and shown (untick to explore it anyway); a minimum rental share agreed with a builder (and, under Advanced parameters, a minimum and a maximum share of each tenure); the tenures that may be used. Constraints that cannot all hold stop the tool with a message that names them.&lt;br&gt;Give a project id for one project, or leave it empty to get a proposal for every counted project on kommun land in the chosen areas (codes or the start of codes, e.g. 9901 for a whole kommun, and/or area types, e.g. 1, 2).&lt;br&gt;The table shows, per project, the area's mix before the project, after it as planned and after the proposed split, with the distance to the target; the optional project layer has one row per project with the planned and the proposed split.</source>
            <translation>För ett planerat projekt med N lägenheter föreslås den fördelning i hela lägenheter på hyresrätt, bostadsrätt och äganderätt som för områdets fördelning efter projektet (dagens lägenheter, de andra projekten som räknas i området och detta projekt) närmast ett mål: &lt;b&gt;kommunens fördelning&lt;/b&gt; (summan av kommunens områden), eller andelar som du anger (de ska bli 100 % tillsammans, med en marginal på 0,5 procentenheter för avrundning, och skalas sedan till exakt 100). 'Närmast' är det minsta avståndet mellan andelarna och målet, i procentenheter (√ av summan av de kvadrerade skillnaderna); förslaget är den exakt bästa fördelningen.&lt;br&gt;&lt;b&gt;Villkor&lt;/b&gt;: kommunen kan bestämma upplåtelseformen bara på egen mark, så på privat mark behålls byggherrens fördelning och visas (bocka ur för att ändå pröva en fördelning); en lägsta andel hyresrätt som avtalats med en byggherre (och, under Avancerade parametrar, en lägsta och en högsta andel för varje upplåtelseform); de upplåtelseformer som får användas. Villkor som inte alla kan uppfyllas stoppar verktyget med ett meddelande som namnger dem.&lt;br&gt;Ange ett projekt-id för ett projekt, eller lämna tomt för att få ett förslag för varje projekt som räknas på kommunal mark i de valda områdena (koder eller början av koder, t.ex. 9901 för en hel kommun, och/eller områdestyper, t.ex. 1, 2).&lt;br&gt;Tabellen visar per projekt områdets fördelning före projektet, efter projektet som planerat och efter den föreslagna fördelningen, med avståndet till målet; det valfria projektlagret har en rad per projekt med den planerade och den föreslagna fördelningen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="244" />
            <source>There is no project to split.</source>
            <translation>Det finns inget projekt att fördela.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="249" />
            <source>A split needs the mix of the area a project lies in.</source>
            <translation>En fördelning kräver fördelningen i det område där projektet ligger.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="179" />
            <source>{label} ({name}) is {value}; a share must be between 0 and 100 %.</source>
            <translation>{label} ({name}) är {value}; en andel måste ligga mellan 0 och 100 %.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="295" />
            <source>No counted project lies in the chosen areas ({n} of {total} projects lie in an area; {outside} in none). Choose other areas, a later year or other statuses.</source>
            <translation>Inget projekt som räknas ligger i de valda områdena ({n} av {total} projekt ligger i ett område; {outside} i inget). Välj andra områden, ett senare år eller andra statusar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="141" />
            <source>The output has no statistics.</source>
            <translation>Resultatet har ingen statistik.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="59" />
            <source>For a planned project of N dwellings, proposes the whole-number split into hyresrätt, bostadsrätt and äganderätt that brings the area's mix after the project (today's dwellings, the other counted projects in the area and this project) closest to a target: the &lt;b&gt;kommun's mix&lt;/b&gt; (the sum of the kommun's areas), or shares you enter. 'Closest' is the smallest distance between the shares and the target, in percentage points (√ of the sum of the squared differences); the proposal is the exact best split.&lt;br&gt;&lt;b&gt;Constraints&lt;/b&gt;: the kommun can decide the tenure only on its own land, so on private land the developer's split is kept and shown (untick to explore it anyway); a minimum rental share agreed with a builder; the tenures that may be used. Constraints that cannot all hold stop the tool with a message that names them.&lt;br&gt;Give a project id for one project, or leave it empty to get a proposal for every counted project on kommun land in the chosen areas (codes or the start of codes, e.g. 9901 for a whole kommun, and/or area types, e.g. 1, 2).&lt;br&gt;The table shows, per project, the area's mix before the project, after it as planned and after the proposed split, with the distance to the target; the optional project layer has one row per project with the planned and the proposed split.</source>
            <translation>För ett planerat projekt med N lägenheter föreslås den fördelning i hela lägenheter på hyresrätt, bostadsrätt och äganderätt som för områdets fördelning efter projektet (dagens lägenheter, de andra projekten som räknas i området och detta projekt) närmast ett mål: &lt;b&gt;kommunens fördelning&lt;/b&gt; (summan av kommunens områden), eller andelar som du anger. 'Närmast' är det minsta avståndet mellan andelarna och målet, i procentenheter (√ av summan av de kvadrerade skillnaderna); förslaget är den exakt bästa fördelningen.&lt;br&gt;&lt;b&gt;Villkor&lt;/b&gt;: kommunen kan bestämma upplåtelseformen bara på egen mark, så på privat mark behålls byggherrens fördelning och visas (bocka ur för att ändå pröva en fördelning); en lägsta andel hyresrätt som avtalats med en byggherre; de upplåtelseformer som får användas. Villkor som inte alla kan uppfyllas stoppar verktyget med ett meddelande som namnger dem.&lt;br&gt;Ange ett projekt-id för ett projekt, eller lämna tomt för att få ett förslag för varje projekt som räknas på kommunal mark i de valda områdena (koder eller början av koder, t.ex. 9901 för en hel kommun, och/eller områdestyper, t.ex. 1, 2).&lt;br&gt;Tabellen visar per projekt områdets fördelning före projektet, efter projektet som planerat och efter den föreslagna fördelningen, med avståndet till målet; det valfria projektlagret har en rad per projekt med den planerade och den föreslagna fördelningen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="146" />
            <source>Minimum share of hyresrätt in the project (%)</source>
            <translation>Lägsta andel hyresrätt i projektet (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="117" />
            <source>a year</source>
            <comment>part of a message</comment>
            <translation>ett årtal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="280" />
            <location filename="../segregation_plugin/core/planning/rental_balance.py" line="49" />
            <source>a number of dwellings</source>
            <comment>part of a message</comment>
            <translation>ett antal lägenheter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="72" />
            <source>a number of {what}</source>
            <comment>part of a message</comment>
            <translation>ett antal {what}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/housing_projection.py" line="65" />
            <source>The tenure table has no field '{area_key}'. Choose its code field.</source>
            <translation>Tabellen med upplåtelseformer har inget fält '{area_key}'. Välj dess kodfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/housing_projection.py" line="69" />
            <source>The tenure table has no {join_missing}: compute the tenure mix first.</source>
            <translation>Tabellen med upplåtelseformer saknar {join_missing}: beräkna upplåtelseformerna först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/housing_projection.py" line="74" />
            <source>The area {dup} occurs more than once in the tenure table.</source>
            <translation>Området {dup} förekommer mer än en gång i tabellen med upplåtelseformer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="153" />
            <source>Projects reprojected from {projects_crs_to_string} to the areas' {areas_crs_to_string}.</source>
            <translation>Projekten projicerades om från {projects_crs_to_string} till områdenas {areas_crs_to_string}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="158" />
            <source>One layer has no coordinate reference system; both assumed to be the same.</source>
            <translation>Ett av lagren saknar koordinatsystem; båda antas ha samma.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="181" />
            <source>polygons must be one of {join_polygon_rules}, not {polygons}.</source>
            <translation>polygons måste vara en av {join_polygon_rules}, inte {polygons}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="183" />
            <source>The area layer has no field '{area_key}'. Choose its code field.</source>
            <translation>Områdeslagret har inget fält '{area_key}'. Välj dess kodfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="208" />
            <source>Project {usable_at_idx_project_id} is a {kinds_loc_idx}; a project must be a point or a polygon.</source>
            <translation>Projekt {usable_at_idx_project_id} är en {kinds_loc_idx}; ett projekt måste vara en punkt eller en polygon.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="214" />
            <source>Multipoint projects are placed at the centre of their points.</source>
            <translation>Projekt som är multipunkter placeras i mitten av sina punkter.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="85" />
            <source>The project layer has no field '{col}' (fields: {join_map_str_projects}). Choose the field for {name}.</source>
            <translation>Projektlagret har inget fält '{col}' (fält: {join_map_str_projects}). Välj fältet för {name}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="98" />
            <source>The project id '{repeated_iloc}' in '{cols_project_id}' occurs more than once: the tools would count such projects as one. Give each project its own id, or leave the id field empty to number the projects.</source>
            <translation>Projekt-id '{repeated_iloc}' i '{cols_project_id}' förekommer mer än en gång: verktygen skulle räkna sådana projekt som ett. Ge varje projekt ett eget id, eller lämna id-fältet tomt så numreras projekten.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="124" />
            <source>Project {out_at_idx_project_id}: start year {projects_at_idx_cols} in '{cols_start_year}' is not a year. {write}</source>
            <translation>Projekt {out_at_idx_project_id}: startåret {projects_at_idx_cols} i '{cols_start_year}' är inget årtal. {write}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="111" />
            <source>Write the year construction starts (e.g. 2027) or leave it empty.</source>
            <comment>part of a message</comment>
            <translation>Skriv året då byggstarten sker (t.ex. 2027) eller lämna det tomt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="228" />
            <source>Project {std_at_idx_project_id} lies on the border of {join_matches}; put in {matches}.</source>
            <translation>Projekt {std_at_idx_project_id} ligger på gränsen mellan {join_matches}; placerades i {matches}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planned_housing.py" line="260" />
            <source>{inside_shape_area} % of project {pid} lies outside every area; its dwellings are counted in the areas it overlaps.</source>
            <translation>{inside_shape_area} % av projekt {pid} ligger utanför alla områden; dess lägenheter räknas i de områden det överlappar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="52" />
            <source>The {what} were reprojected from {frame_crs_to_string} to {crs_to_string}.</source>
            <translation>Lagret med {what} projicerades om från {frame_crs_to_string} till {crs_to_string}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="190" />
            <source>plan polygons</source>
            <comment>part of a message</comment>
            <translation>planområden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="290" />
            <source>quality-class polygons</source>
            <comment>part of a message</comment>
            <translation>kvalitetsklasser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="83" />
            <source>The quality-class layer has no field '{class_column}'.</source>
            <translation>Lagret med kvalitetsklasser har inget fält '{class_column}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="87" />
            <source>Quality classes {join_unknown} are not A–F and were left out.</source>
            <translation>Kvalitetsklasserna {join_unknown} är inte A–F och togs inte med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="175" />
            <source>The plan layer has no field '{plan_key}'.</source>
            <translation>Planlagret har inget fält '{plan_key}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="180" />
            <source>The areas are in degrees; the overlay was computed in SWEREF 99 TM (EPSG:3006).</source>
            <translation>Områdena är i grader; överlagringen beräknades i SWEREF 99 TM (EPSG:3006).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="353" />
            <source>{len_left} projects not counted (start year or status).</source>
            <translation>{len_left} projekt räknades inte (startår eller status).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="171" />
            <source>The area layer has no field '{name}' (fields: {join_map_str_areas}). Choose the right field.</source>
            <translation>Områdeslagret har inget fält '{name}' (fält: {join_map_str_areas}). Välj rätt fält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="65" />
            <source>The kommun of area {area} cannot be read from its code; give the kommun field or enter target shares.</source>
            <translation>Kommunen för område {area} kan inte läsas ur dess kod; ange kommunfältet eller målandelar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="72" />
            <source>Kommun {kommun} has no dwellings in the tenure table; enter target shares.</source>
            <translation>Kommun {kommun} har inga lägenheter i tabellen med upplåtelseformer; ange målandelar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="85" />
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="97" />
            <source>The tenure table has no field '{area_key}'.</source>
            <translation>Tabellen med upplåtelseformer har inget fält '{area_key}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="153" />
            <source>Project {pid} is not among the assigned projects (outside every area?).</source>
            <translation>Projekt {pid} finns inte bland de placerade projekten (utanför alla områden?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="158" />
            <source>Area {area} of project {pid} is not in the tenure table.</source>
            <translation>Område {area} för projekt {pid} finns inte i tabellen med upplåtelseformer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/project_splits.py" line="44" />
            <source>The tenure table has no field '{kommun_column}'.</source>
            <translation>Tabellen med upplåtelseformer har inget fält '{kommun_column}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="80" />
            <source>{len_mix} {from_name} → {len_out} {level_name} using {how}.</source>
            <translation>{len_mix} {from_name} → {len_out} {level_name} med {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="221" />
            <source>{n_in} of {len_mix} areas assigned to {len_districts} districts by {how}.</source>
            <translation>{n_in} av {len_mix} områden fördelade på {len_districts} planeringsområden efter {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="71" />
            <source>The area layer has no field '{code_field}'. Choose its code field.</source>
            <translation>Områdeslagret har inget fält '{code_field}'. Välj dess kodfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="92" />
            <source>{unassigned} areas have no {level_name} in the key and were left out.</source>
            <translation>{unassigned} områden har ingen {level_name} i nyckeln och togs inte med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="181" />
            <source>The district layer has no field '{id_field}'.</source>
            <translation>Områdeslagret har inget fält '{id_field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="206" />
            <source>The district layer already has the fields {join_clash}; rename them or use another layer.</source>
            <translation>Områdeslagret har redan fälten {join_clash}; byt namn på dem eller använd ett annat lager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="223" />
            <source>{len_mix_n_in} areas lie in no district and were left out.</source>
            <translation>{len_mix_n_in} områden ligger inte i något planeringsområde och togs inte med.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="225" />
            <source>{int_empty_sum} districts got no area: {join_ids_empty_head}.</source>
            <translation>{int_empty_sum} planeringsområden fick inget område: {join_ids_empty_head}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="254" />
            <source>The area layer has no field '{code_field}'.</source>
            <translation>Områdeslagret har inget fält '{code_field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="306" />
            <source>No value in '{code_field}' is a DeSO, RegSO or kommun code, so the kommun and county cannot be read from it. Choose the code field, or leave out the comparison.</source>
            <translation>Inget värde i '{code_field}' är en DeSO-, RegSO- eller kommunkod, så kommun och län kan inte läsas ur det. Välj kodfältet, eller avstå från jämförelsen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="63" />
            <source>The field '{column}' is not in the table (fields: {join_map_str_frame}). Choose the field that holds the number of {what}.</source>
            <translation>Fältet '{column}' finns inte i tabellen (fält: {join_map_str_frame}). Välj fältet med antalet {what}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="80" />
            <source>'{column}' in {row_names_frame_index_first} is negative ({values_iloc_first}). A number of {what} cannot be negative; correct the value.</source>
            <translation>'{column}' i {row_names_frame_index_first} är negativt ({values_iloc_first}). Ett antal {what} kan inte vara negativt; rätta värdet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="203" />
            <source>The table has no {join_missing}: compute the tenure mix first (tenure_mix).</source>
            <translation>Tabellen saknar {join_missing}: beräkna upplåtelseformerna först (tenure_mix).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="207" />
            <source>{int_no_key_sum} areas have no key to aggregate by and are left out.</source>
            <translation>{int_no_key_sum} områden har ingen nyckel att summera efter och utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="261" />
            <source>The field '{by}' naming each area's {label} is not in the table.</source>
            <translation>Fältet '{by}' som anger varje områdes {label} finns inte i tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="263" />
            <source>The {label} table has no field '{reference_key}'.</source>
            <translation>Tabellen för {label} har inget fält '{reference_key}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="292" />
            <source>No value in '{code_column}' is a DeSO or RegSO code; the kommun cannot be read from it. Choose the code field or aggregate by a kommun field with aggregate_mix.</source>
            <translation>Inget värde i '{code_column}' är en DeSO- eller RegSO-kod; kommunen kan inte läsas ur det. Välj kodfältet eller summera efter ett kommunfält med aggregate_mix.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="114" />
            <source>count of {join_missing} missing (suppressed or empty)</source>
            <translation>antal {join_missing} saknas (skyddat eller tomt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="194" />
            <source>The field '{by}' to aggregate by is not in the table.</source>
            <translation>Fältet '{by}' att summera efter finns inte i tabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="117" />
            <source>no dwellings with known tenure</source>
            <translation>inga lägenheter med känd upplåtelseform</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="77" />
            <source>A target share is negative; enter shares between 0 and 100 %.</source>
            <translation>En målandel är negativ; ange andelar mellan 0 och 100 %.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="81" />
            <source>The target shares add up to {total} %, not 100 % ({text}).</source>
            <translation>Målandelarna summerar till {total} %, inte 100 % ({text}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="290" />
            <source>The project's number of dwellings must be a whole number above 0, not {n}.</source>
            <translation>Projektets antal lägenheter måste vara ett heltal större än 0, inte {n}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="72" />
            <source>'{k}' in the {what} is not a tenure; use hyresrätt, bostadsrätt or äganderätt.</source>
            <translation>'{k}' i {what} är ingen upplåtelseform; använd hyresrätt, bostadsrätt eller äganderätt.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="108" />
            <source>minimum shares</source>
            <comment>part of a message</comment>
            <translation>minimiandelarna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="109" />
            <source>maximum shares</source>
            <comment>part of a message</comment>
            <translation>maxandelarna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="294" />
            <source>current dwellings</source>
            <comment>part of a message</comment>
            <translation>dagens lägenheter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="295" />
            <source>other planned dwellings</source>
            <comment>part of a message</comment>
            <translation>de andra planerade lägenheterna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="305" />
            <source>planned split</source>
            <comment>part of a message</comment>
            <translation>den planerade fördelningen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="299" />
            <source>The area's number of {tenure_name_t} is missing (suppressed?); a split cannot be proposed without today's mix.</source>
            <translation>Områdets antal lägenheter med {tenure_name_t} saknas (skyddat?); en fördelning kan inte föreslås utan dagens sammansättning.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="308" />
            <source>The planned split adds up to {sum_own_values} dwellings, not the project's {n}.</source>
            <translation>Den planerade fördelningen summerar till {sum_own_values} lägenheter, inte projektets {n}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="118" />
            <source>'{name}' among the allowed tenures is not a tenure.</source>
            <translation>'{name}' bland de tillåtna upplåtelseformerna är ingen upplåtelseform.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="47" />
            <source>The raster '{raster}' cannot be opened: {exc}</source>
            <translation>Rastret '{raster}' kan inte öppnas: {exc}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="105" />
            <source>The raster has {ds_count} band(s); band {band} does not exist.</source>
            <translation>Rastret har {ds_count} band; band {band} finns inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="129" />
            <source>Polygons reprojected from {zones_crs_to_string} to the raster's {ds_crs_to_string} before the statistics (the raster is not resampled).</source>
            <translation>Polygonerna projicerades om från {zones_crs_to_string} till rastrets {ds_crs_to_string} före statistiken (rastret samplas inte om).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="134" />
            <source>The polygons or the raster have no coordinate system; assumed the same.</source>
            <translation>Polygonerna eller rastret saknar koordinatsystem; de antas ha samma.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="111" />
            <source>The polygon layer has no field '{key}'.</source>
            <translation>Polygonlagret har inget fält '{key}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/zonal_raster.py" line="128" />
            <source>{len_overlapping} polygons overlap others; each got its full result (computed one by one).</source>
            <translation>{len_overlapping} polygoner överlappar andra; var och en fick sitt fulla resultat (beräknade en i taget).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_mix.py" line="73" />
            <source>Correct the values (SCB's markers for suppressed cells, such as '..', are read as missing).</source>
            <comment>part of a message</comment>
            <translation>Rätta värdena (SCB:s markeringar för skyddade celler, som '..', läses som saknade).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="143" />
            <source>The constraints conflict: {join_conflicts}.</source>
            <translation>Villkoren går inte ihop: {join_conflicts}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="147" />
            <source>The minimum shares need {sum_lower_values} dwellings ({join_parts}) but the project has {n}. Lower a minimum share.</source>
            <translation>Minimiandelarna kräver {sum_lower_values} lägenheter ({join_parts}) men projektet har {n}. Sänk en minimiandel.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="156" />
            <source>The allowed tenures and maximum shares leave room for only {sum_upper_values} of the project's {n} dwellings ({join_parts}). Allow another tenure or raise a maximum share.</source>
            <translation>De tillåtna upplåtelseformerna och maxandelarna ger bara plats för {sum_upper_values} av projektets {n} lägenheter ({join_parts}). Tillåt en annan upplåtelseform eller höj en maxandel.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="140" />
            <source>{tenure_name_t} must be at least {mins_t} % ({lower_t} dwellings) but {why}</source>
            <comment>part of a message</comment>
            <translation>{tenure_name_t} måste vara minst {mins_t} % ({lower_t} lägenheter) men {why}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="135" />
            <source>is not allowed</source>
            <comment>part of a message</comment>
            <translation>är inte tillåten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="137" />
            <source>may be at most {maxs_get_t} % ({upper_t} dwellings)</source>
            <comment>part of a message</comment>
            <translation>får vara högst {maxs_get_t} % ({upper_t} lägenheter)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="65" />
            <source>Polygons reprojected from {crs_text_zones_crs} to the raster's {crs_text_ds_crs} before the statistics (the raster is not resampled).</source>
            <translation>Polygonerna projicerades om från {crs_text_zones_crs} till rastrets {crs_text_ds_crs} före statistiken (rastret samplas inte om).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="36" />
            <source>EPSG:{epsg}</source>
            <comment>part of a message</comment>
            <translation>EPSG:{epsg}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="34" />
            <source>no coordinate reference system</source>
            <comment>part of a message</comment>
            <translation>inget koordinatreferenssystem</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="85" />
            <source>{where}, and {missing} no coordinate reference system. Assign the right coordinate reference system (e.g. Raster › Projections › Assign projection for the raster) and run again.</source>
            <translation>{where}, och {missing} inget koordinatreferenssystem. Tilldela rätt koordinatreferenssystem (för rastret t.ex. med Raster › Projektioner › Tilldela projektion) och kör igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="77" />
            <source>The raster '{name}' (extent {extent_text_raster_bounds_ds_crs}) does not overlap the polygons (extent {extent_text_bounds_crs}, reprojected from {crs_text_zones_crs})</source>
            <comment>part of a message</comment>
            <translation>Rastret '{name}' (utbredning {extent_text_raster_bounds_ds_crs}) överlappar inte polygonerna (utbredning {extent_text_bounds_crs}, omprojicerade från {crs_text_zones_crs})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="77" />
            <source>The raster '{name}' (extent {extent_text_raster_bounds_ds_crs}) does not overlap the polygons (extent {extent_text_bounds_crs})</source>
            <comment>part of a message</comment>
            <translation>Rastret '{name}' (utbredning {extent_text_raster_bounds_ds_crs}) överlappar inte polygonerna (utbredning {extent_text_bounds_crs})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="82" />
            <source>the raster has</source>
            <comment>part of a message</comment>
            <translation>rastret har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="82" />
            <source>the polygons have</source>
            <comment>part of a message</comment>
            <translation>polygonerna har</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="99" />
            <source>{where}. Check that the raster covers the areas and that both layers have the right coordinate reference system.</source>
            <translation>{where}. Kontrollera att rastret täcker områdena och att båda lagren har rätt koordinatreferenssystem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/raster_fit.py" line="113" />
            <source>The part of the raster '{name}' under the polygons cannot be read (raster extent {extent_text_tuple_ds_bounds}): {exc}. Check that the raster covers the areas.</source>
            <translation>Den del av rastret '{name}' som ligger under polygonerna kan inte läsas (rastrets utbredning {extent_text_tuple_ds_bounds}): {exc}. Kontrollera att rastret täcker områdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="77" />
            <source>No areas: nothing to sum to {codes_level_names_level}.</source>
            <translation>Inga områden: inget att summera till {codes_level_names_level}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="100" />
            <source>The target shares add up to {round_total_share_decimals} %, not 100 % ({text}); they may differ from 100 by at most {target_tolerance} percentage points (for rounding). Correct the shares.</source>
            <translation>Målandelarna summerar till {round_total_share_decimals} %, inte 100 % ({text}); de får avvika från 100 med högst {target_tolerance} procentenheter (för avrundning). Rätta andelarna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="84" />
            <source>The {what} of {tenure_name_t} is {shares_t} %; a share must be between 0 and 100 %.</source>
            <translation>För {tenure_name_t} är {what} {shares_t} %; en andel måste ligga mellan 0 och 100 %.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="95" />
            <source>target share</source>
            <comment>part of a message</comment>
            <translation>målandelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="110" />
            <source>minimum share</source>
            <comment>part of a message</comment>
            <translation>minimiandelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_split.py" line="111" />
            <source>maximum share</source>
            <comment>part of a message</comment>
            <translation>maxandelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="88" />
            <source>{summed} {from_name} → {len_out} {level_name} using {how}.</source>
            <translation>{summed} {from_name} → {len_out} {level_name} med {how}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="87" />
            <source>{used} of {len_mix}</source>
            <comment>part of a message</comment>
            <translation>{used} av {len_mix}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="148" />
            <source>{len_rows} {noun} have no code in '{code_field}' (feature {features}; {dwellings} dwellings) and were left out: fill in their codes, or remove them if they do not belong. They lie in {level_name} {join_places}, whose sums are too small by them (see mix_note and areas_left_out).</source>
            <translation>{len_rows} {noun} saknar kod i '{code_field}' (objekt {features}; {dwellings} lägenheter) och utelämnades: fyll i deras koder, eller ta bort dem om de inte hör dit. De ligger i {level_name} {join_places}, vars summor blir för små utan dem (se mix_note och areas_left_out).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="243" />
            <source>{twice_nunique} area codes of '{code_field}' occur in more than one feature ({join_shown}): their dwellings would be counted twice in the kommun's, the county's and the larger area's mix. Keep one feature per area (check the layer with 'Check area layer').</source>
            <translation>{twice_nunique} områdeskoder i '{code_field}' förekommer i mer än ett objekt ({join_shown}): deras lägenheter skulle räknas två gånger i kommunens, länets och det större områdets fördelning. Behåll ett objekt per område (kontrollera lagret med 'Kontrollera områdeslager').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/tenure_levels.py" line="241" />
            <source>{code} in features {join_map_str_rows}</source>
            <comment>part of a message</comment>
            <translation>{code} i objekten {join_map_str_rows}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="127" />
            <source>{twice_nunique} plan ids of '{plan_key}' occur more than once ({join_shown}). Each feature was kept as its own row, as its numbers are its own; but the rows of one id cannot be told apart by it. Give each plan its own id, or merge the polygons of one plan.</source>
            <translation>{twice_nunique} plan-id i '{plan_key}' förekommer mer än en gång ({join_shown}). Varje objekt behölls som en egen rad, eftersom dess siffror är dess egna; men raderna med samma id går inte att skilja åt med det. Ge varje plan ett eget id, eller slå ihop polygonerna för en plan.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="258" />
            <source>project layer '{}'</source>
            <translation>projektlagret '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="260" />
            <source>area layer '{}'</source>
            <translation>områdeslagret '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="145" />
            <source>Planned projects with flags</source>
            <translation>Planerade projekt med flaggor</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planned_housing.py" line="152" />
            <source>Projected tenure mix</source>
            <translation>Framskriven upplåtelseformsfördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="288" />
            <source>Planning table</source>
            <translation>Planeringstabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="296" />
            <source>Planning table (no geometry)</source>
            <translation>Planeringstabell (utan geometri)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="294" />
            <source>Tenure mix of the kommun and county</source>
            <translation>Upplåtelseformer i kommunen och länet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/planning/tenure_split.py" line="350" />
            <source>Projects with their split</source>
            <translation>Projekt med sin fördelning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/planning/planning_overlay.py" line="223" />
            <source>Areas without grid population, where land area was used: {len_names} ({join_names}{len_names_2}).</source>
            <translation>Områden utan befolkning i rutnätet, där landarean användes: {len_names} ({join_names}{len_names_2}).</translation>
        </message>
    </context>
</TS>
