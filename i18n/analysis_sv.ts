<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="107" />
            <source>Area types DeSO {years} — {region}</source>
            <translation>Områdestyper DeSO {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="108" />
            <source>Area types RegSO {years} — {region}</source>
            <translation>Områdestyper RegSO {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="109" />
            <source>Changed area type RegSO {years} — {region}</source>
            <translation>Ändrad områdestyp RegSO {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="110" />
            <source>Area type transitions RegSO {years} — {region}</source>
            <translation>Övergångar mellan områdestyper RegSO {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="111" />
            <source>Ojämlikhetsindex and criteria per kommun {years} — {region}</source>
            <translation>Ojämlikhetsindex och kriterier per kommun {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="112" />
            <source>Join report {years} — {region}</source>
            <translation>Kopplingsrapport {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="96" />
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="94" />
            <source>län {}</source>
            <translation>län {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="99" />
            <source>{} kommuner</source>
            <translation>{} kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="52" />
            <source>'{code}' is neither a kommun code (four digits, e.g. 0180) nor a län code (two digits, e.g. 14). Write the codes separated by commas.</source>
            <translation>'{code}' är varken en kommunkod (fyra siffror, t.ex. 0180) eller en länskod (två siffror, t.ex. 14). Skriv koderna åtskilda med kommatecken.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/run.py" line="131" />
            <source>{step}: the tool failed.</source>
            <translation>{step}: verktyget misslyckades.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/run.py" line="126" />
            <source>{step}: {message}</source>
            <translation>{step}: {message}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="34" />
            <source>Segregation analysis for kommuner</source>
            <translation>Segregationsanalys för kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="36" />
            <source>The whole analysis in one run: SCB's exports from a folder, area types of DeSO and RegSO, their change and the ojämlikhetsindex, for the kommuner you choose.</source>
            <translation>Hela analysen i en körning: SCB:s uttag från en mapp, områdestyper för DeSO och RegSO, deras förändring och ojämlikhetsindex, för de kommuner du väljer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="41" />
            <source>guided</source>
            <translation>guidad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="41" />
            <source>analysis</source>
            <translation>analys</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="39" />
            <source>Runs the plugin's tools one after another, with one progress bar:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import SCB table&lt;/b&gt; for every export in the statistics folder (xlsx, csv, json), each recognised by its content: population, low/high economic standard (V1), education 25–64 (V2), labour-market status 16–64 (V3 at DeSO), income quartiles, tenure, and SCB's RegSO table of economic assistance and long unemployment (the official V3). A second file of the same table is left out;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join statistics to areas&lt;/b&gt;: each DeSO table to the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aggregate areas&lt;/b&gt;: the DeSO summed to RegSO, shares through their bases, onto your RegSO boundaries when you give them (else the DeSO merged);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area types&lt;/b&gt; of the RegSO and the DeSO, μ and σ over all areas of the boundary layers (give the whole county or country for a reference wider than the kommun);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change of area type&lt;/b&gt; of the RegSO from the year before, when the tables have it;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; and Delmos' criteria per kommun, when the folder has the income-quartile table.&lt;/li&gt;&lt;/ol&gt;The year is the latest that V1–V3 have (or the one you enter). The outputs hold the kommuner you choose (codes such as 0180, 1480, or a län such as 14; empty: all) and are named after what they hold, e.g. 'Area types RegSO 2022 — 1480 Göteborg'. When the folder lacks a table the area types need, the message names SCB's table to download. Nothing is written unless every step succeeds.</source>
            <translation>Kör pluginets verktyg efter varandra, med en förloppsindikator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importera SCB-tabell&lt;/b&gt; för varje uttag i statistikmappen (xlsx, csv, json), var och en igenkänd på sitt innehåll: folkmängd, låg/hög ekonomisk standard (V1), utbildning 25–64 år (V2), arbetsmarknadsstatus 16–64 år (V3 för DeSO), inkomstkvartiler, upplåtelseform och SCB:s RegSO-tabell över ekonomiskt bistånd och långvarig arbetslöshet (den officiella V3). En andra fil med samma tabell lämnas utanför;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Koppla statistik till områden&lt;/b&gt;: varje DeSO-tabell till DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summera områden&lt;/b&gt;: DeSO summerade till RegSO, andelar via sina baser, på dina RegSO-gränser när du anger dem (annars sammanslagna DeSO);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Områdestyper&lt;/b&gt; för RegSO och DeSO, μ och σ över alla områden i gränslagren (ange hela länet eller landet för en referens bredare än kommunen);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ändrad områdestyp&lt;/b&gt; för RegSO sedan året före, när tabellerna har det;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; och Delmos kriterier per kommun, när mappen har tabellen över inkomstkvartiler.&lt;/li&gt;&lt;/ol&gt;Året är det senaste som V1–V3 har (eller det du anger). Resultaten gäller de kommuner du väljer (koder som 0180, 1480 eller ett län som 14; tomt: alla) och namnges efter vad de innehåller, t.ex. 'Områdestyper RegSO 2022 — 1480 Göteborg'. När mappen saknar en tabell som områdestyperna behöver anger meddelandet vilken SCB-tabell som ska laddas ner. Inget skrivs om inte varje steg lyckas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="241" />
            <source>Preparing the outputs</source>
            <translation>Förberedelse av resultaten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="94" />
            <source>Folder of SCB exports (xlsx, csv from Statistikdatabasen)</source>
            <translation>Mapp med SCB-uttag (xlsx, csv från Statistikdatabasen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="83" />
            <source>DeSO boundaries (or a table of DeSO codes)</source>
            <translation>DeSO-gränser (eller en tabell med DeSO-koder)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="115" />
            <source>RegSO boundaries (optional; else the DeSO merged)</source>
            <translation>RegSO-gränser (valfritt; annars sammanslagna DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="123" />
            <source>Kommun or län codes (e.g. 0180, 1480 or 14; empty: all areas)</source>
            <translation>Kommun- eller länskoder (t.ex. 0180, 1480 eller 14; tomt: alla områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="128" />
            <source>Year (empty: the latest in the statistics)</source>
            <translation>År (tomt: det senaste i statistiken)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="133" />
            <source>DeSO–RegSO key (csv; needed when the DeSO have no field regsokod)</source>
            <translation>Nyckel DeSO–RegSO (csv; behövs när DeSO saknar fältet regsokod)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="174" />
            <source>Area types RegSO</source>
            <translation>Områdestyper RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="175" />
            <source>Area types DeSO</source>
            <translation>Områdestyper DeSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="176" />
            <source>Changed area type RegSO</source>
            <translation>Ändrad områdestyp RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="177" />
            <source>Area type transitions RegSO</source>
            <translation>Övergångar mellan områdestyper RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="178" />
            <source>Ojämlikhetsindex per kommun</source>
            <translation>Ojämlikhetsindex per kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="185" />
            <source>Year analysed</source>
            <translation>Analyserat år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="186" />
            <source>Tables used</source>
            <translation>Använda tabeller</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="364" />
            <source>The DeSO layer has no areas in {codes}; it has the kommuner {present}. Give boundaries of the kommuner you choose, or choose among these.</source>
            <translation>DeSO-lagret har inga områden i {codes}; det har kommunerna {present}. Ange gränser för de kommuner du väljer, eller välj bland dessa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="164" />
            <source>Withhold values of RegSO with fewer inhabitants than</source>
            <translation>Undanhåll värden för RegSO med färre invånare än</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="252" />
            <source>The outputs hold {region}; μ and σ of the area types are over all areas of the boundary layers.</source>
            <translation>Resultaten gäller {region}; områdestypernas μ och σ är beräknade över alla områden i gränslagren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="384" />
            <source>Importing the SCB exports</source>
            <translation>Import av SCB-uttagen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="385" />
            <source>Checking the tables and the years</source>
            <translation>Kontroll av tabellerna och åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="387" />
            <source>Joining the statistics to the DeSO</source>
            <translation>Koppling av statistiken till DeSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="388" />
            <source>Summing the DeSO to RegSO</source>
            <translation>Summering av DeSO till RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="390" />
            <source>Classifying the area types</source>
            <translation>Indelning i områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="393" />
            <source>Comparing the years</source>
            <translation>Jämförelse av åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="394" />
            <source>Computing the ojämlikhetsindex</source>
            <translation>Beräkning av ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="111" />
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="100" />
            <source>low economic standard (V1)</source>
            <translation>låg ekonomisk standard (V1)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="112" />
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="101" />
            <source>education 25–64 (V2)</source>
            <translation>utbildning 25–64 år (V2)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="113" />
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="102" />
            <source>labour-market status 16–64 (V3 at DeSO)</source>
            <translation>arbetsmarknadsstatus 16–64 år (V3 för DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="302" />
            <source>One year of statistics: no change of type.</source>
            <translation>Statistik för ett år: ingen ändring av områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="77" />
            <source>Importing {file} ({n} of {total})</source>
            <translation>Importerar {file} ({n} av {total})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="312" />
            <source>Change of type of the RegSO {}–{}</source>
            <translation>Ändrad områdestyp för RegSO {}–{}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="357" />
            <source>Ojämlikhetsindex per kommun ({})</source>
            <translation>Ojämlikhetsindex per kommun ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="36" />
            <source>The statistics folder {} does not exist.</source>
            <translation>Statistikmappen {} finns inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="44" />
            <source>The statistics folder {} holds no SCB exports (xlsx, csv, json). Download the tables from Statistikdatabasen into it.</source>
            <translation>Statistikmappen {} innehåller inga SCB-uttag (xlsx, csv, json). Ladda ner tabellerna från Statistikdatabasen till den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="116" />
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="105" />
            <source>- {what}: SCB table {code}, '{title}'</source>
            <translation>- {what}: SCB-tabell {code}, '{title}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="125" />
            <source>The tables V1–V3 have no statistics for {year}; they have {years}.</source>
            <translation>Tabellerna för V1–V3 har ingen statistik för {year}; de har {years}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="134" />
            <source>No table of income quartiles: the ojämlikhetsindex is left out. For it, download '{title}' into the folder.</source>
            <translation>Ingen tabell över inkomstkvartiler: ojämlikhetsindex utelämnas. Ladda ner '{title}' till mappen för att få det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="150" />
            <source>Joining {file} to the DeSO ({year})</source>
            <translation>Kopplar {file} till DeSO ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="217" />
            <source>Summing the DeSO to RegSO ({})</source>
            <translation>Summerar DeSO till RegSO ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="282" />
            <source>Area types of the {level} ({year})</source>
            <translation>Områdestyper för {level} ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="66" />
            <source>{file} is the same table as {other}: left out.</source>
            <translation>{file} är samma tabell som {other}: utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="231" />
            <source>Joining the sums to the RegSO ({})</source>
            <translation>Kopplar summorna till RegSO ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="286" />
            <source>{level} {year}: μ = {mean}, σ = {sd} over {n} areas; types 1–5: {counts}</source>
            <translation>{level} {year}: μ = {mean}, σ = {sd} över {n} områden; typ 1–5: {counts}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="58" />
            <source>{file} is left out: {reason}</source>
            <translation>{file} utelämnas: {reason}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="111" />
            <source>The statistics folder {folder} lacks tables the area types need. Download these from Statistikdatabasen (per DeSO, the years you want) into the folder:</source>
            <translation>Statistikmappen {folder} saknar tabeller som områdestyperna behöver. Ladda ner dessa från Statistikdatabasen (per DeSO, de år du vill ha) till mappen:</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="168" />
            <source>{file}: its fields are already on the DeSO; left out.</source>
            <translation>{file}: dess fält finns redan på DeSO; utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="246" />
            <source>Joining {file} to the RegSO ({year})</source>
            <translation>Kopplar {file} till RegSO ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="55" />
            <source>Guided analysis</source>
            <translation>Guidad analys</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="309" />
            <source>Analyse the sample region</source>
            <translation>Analysera exempelregionen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="314" />
            <source>Run the guided analysis on the fictional sample county: its boundaries and SCB exports, all six kommuner, in one click.</source>
            <translation>Kör den guidade analysen på det fiktiva exempellänet: dess gränser och SCB-uttag, alla sex kommuner, med ett klick.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample_analysis.py" line="69" />
            <source>Sample statistics (SCB exports)</source>
            <translation>Exempelstatistik (SCB-uttag)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample_analysis.py" line="108" />
            <location filename="../segregation_plugin/gui/sample_analysis.py" line="119" />
            <source>Segregation analysis of the sample region</source>
            <translation>Segregationsanalys av exempelregionen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample_analysis.py" line="151" />
            <source>Analysed the sample county: {} layers added.</source>
            <translation>Exempellänet analyserat: {} lager tillagda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample_analysis.py" line="155" />
            <source>The analysis of the sample region failed: {}</source>
            <translation>Analysen av exempelregionen misslyckades: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="266" />
            <source>No labour-market table per DeSO (SCB table 000007A8): the DeSO get no area types. Download it into the folder for them.</source>
            <translation>Ingen tabell över arbetsmarknadsstatus per DeSO (SCB-tabell 000007A8): DeSO får inga områdestyper. Ladda ner den till mappen för att få dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/boundaries.py" line="44" />
            <source>Getting the {version} boundaries (statistics of {year})</source>
            <translation>Hämtar gränserna för {version} (statistik för {year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/boundaries.py" line="53" />
            <source>{title}: {n} DeSO from {source}.</source>
            <translation>{title}: {n} DeSO från {source}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/naming.py" line="113" />
            <source>Agreement with SCB's official area types RegSO {years} — {region}</source>
            <translation>Överensstämmelse med SCB:s officiella områdestyper RegSO {years} — {region}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="28" />
            <source>national: the DeSO given cover all of Sweden</source>
            <translation>nationell: de angivna DeSO täcker hela Sverige</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="48" />
            <source>DeSO of Sweden</source>
            <translation>Sveriges DeSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="54" />
            <source>No DeSO–RegSO key table: the RegSO of Sweden cannot be summed, so the RegSO's reference is not from the exports. Give SCB's key table for it.</source>
            <translation>Ingen kopplingstabell DeSO–RegSO: Sveriges RegSO kan inte summeras, så referensen för RegSO kommer inte från uttagen. Ange SCB:s kopplingstabell för det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="59" />
            <source>national: SCB's exports of all {n} DeSO of Sweden</source>
            <translation>nationell: SCB:s uttag för alla {n} DeSO i Sverige</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="32" />
            <source>the children's national default: the exports cover {n} of Sweden's 290 kommuner</source>
            <translation>stegens nationella standard: uttagen täcker {n} av Sveriges 290 kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="63" />
            <source>National reference: the exports of all {n} DeSO of Sweden.</source>
            <translation>Nationell referens: uttagen för alla {n} DeSO i Sverige.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="76" />
            <source>Area types of the RegSO of Sweden ({})</source>
            <translation>Områdestyper för Sveriges RegSO ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/national.py" line="36" />
            <source>The exports cover {n} kommuner, not all of Sweden: μ and σ come from national values stored earlier, else from the areas given (the log of each step says which). For a national reference, download the tables for all DeSO.</source>
            <translation>Uttagen täcker {n} kommuner, inte hela Sverige: μ och σ tas från nationella värden som sparats tidigare, annars från de angivna områdena (loggen för varje steg säger vilket). Ladda ner tabellerna för alla DeSO för en nationell referens.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/official.py" line="38" />
            <source>The official area types name their RegSO; matching the names needs SCB's DeSO–RegSO key with names (koppling_deso2018_regso2020.csv): give it as the key table. The comparison is left out.</source>
            <translation>De officiella områdestyperna anger sina RegSO med namn; för att matcha namnen behövs SCB:s kopplingstabell DeSO–RegSO med namn (koppling_deso2018_regso2020.csv): ange den som kopplingstabell. Jämförelsen utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/official.py" line="56" />
            <source>Comparing the RegSO's types with {file} ({year})</source>
            <translation>Jämför RegSO:ernas typer med {file} ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/official.py" line="24" />
            <source>{file}: SCB's official area types per RegSO; compared with the RegSO's own.</source>
            <translation>{file}: SCB:s officiella områdestyper per RegSO; jämförs med RegSO:ernas egna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/official.py" line="72" />
            <source>Own and official area types, {n} RegSO: {identical} % identical, {within} % within one type.</source>
            <translation>Egna och officiella områdestyper, {n} RegSO: {identical} % identiska, {within} % inom en typ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/official.py" line="63" />
            <source>The comparison with the official area types is left out: {}</source>
            <translation>Jämförelsen med de officiella områdestyperna utelämnas: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/profile.py" line="28" />
            <source>Indicator profile of the {level} ({year})</source>
            <translation>Indikatorprofil för {level} ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/profile.py" line="40" />
            <source>{level} {year}: {n} indicators.</source>
            <translation>{level} {year}: {n} indikatorer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/profile.py" line="33" />
            <source>{level} {year}: no indicator profile ({reason}).</source>
            <translation>{level} {year}: ingen indikatorprofil ({reason}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="41" />
            <source>Runs the plugin's tools one after another, with one progress bar:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Get area boundaries&lt;/b&gt;, when you give no DeSO: the DeSO of the chosen kommuner or län from SCB's WFS, or from SCB's GeoPackage/zip you downloaded, in the version of the statistics (up to 2023 DeSO 2018, from 2024 DeSO 2025); the RegSO are the DeSO merged by their regsokod;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import SCB table&lt;/b&gt; for every export in the statistics folder (xlsx, csv, json), each recognised by its content: population, low/high economic standard (V1), education 25–64 (V2), labour-market status 16–64 (V3 at DeSO), income quartiles, tenure, and SCB's RegSO table of economic assistance and long unemployment (the official V3). A second file of the same table is left out;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join statistics to areas&lt;/b&gt;: each DeSO table to the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aggregate areas&lt;/b&gt;: the DeSO summed to RegSO, shares through their bases, onto your RegSO boundaries when you give them (else the DeSO merged);&lt;/li&gt;&lt;li&gt;&lt;b&gt;National reference&lt;/b&gt;: when the DeSO you give do not cover Sweden but the exports do (SCB's usual exports are of all DeSO), the same tables are joined to every DeSO of the exports and summed to RegSO (with the key table), and μ and σ of the area types and the baseline of Delmos' criteria are computed from them; otherwise the national values stored earlier, else the areas given, as the log says. The output 'Reference' and the field 'ref_description' record which;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area types&lt;/b&gt; of the RegSO and the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicator profile&lt;/b&gt; on both: the standard indicators of the tables present (shares through their counts), with the kommun's and, with the national areas, the country's values;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change of area type&lt;/b&gt; of the RegSO from the year before, when the tables have it;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; and Delmos' criteria per kommun, when the folder has the income-quartile table;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import official area types&lt;/b&gt;, when the folder has SCB's export of the official types per RegSO (recognised by its content; needs the key table with names): the agreement of the RegSO's own types with SCB's.&lt;/li&gt;&lt;/ol&gt;The year is the latest that V1–V3 have (or the one you enter). The outputs hold the kommuner you choose (codes such as 0180, 1480, or a län such as 14; empty: all) and are named after what they hold, e.g. 'Area types RegSO 2022 — 1480 Göteborg'. When the folder lacks a table the area types need, the message names SCB's table to download. Nothing is written unless every step succeeds.</source>
            <translation>Kör pluginets verktyg efter varandra, med en förloppsindikator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Hämta områdesgränser&lt;/b&gt;, när du inte anger några DeSO: de valda kommunernas eller länens DeSO från SCB:s WFS, eller från SCB:s GeoPackage/zip som du laddat ner, i statistikens version (till och med 2023 DeSO 2018, från 2024 DeSO 2025); RegSO är DeSO sammanslagna efter sin regsokod;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importera SCB-tabell&lt;/b&gt; för varje uttag i statistikmappen (xlsx, csv, json), var och en igenkänd på sitt innehåll: folkmängd, låg/hög ekonomisk standard (V1), utbildning 25–64 år (V2), arbetsmarknadsstatus 16–64 år (V3 för DeSO), inkomstkvartiler, upplåtelseform och SCB:s RegSO-tabell över ekonomiskt bistånd och långvarig arbetslöshet (den officiella V3). En andra fil med samma tabell lämnas utanför;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Koppla statistik till områden&lt;/b&gt;: varje DeSO-tabell till DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summera områden&lt;/b&gt;: DeSO summerade till RegSO, andelar via sina baser, på dina RegSO-gränser när du anger dem (annars sammanslagna DeSO);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nationell referens&lt;/b&gt;: när de DeSO du anger inte täcker Sverige men uttagen gör det (SCB:s vanliga uttag gäller alla DeSO) kopplas samma tabeller till alla DeSO i uttagen och summeras till RegSO (med kopplingstabellen), och områdestypernas μ och σ samt utgångsläget för Delmos kriterier beräknas från dem; annars de nationella värden som sparats tidigare, annars de angivna områdena, som loggen säger. Resultatet 'Referens' och fältet 'ref_description' anger vilket;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Områdestyper&lt;/b&gt; för RegSO och DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indikatorprofil&lt;/b&gt; för båda: standardindikatorerna för de tabeller som finns (andelar via sina antal), med kommunens och, med de nationella områdena, rikets värden;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ändrad områdestyp&lt;/b&gt; för RegSO sedan året före, när tabellerna har det;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; och Delmos kriterier per kommun, när mappen har tabellen över inkomstkvartiler;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importera officiella områdestyper&lt;/b&gt;, när mappen har SCB:s uttag av de officiella typerna per RegSO (igenkänt på sitt innehåll; kräver kopplingstabellen med namn): hur väl RegSO:ernas egna typer stämmer med SCB:s.&lt;/li&gt;&lt;/ol&gt;Året är det senaste som V1–V3 har (eller det du anger). Resultaten gäller de kommuner du väljer (koder som 0180, 1480 eller ett län som 14; tomt: alla) och namnges efter vad de innehåller, t.ex. 'Områdestyper RegSO 2022 — 1480 Göteborg'. När mappen saknar en tabell som områdestyperna behöver anger meddelandet vilken SCB-tabell som ska laddas ner. Inget skrivs om inte varje steg lyckas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="107" />
            <source>DeSO boundaries or a table of DeSO codes (empty: got from SCB)</source>
            <translation>DeSO-gränser eller en tabell med DeSO-koder (tomt: hämtas från SCB)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="180" />
            <source>Agreement with SCB's official area types</source>
            <translation>Överensstämmelse med SCB:s officiella områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="187" />
            <source>Reference of the area types</source>
            <translation>Områdestypernas referens</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="189" />
            <source>Share identical to SCB's types (%)</source>
            <translation>Andel identisk med SCB:s typer (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="142" />
            <source>Without DeSO: SCB's DeSO GeoPackage or zip you downloaded (empty: WFS)</source>
            <translation>Utan DeSO: SCB:s DeSO-GeoPackage eller zip som du laddat ner (tomt: WFS)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="257" />
            <source>Reference of the area types: {}</source>
            <translation>Områdestypernas referens: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="386" />
            <source>Getting the boundaries</source>
            <translation>Hämtar gränserna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="389" />
            <source>Preparing the national reference</source>
            <translation>Förbereder den nationella referensen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="391" />
            <source>Computing the indicator profile</source>
            <translation>Beräknar indikatorprofilen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="392" />
            <source>Comparing with SCB's official area types</source>
            <translation>Jämför med SCB:s officiella områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="163" />
            <source>Joining {file} to the {areas} ({year})</source>
            <translation>Kopplar {file} till {areas} ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="36" />
            <source>Without a folder: SCB's API table ids to fetch (V1, V2, V3; more may follow)</source>
            <translation>Utan mapp: id för SCB:s API-tabeller att hämta (V1, V2, V3; fler kan följa)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="41" />
            <source>Without a folder: cache folder of the fetched tables (empty: in the QGIS profile)</source>
            <translation>Utan mapp: cachemapp för de hämtade tabellerna (tomt: i QGIS-profilen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="45" />
            <source>SCB's API address</source>
            <translation>Adress till SCB:s API</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="80" />
            <source>Give a folder of SCB exports, or the ids of SCB's tables to fetch from the API.</source>
            <translation>Ange en mapp med SCB-uttag, eller id för de SCB-tabeller som ska hämtas från API:et.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="85" />
            <source>No statistics folder: fetching SCB's tables from {url} into {folder}.</source>
            <translation>Ingen statistikmapp: hämtar SCB:s tabeller från {url} till {folder}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="91" />
            <source>Removed {} tables of an earlier fetch.</source>
            <translation>Tog bort {} tabeller från en tidigare hämtning.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="103" />
            <source>Table {table} saved as {path}.</source>
            <translation>Tabell {table} sparad som {path}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="124" />
            <source>Without the API, download these tables from Statistikdatabasen (per DeSO, all of Sweden, the years you want) into a folder and give it as the statistics folder (tables fetched before are in {cache}):</source>
            <translation>Utan API:et: ladda ner dessa tabeller från Statistikdatabasen (per DeSO, hela Sverige, de år du vill ha) till en mapp och ange den som statistikmapp (tabeller som hämtats tidigare finns i {cache}):</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/from_api.py" line="122" />
            <source>Fetching table {table} from SCB's API failed: {reason}</source>
            <translation>Hämtningen av tabell {table} från SCB:s API misslyckades: {reason}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="37" />
            <source>The whole analysis in one run: SCB's exports from a folder or its API, area types of DeSO and RegSO, their change and the ojämlikhetsindex, for the kommuner you choose.</source>
            <translation>Hela analysen i en körning: SCB:s uttag från en mapp eller från SCB:s API, områdestyper för DeSO och RegSO, deras förändring och ojämlikhetsindex, för de kommuner du väljer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="42" />
            <source>Runs the plugin's tools one after another, with one progress bar:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Without a statistics folder&lt;/b&gt;: SCB's tables V1–V3 fetched from its API (the table ids are advanced parameters) for every DeSO of Sweden, the year and the one before it, saved in a cache folder the log names and read from there as a folder of exports; without a network the message names the tables to download;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Get area boundaries&lt;/b&gt;, when you give no DeSO: the DeSO of the chosen kommuner or län from SCB's WFS, or from SCB's GeoPackage/zip you downloaded, in the version of the statistics (up to 2023 DeSO 2018, from 2024 DeSO 2025); the RegSO are the DeSO merged by their regsokod;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import SCB table&lt;/b&gt; for every export in the statistics folder (xlsx, csv, json), each recognised by its content: population, low/high economic standard (V1), education 25–64 (V2), labour-market status 16–64 (V3 at DeSO), income quartiles, tenure, and SCB's RegSO table of economic assistance and long unemployment (the official V3). A second file of the same table is left out;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join statistics to areas&lt;/b&gt;: each DeSO table to the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aggregate areas&lt;/b&gt;: the DeSO summed to RegSO, shares through their bases, onto your RegSO boundaries when you give them (else the DeSO merged);&lt;/li&gt;&lt;li&gt;&lt;b&gt;National reference&lt;/b&gt;: when the DeSO you give do not cover Sweden but the exports do (SCB's usual exports are of all DeSO), the same tables are joined to every DeSO of the exports and summed to RegSO (with the key table), and μ and σ of the area types and the baseline of Delmos' criteria are computed from them; otherwise the national values stored earlier, else the areas given, as the log says. The output 'Reference' and the field 'ref_description' record which;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area types&lt;/b&gt; of the RegSO and the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicator profile&lt;/b&gt; on both: the standard indicators of the tables present (shares through their counts), with the kommun's and, with the national areas, the country's values;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change of area type&lt;/b&gt; of the RegSO from the year before, when the tables have it;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; and Delmos' criteria per kommun, when the folder has the income-quartile table;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import official area types&lt;/b&gt;, when the folder has SCB's export of the official types per RegSO (recognised by its content; needs the key table with names): the agreement of the RegSO's own types with SCB's.&lt;/li&gt;&lt;/ol&gt;The year is the latest that V1–V3 have (or the one you enter). The outputs hold the kommuner you choose (codes such as 0180, 1480, or a län such as 14; empty: all) and are named after what they hold, e.g. 'Area types RegSO 2022 — 1480 Göteborg'. When the folder lacks a table the area types need, the message names SCB's table to download. Nothing is written unless every step succeeds.</source>
            <translation>Kör pluginets verktyg efter varandra, med en förloppsindikator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Utan statistikmapp&lt;/b&gt;: SCB:s tabeller V1–V3 hämtas från SCB:s API (tabellernas id är avancerade parametrar) för alla DeSO i Sverige, året och året före, sparas i en cachemapp som loggen anger och läses därifrån som en mapp med uttag; utan nätverk anger meddelandet vilka tabeller som ska laddas ner;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hämta områdesgränser&lt;/b&gt;, när du inte anger några DeSO: de valda kommunernas eller länens DeSO från SCB:s WFS, eller från SCB:s GeoPackage/zip som du laddat ner, i statistikens version (till och med 2023 DeSO 2018, från 2024 DeSO 2025); RegSO är DeSO sammanslagna efter sin regsokod;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importera SCB-tabell&lt;/b&gt; för varje uttag i statistikmappen (xlsx, csv, json), var och en igenkänd på sitt innehåll: folkmängd, låg/hög ekonomisk standard (V1), utbildning 25–64 år (V2), arbetsmarknadsstatus 16–64 år (V3 för DeSO), inkomstkvartiler, upplåtelseform och SCB:s RegSO-tabell över ekonomiskt bistånd och långvarig arbetslöshet (den officiella V3). En andra fil med samma tabell lämnas utanför;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Koppla statistik till områden&lt;/b&gt;: varje DeSO-tabell till DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summera områden&lt;/b&gt;: DeSO summerade till RegSO, andelar via sina baser, på dina RegSO-gränser när du anger dem (annars sammanslagna DeSO);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nationell referens&lt;/b&gt;: när de DeSO du anger inte täcker Sverige men uttagen gör det (SCB:s vanliga uttag gäller alla DeSO) kopplas samma tabeller till alla DeSO i uttagen och summeras till RegSO (med kopplingstabellen), och områdestypernas μ och σ samt utgångsläget för Delmos kriterier beräknas från dem; annars de nationella värden som sparats tidigare, annars de angivna områdena, som loggen säger. Resultatet &apos;Referens&apos; och fältet &apos;ref_description&apos; anger vilket;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Områdestyper&lt;/b&gt; för RegSO och DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indikatorprofil&lt;/b&gt; för båda: standardindikatorerna för de tabeller som finns (andelar via sina antal), med kommunens och, med de nationella områdena, rikets värden;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ändrad områdestyp&lt;/b&gt; för RegSO sedan året före, när tabellerna har det;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; och Delmos kriterier per kommun, när mappen har tabellen över inkomstkvartiler;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importera officiella områdestyper&lt;/b&gt;, när mappen har SCB:s uttag av de officiella typerna per RegSO (igenkänt på sitt innehåll; kräver kopplingstabellen med namn): hur väl RegSO:ernas egna typer stämmer med SCB:s.&lt;/li&gt;&lt;/ol&gt;Året är det senaste som V1–V3 har (eller det du anger). Resultaten gäller de kommuner du väljer (koder som 0180, 1480 eller ett län som 14; tomt: alla) och namnges efter vad de innehåller, t.ex. &apos;Områdestyper RegSO 2022 — 1480 Göteborg&apos;. När mappen saknar en tabell som områdestyperna behöver anger meddelandet vilken SCB-tabell som ska laddas ner. Inget skrivs om inte varje steg lyckas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="99" />
            <source>Folder of SCB exports (xlsx, csv; empty: fetched from SCB's API)</source>
            <translation>Mapp med SCB-uttag (xlsx, csv; tomt: hämtas från SCB:s API)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="383" />
            <source>Fetching SCB's tables from the API</source>
            <translation>Hämtar SCB:s tabeller från API:et</translation>
        </message>
    </context>
</TS>
