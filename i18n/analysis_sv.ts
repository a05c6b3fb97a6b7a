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
            <location filename="../segregation_plugin/processing/analysis/run.py" line="114" />
            <source>{step}: the tool failed.</source>
            <translation>{step}: verktyget misslyckades.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/run.py" line="109" />
            <source>{step}: {message}</source>
            <translation>{step}: {message}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="31" />
            <source>Segregation analysis for kommuner</source>
            <translation>Segregationsanalys för kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="34" />
            <source>The whole analysis in one run: SCB's exports from a folder, area types of DeSO and RegSO, their change and the ojämlikhetsindex, for the kommuner you choose.</source>
            <translation>Hela analysen i en körning: SCB:s uttag från en mapp, områdestyper för DeSO och RegSO, deras förändring och ojämlikhetsindex, för de kommuner du väljer.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="38" />
            <source>guided</source>
            <translation>guidad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="38" />
            <source>analysis</source>
            <translation>analys</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="39" />
            <source>Runs the plugin's tools one after another, with one progress bar:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import SCB table&lt;/b&gt; for every export in the statistics folder (xlsx, csv, json), each recognised by its content: population, low/high economic standard (V1), education 25–64 (V2), labour-market status 16–64 (V3 at DeSO), income quartiles, tenure, and SCB's RegSO table of economic assistance and long unemployment (the official V3). A second file of the same table is left out;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join statistics to areas&lt;/b&gt;: each DeSO table to the DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aggregate areas&lt;/b&gt;: the DeSO summed to RegSO, shares through their bases, onto your RegSO boundaries when you give them (else the DeSO merged);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Area types&lt;/b&gt; of the RegSO and the DeSO, μ and σ over all areas of the boundary layers (give the whole county or country for a reference wider than the kommun);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change of area type&lt;/b&gt; of the RegSO from the year before, when the tables have it;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; and Delmos' criteria per kommun, when the folder has the income-quartile table.&lt;/li&gt;&lt;/ol&gt;The year is the latest that V1–V3 have (or the one you enter). The outputs hold the kommuner you choose (codes such as 0180, 1480, or a län such as 14; empty: all) and are named after what they hold, e.g. 'Area types RegSO 2022 — 1480 Göteborg'. When the folder lacks a table the area types need, the message names SCB's table to download. Nothing is written unless every step succeeds.</source>
            <translation>Kör pluginets verktyg efter varandra, med en förloppsindikator:&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importera SCB-tabell&lt;/b&gt; för varje uttag i statistikmappen (xlsx, csv, json), var och en igenkänd på sitt innehåll: folkmängd, låg/hög ekonomisk standard (V1), utbildning 25–64 år (V2), arbetsmarknadsstatus 16–64 år (V3 för DeSO), inkomstkvartiler, upplåtelseform och SCB:s RegSO-tabell över ekonomiskt bistånd och långvarig arbetslöshet (den officiella V3). En andra fil med samma tabell lämnas utanför;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Koppla statistik till områden&lt;/b&gt;: varje DeSO-tabell till DeSO;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summera områden&lt;/b&gt;: DeSO summerade till RegSO, andelar via sina baser, på dina RegSO-gränser när du anger dem (annars sammanslagna DeSO);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Områdestyper&lt;/b&gt; för RegSO och DeSO, μ och σ över alla områden i gränslagren (ange hela länet eller landet för en referens bredare än kommunen);&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ändrad områdestyp&lt;/b&gt; för RegSO sedan året före, när tabellerna har det;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; och Delmos kriterier per kommun, när mappen har tabellen över inkomstkvartiler.&lt;/li&gt;&lt;/ol&gt;Året är det senaste som V1–V3 har (eller det du anger). Resultaten gäller de kommuner du väljer (koder som 0180, 1480 eller ett län som 14; tomt: alla) och namnges efter vad de innehåller, t.ex. 'Områdestyper RegSO 2022 — 1480 Göteborg'. När mappen saknar en tabell som områdestyperna behöver anger meddelandet vilken SCB-tabell som ska laddas ner. Inget skrivs om inte varje steg lyckas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="182" />
            <source>Preparing the outputs</source>
            <translation>Förberedelse av resultaten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="77" />
            <source>Folder of SCB exports (xlsx, csv from Statistikdatabasen)</source>
            <translation>Mapp med SCB-uttag (xlsx, csv från Statistikdatabasen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="83" />
            <source>DeSO boundaries (or a table of DeSO codes)</source>
            <translation>DeSO-gränser (eller en tabell med DeSO-koder)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="89" />
            <source>RegSO boundaries (optional; else the DeSO merged)</source>
            <translation>RegSO-gränser (valfritt; annars sammanslagna DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="97" />
            <source>Kommun or län codes (e.g. 0180, 1480 or 14; empty: all areas)</source>
            <translation>Kommun- eller länskoder (t.ex. 0180, 1480 eller 14; tomt: alla områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="102" />
            <source>Year (empty: the latest in the statistics)</source>
            <translation>År (tomt: det senaste i statistiken)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="107" />
            <source>DeSO–RegSO key (csv; needed when the DeSO have no field regsokod)</source>
            <translation>Nyckel DeSO–RegSO (csv; behövs när DeSO saknar fältet regsokod)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="133" />
            <source>Area types RegSO</source>
            <translation>Områdestyper RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="134" />
            <source>Area types DeSO</source>
            <translation>Områdestyper DeSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="135" />
            <source>Changed area type RegSO</source>
            <translation>Ändrad områdestyp RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="136" />
            <source>Area type transitions RegSO</source>
            <translation>Övergångar mellan områdestyper RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="137" />
            <source>Ojämlikhetsindex per kommun</source>
            <translation>Ojämlikhetsindex per kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="143" />
            <source>Year analysed</source>
            <translation>Analyserat år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="144" />
            <source>Tables used</source>
            <translation>Använda tabeller</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="282" />
            <source>The DeSO layer has no areas in {codes}; it has the kommuner {present}. Give boundaries of the kommuner you choose, or choose among these.</source>
            <translation>DeSO-lagret har inga områden i {codes}; det har kommunerna {present}. Ange gränser för de kommuner du väljer, eller välj bland dessa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="125" />
            <source>Withhold values of RegSO with fewer inhabitants than</source>
            <translation>Undanhåll värden för RegSO med färre invånare än</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/segregation_analysis.py" line="190" />
            <source>The outputs hold {region}; μ and σ of the area types are over all areas of the boundary layers.</source>
            <translation>Resultaten gäller {region}; områdestypernas μ och σ är beräknade över alla områden i gränslagren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="345" />
            <source>Importing the SCB exports</source>
            <translation>Import av SCB-uttagen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="346" />
            <source>Checking the tables and the years</source>
            <translation>Kontroll av tabellerna och åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="347" />
            <source>Joining the statistics to the DeSO</source>
            <translation>Koppling av statistiken till DeSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="348" />
            <source>Summing the DeSO to RegSO</source>
            <translation>Summering av DeSO till RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="349" />
            <source>Classifying the area types</source>
            <translation>Indelning i områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="350" />
            <source>Comparing the years</source>
            <translation>Jämförelse av åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="351" />
            <source>Computing the ojämlikhetsindex</source>
            <translation>Beräkning av ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="92" />
            <source>low economic standard (V1)</source>
            <translation>låg ekonomisk standard (V1)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="93" />
            <source>education 25–64 (V2)</source>
            <translation>utbildning 25–64 år (V2)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="94" />
            <source>labour-market status 16–64 (V3 at DeSO)</source>
            <translation>arbetsmarknadsstatus 16–64 år (V3 för DeSO)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="278" />
            <source>One year of statistics: no change of type.</source>
            <translation>Statistik för ett år: ingen ändring av områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="69" />
            <source>Importing {file} ({n} of {total})</source>
            <translation>Importerar {file} ({n} av {total})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="288" />
            <source>Change of type of the RegSO {}–{}</source>
            <translation>Ändrad områdestyp för RegSO {}–{}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="324" />
            <source>Ojämlikhetsindex per kommun ({})</source>
            <translation>Ojämlikhetsindex per kommun ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="31" />
            <source>The statistics folder {} does not exist.</source>
            <translation>Statistikmappen {} finns inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="39" />
            <source>The statistics folder {} holds no SCB exports (xlsx, csv, json). Download the tables from Statistikdatabasen into it.</source>
            <translation>Statistikmappen {} innehåller inga SCB-uttag (xlsx, csv, json). Ladda ner tabellerna från Statistikdatabasen till den.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="97" />
            <source>- {what}: SCB table {code}, '{title}'</source>
            <translation>- {what}: SCB-tabell {code}, '{title}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="117" />
            <source>The tables V1–V3 have no statistics for {year}; they have {years}.</source>
            <translation>Tabellerna för V1–V3 har ingen statistik för {year}; de har {years}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="126" />
            <source>No table of income quartiles: the ojämlikhetsindex is left out. For it, download '{title}' into the folder.</source>
            <translation>Ingen tabell över inkomstkvartiler: ojämlikhetsindex utelämnas. Ladda ner '{title}' till mappen för att få det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="150" />
            <source>Joining {file} to the DeSO ({year})</source>
            <translation>Kopplar {file} till DeSO ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="197" />
            <source>Summing the DeSO to RegSO ({})</source>
            <translation>Summerar DeSO till RegSO ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="258" />
            <source>Area types of the {level} ({year})</source>
            <translation>Områdestyper för {level} ({year})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="59" />
            <source>{file} is the same table as {other}: left out.</source>
            <translation>{file} är samma tabell som {other}: utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="211" />
            <source>Joining the sums to the RegSO ({})</source>
            <translation>Kopplar summorna till RegSO ({})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="262" />
            <source>{level} {year}: μ = {mean}, σ = {sd} over {n} areas; types 1–5: {counts}</source>
            <translation>{level} {year}: μ = {mean}, σ = {sd} över {n} områden; typ 1–5: {counts}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="51" />
            <source>{file} is left out: {reason}</source>
            <translation>{file} utelämnas: {reason}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="103" />
            <source>The statistics folder {folder} lacks tables the area types need. Download these from Statistikdatabasen (per DeSO, the years you want) into the folder:</source>
            <translation>Statistikmappen {folder} saknar tabeller som områdestyperna behöver. Ladda ner dessa från Statistikdatabasen (per DeSO, de år du vill ha) till mappen:</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="155" />
            <source>{file}: its fields are already on the DeSO; left out.</source>
            <translation>{file}: dess fält finns redan på DeSO; utelämnas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="226" />
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
            <location filename="../segregation_plugin/processing/analysis/steps.py" line="245" />
            <source>No labour-market table per DeSO (SCB table 000007A8): the DeSO get no area types. Download it into the folder for them.</source>
            <translation>Ingen tabell över arbetsmarknadsstatus per DeSO (SCB-tabell 000007A8): DeSO får inga områdestyper. Ladda ner den till mappen för att få dem.</translation>
        </message>
    </context>
</TS>
