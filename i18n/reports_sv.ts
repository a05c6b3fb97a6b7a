<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="38" />
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="192" />
            <source>Segregation report per kommun</source>
            <translation>Segregationsrapport per kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="41" />
            <source>A page per kommun with the map of area types and Segregationsbarometern's figures, as a PDF and a print layout you can edit.</source>
            <translation>En sida per kommun med karta över områdestyperna och Segregationsbarometerns siffror, som PDF och som en utskriftslayout du kan redigera.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="47" />
            <source>rapport</source>
            <translation>rapport</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="48" />
            <source>kommunblad</source>
            <translation>kommunblad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="50" />
            <source>layout</source>
            <translation>layout</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="51" />
            <source>atlas</source>
            <translation>atlas</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="52" />
            <source>pdf</source>
            <translation>pdf</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="45" />
            <source>A report page for each chosen kommun, from the layers your analysis wrote: the map of the &lt;b&gt;area types&lt;/b&gt; with the kommun's boundary, legend, scale bar and north arrow; the residents and areas per type; the share of residents in types 1–2 against the county and the country; with the earlier year's area types the change since then; with the table of &lt;b&gt;Ojämlikhetsindex&lt;/b&gt; the index and Delmos' two criteria with the values behind them; with &lt;b&gt;public-transport access per area&lt;/b&gt; the share in class A–B by area type and the gap; with the &lt;b&gt;tenure mix&lt;/b&gt; the kommun against its county; with &lt;b&gt;flagged housing projects&lt;/b&gt; the projects that make an area more one-sided.&lt;br&gt;&lt;b&gt;Kommuner&lt;/b&gt;: codes separated by commas; a two-digit code takes every kommun of that län; empty: every kommun of the area-type layer. The country's share in types 1–2 is computed when the layer covers all 21 län, else taken from the number you enter (e.g. from Segregationsbarometern), else the report says it is not available.&lt;br&gt;The print layout stays in the project (Project ▸ Layout Manager) with an atlas over the kommuner: edit it and export again. Choose your own &lt;b&gt;template&lt;/b&gt; (a .qpt saved from the bundled one, with your logo and fonts); the tool fills the items named map, legend, title, key_figures … (see docs/report.md).</source>
            <translation>En rapportsida för varje vald kommun, från lagren som din analys skrev: kartan över &lt;b&gt;områdestyperna&lt;/b&gt; med kommungräns, teckenförklaring, skalstock och norrpil; invånare och områden per typ; andelen invånare i typ 1–2 jämfört med länet och riket; med ett tidigare års områdestyper förändringen sedan dess; med tabellen från &lt;b&gt;Ojämlikhetsindex&lt;/b&gt; indexet och Delmos två kriterier med värdena bakom dem; med &lt;b&gt;kollektivtrafik per område&lt;/b&gt; andelen i klass A–B per områdestyp och skillnaden; med &lt;b&gt;upplåtelseformer&lt;/b&gt; kommunen jämfört med länet; med &lt;b&gt;flaggade bostadsprojekt&lt;/b&gt; de projekt som gör ett område mer ensidigt.&lt;br&gt;&lt;b&gt;Kommuner&lt;/b&gt;: koder åtskilda med komma; en tvåsiffrig kod tar med länets alla kommuner; tomt: alla kommuner i lagret med områdestyper. Rikets andel i typ 1–2 beräknas när lagret täcker alla 21 län, annars tas den från värdet du anger (t.ex. från Segregationsbarometern), annars skriver rapporten att uppgift saknas.&lt;br&gt;Utskriftslayouten blir kvar i projektet (Projekt ▸ Layouthanteraren) med en atlas över kommunerna: redigera den och exportera igen. Välj en egen &lt;b&gt;mall&lt;/b&gt; (en .qpt sparad från den medföljande, med er logotyp och era typsnitt); verktyget fyller i objekten som heter map, legend, title, key_figures … (se docs/report.md).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="171" />
            <source>Sweden's share of residents in types 1–2 (%), when known</source>
            <translation>Rikets andel invånare i typ 1–2 (%), om den är känd</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="213" />
            <source>reading the layers</source>
            <translation>läser lagren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="215" />
            <source>computing the figures</source>
            <translation>beräknar siffrorna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="224" />
            <source>building the layout</source>
            <translation>bygger layouten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="98" />
            <source>Area types (output of Area types)</source>
            <translation>Områdestyper (resultat av Områdestyper)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="102" />
            <source>Area type field</source>
            <translation>Fält med områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="103" />
            <source>Residents field</source>
            <translation>Fält med invånare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="104" />
            <source>Kommun code field of the areas</source>
            <translation>Fält med kommunkod i områdena</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="111" />
            <source>Kommun boundaries</source>
            <translation>Kommungränser</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="117" />
            <source>Kommun code field of the boundaries</source>
            <translation>Fält med kommunkod i kommungränserna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="125" />
            <source>Kommun name field</source>
            <translation>Fält med kommunnamn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="131" />
            <source>Kommuner (codes; a län code takes all its kommuner; empty: all)</source>
            <translation>Kommuner (koder; en länskod tar med länets alla kommuner; tomt: alla)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="146" />
            <source>Area types of an earlier year (for the change)</source>
            <translation>Områdestyper ett tidigare år (för förändringen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="154" />
            <source>Residents field of the earlier year</source>
            <translation>Fält med invånare det tidigare året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="161" />
            <source>Ojämlikhetsindex per kommun (table)</source>
            <translation>Ojämlikhetsindex per kommun (tabell)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="164" />
            <source>Flagged housing projects</source>
            <translation>Flaggade bostadsprojekt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="192" />
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="207" />
            <source>Name of the layout</source>
            <translation>Layoutens namn</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="197" />
            <source>One PDF file per kommun (beside the file below)</source>
            <translation>En PDF-fil per kommun (bredvid filen nedan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="202" />
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="202" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="231" />
            <source>exporting the PDF</source>
            <translation>exporterar PDF:en</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="182" />
            <source>Layout template (.qpt)</source>
            <translation>Layoutmall (.qpt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="293" />
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="115" />
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="52" />
            <source>No type</source>
            <translation>Ingen typ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="202" />
            <source>Report – kommuner</source>
            <translation>Rapport – kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="297" />
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="296" />
            <source>Kommuner</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="158" />
            <source>Area types and segregation {year} – {county}</source>
            <translation>Områdestyper och segregation {year} – {county}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="229" />
            <source>The kommun boundaries have no feature for {codes} (field '{field}'). Choose the kommun layer of the same year as the areas.</source>
            <translation>Kommungränserna saknar objekt för {codes} (fältet '{field}'). Välj kommunlagret från samma år som områdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="277" />
            <source>The layout template {path} has no map item with the id 'map'. Give the map that shows the area types the item id 'map' (Item properties).</source>
            <translation>Layoutmallen {path} har inget kartobjekt med id 'map'. Ge kartan som visar områdestyperna objekt-id 'map' (Objektegenskaper).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="295" />
            <source>Area types {year}</source>
            <translation>Områdestyper {year}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="318" />
            <source>QGIS could not write the report {path}: {error}.</source>
            <translation>QGIS kunde inte skriva rapporten {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="269" />
            <source>The layout template {path} cannot be read ({error}). Choose a .qpt file saved from QGIS's layout designer (Layout ▸ Save as Template), or leave the template empty for the bundled one.</source>
            <translation>Layoutmallen {path} går inte att läsa ({error}). Välj en .qpt-fil sparad från QGIS layoutdesigner (Layout ▸ Spara som mall), eller lämna mallen tom för den medföljande.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="67" />
            <source>Kommun boundary</source>
            <translation>Kommungräns</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="67" />
            <source>Other kommuner</source>
            <translation>Andra kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="125" />
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="66" />
            <source>Kommun</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="133" />
            <source>Tenure mix of dwellings</source>
            <translation>Bostädernas upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="142" />
            <source>Residents in class A–B (%)</source>
            <translation>Invånare i klass A–B (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="112" />
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="144" />
            <source>Type {n}</source>
            <translation>Typ {n}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="143" />
            <source>Types {group}</source>
            <translation>Typ {group}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/layout.py" line="157" />
            <source>not an XML file</source>
            <translation>inte en XML-fil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/layout.py" line="162" />
            <source>QGIS could not read it as a layout template</source>
            <translation>QGIS kunde inte läsa den som layoutmall</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="29" />
            <source>not available</source>
            <translation>uppgift saknas</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="20" />
            <source>Major socioeconomic challenges</source>
            <translation>Stora socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="21" />
            <source>Socioeconomic challenges</source>
            <translation>Socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="22" />
            <source>Socioeconomically mixed</source>
            <translation>Socioekonomiskt blandade</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="23" />
            <source>Good socioeconomic conditions</source>
            <translation>Goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="24" />
            <source>Very good socioeconomic conditions</source>
            <translation>Mycket goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="51" />
            <source>Share</source>
            <translation>Andel</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="68" />
            <source>Residents in areas of type 1–2</source>
            <translation>Invånare i områden av typ 1–2</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="69" />
            <source>(share of all residents, areas without a type included)</source>
            <translation>(andel av alla invånare, områden utan typ inräknade)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="186" />
            <source>Rental</source>
            <translation>Hyresrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="187" />
            <source>Tenant-owned</source>
            <translation>Bostadsrätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="188" />
            <source>Owner-occupied</source>
            <translation>Äganderätt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="200" />
            <source>(on the map: red symbols are flagged projects, green balancing ones)</source>
            <translation>(på kartan: röda symboler är flaggade projekt, gröna utjämnande)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="50" />
            <source>Area type</source>
            <translation>Områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="111" />
            <source>met</source>
            <translation>uppfyllt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="111" />
            <source>not met</source>
            <translation>inte uppfyllt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="115" />
            <source>Ojämlikhetsindex (Delmos' criteria)</source>
            <translation>Ojämlikhetsindex (Delmos kriterier)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="181" />
            <source>Tenure of dwellings (known tenure):</source>
            <translation>Bostädernas upplåtelseform (känd upplåtelseform):</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="216" />
            <source>Source: SCB, area types and statistics {year}, own processing (Segregation plugin, {today}). Area types by SCB's method (RegSO/DeSO).</source>
            <translation>Källa: SCB, områdestyper och statistik {year}, egen bearbetning (Segregation-pluginet, {today}). Områdestyper enligt SCB:s metod (RegSO/DeSO).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="53" />
            <source>All areas</source>
            <translation>Alla områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="74" />
            <source>Sweden</source>
            <translation>Riket</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="103" />
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="106" />
            <source>Ojämlikhetsindex</source>
            <translation>Ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="164" />
            <source>Gap 1–2 minus 4–5: {gap} percentage points</source>
            <translation>Skillnad 1–2 minus 4–5: {gap} procentenheter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="78" />
            <source>{value} percentage points</source>
            <translation>{value} procentenheter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="84" />
            <source>Change since {year}</source>
            <translation>Förändring sedan {year}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="86" />
            <source>Areas of type 1–2: {before} → {now}</source>
            <translation>Områden av typ 1–2: {before} → {now}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="116" />
            <source>Index: {value} (rank {rank} of {n})</source>
            <translation>Index: {value} (plats {rank} av {n})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="121" />
            <source>1. Index ≥ mean + 1 SD = {threshold}: {met}</source>
            <translation>1. Index ≥ medel + 1 SD = {threshold}: {met}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="124" />
            <source>   (mean {mean}, SD {sd})</source>
            <translation>   (medel {mean}, SD {sd})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="127" />
            <source>2. Share in types 1–2 ≥ mean + 1.5 SD = {threshold}: {met}</source>
            <translation>2. Andel i typ 1–2 ≥ medel + 1,5 SD = {threshold}: {met}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="130" />
            <source>   (share {share}; mean {mean}, SD {sd})</source>
            <translation>   (andel {share}; medel {mean}, SD {sd})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="135" />
            <source>Criteria met: {n} of 2</source>
            <translation>Uppfyllda kriterier: {n} av 2</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="208" />
            <source>{dwellings} dwellings that make an area more one-sided: {names}</source>
            <translation>{dwellings} bostäder som gör ett område mer ensidigt: {names}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="205" />
            <source> and {n} more</source>
            <translation> och {n} till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="59" />
            <source>5. Reports</source>
            <translation>5. Rapporter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="29" />
            <source>The field '{field}' is not in the layer {layer} (fields: {join_map_str_frame}). Choose the layer the tool '{tool}' wrote.</source>
            <translation>Fältet '{field}' finns inte i lagret {layer} (fält: {join_map_str_frame}). Välj lagret som verktyget '{tool}' skrev.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="53" />
            <source>of public-transport access</source>
            <comment>part of a message</comment>
            <translation>med kollektivtrafikens tillgänglighet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="81" />
            <source>of the tenure mix</source>
            <comment>part of a message</comment>
            <translation>med upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="114" />
            <source>of planned housing</source>
            <comment>part of a message</comment>
            <translation>med planerade bostäder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="53" />
            <source>Public transport access per area</source>
            <comment>part of a message</comment>
            <translation>Kollektivtrafik per område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="81" />
            <source>Tenure mix</source>
            <comment>part of a message</comment>
            <translation>Upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/context_figures.py" line="114" />
            <source>Planned housing</source>
            <comment>part of a message</comment>
            <translation>Planerade bostäder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/kommun_figures.py" line="36" />
            <source>The kommun code field '{field}' is empty in {int_empty_sum} features. Choose the field that holds each area's kommun code (kommunkod), or fill it in.</source>
            <translation>Fältet med kommunkod '{field}' är tomt i {int_empty_sum} objekt. Välj fältet som har varje områdes kommunkod (kommunkod), eller fyll i det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/kommun_figures.py" line="55" />
            <source>The kommun or län code '{part}' is not in the area-types layer (its kommuner: {join_available}{len_available}). Enter four-digit kommun codes or two-digit län codes, separated by commas.</source>
            <translation>Kommun- eller länskoden '{part}' finns inte i lagret med områdestyper (dess kommuner: {join_available}{len_available}). Ange fyrsiffriga kommunkoder eller tvåsiffriga länskoder, åtskilda med komma.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/kommun_figures.py" line="81" />
            <source>The field '{field}' is not in the area-types layer (fields: {join_map_str_frame}). Choose the layer the tool 'Area types' wrote, or the field that holds it.</source>
            <translation>Fältet '{field}' finns inte i lagret med områdestyper (fält: {join_map_str_frame}). Välj lagret som verktyget 'Områdestyper' skrev, eller fältet som har det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/reports/kommun_figures.py" line="145" />
            <source>The country's share of residents in types 1–2 ({national_share} %) is not a percentage between 0 and 100.</source>
            <translation>Rikets andel invånare i typ 1–2 ({national_share} %) är inte en procentsats mellan 0 och 100.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="156" />
            <source>{types}: {ab} in class A–B, {deps} departures</source>
            <translation>{types}: {ab} i klass A–B, {deps} avgångar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="196" />
            <source>Planned housing and the tenure mix</source>
            <translation>Planerade bostäder och upplåtelseformerna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="197" />
            <source>Projects judged: {n}, of them flagged: {flagged}</source>
            <translation>Bedömda projekt: {n}, varav flaggade: {flagged}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="151" />
            <source>Public transport near home</source>
            <translation>Kollektivtrafik nära hemmet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="152" />
            <source>(departures within 400 m of home, mean per resident)</source>
            <translation>(avgångar inom 400 m från hemmet, medel per invånare)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="205" />
            <source>Kommuner in the report</source>
            <translation>Kommuner i rapporten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="49" />
            <source>länsblad</source>
            <translation>länsblad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="55" />
            <source>A report page for each chosen kommun, from the layers your analysis wrote: the map of the &lt;b&gt;area types&lt;/b&gt; with the kommun's boundary, legend, scale bar and north arrow; the residents and areas per type; the share of residents in types 1–2 against the county and the country; with the earlier year's area types the change since then; with the table of &lt;b&gt;Ojämlikhetsindex&lt;/b&gt; the index and Delmos' two criteria with the values behind them; with &lt;b&gt;public-transport access per area&lt;/b&gt; the share in class A–B by area type and the gap; with the &lt;b&gt;tenure mix&lt;/b&gt; the kommun against its county; with &lt;b&gt;flagged housing projects&lt;/b&gt; the projects that make an area more one-sided.&lt;br&gt;&lt;b&gt;Kommuner&lt;/b&gt;: codes separated by commas; a two-digit code takes every kommun of that län; empty: every kommun of the area-type layer. &lt;b&gt;A page per län&lt;/b&gt;: the län of the chosen kommuner, each with its figures summed over its kommuner against the country and a map of the län with its kommun boundaries. The country's share in types 1–2 is computed when the layer covers all 21 län, else taken from the number you enter (e.g. from Segregationsbarometern), else the report says it is not available.&lt;br&gt;The print layout stays in the project (Project ▸ Layout Manager) with an atlas over the kommuner: edit it and export again. Choose your own &lt;b&gt;template&lt;/b&gt; (a .qpt saved from the bundled one, with your logo and fonts); the tool fills the items named map, legend, title, key_figures … (see docs/report.md).</source>
            <translation>En rapportsida för varje vald kommun, från lagren som din analys skrev: kartan över &lt;b&gt;områdestyperna&lt;/b&gt; med kommungräns, teckenförklaring, skalstock och norrpil; invånare och områden per typ; andelen invånare i typ 1–2 jämfört med länet och riket; med ett tidigare års områdestyper förändringen sedan dess; med tabellen från &lt;b&gt;Ojämlikhetsindex&lt;/b&gt; indexet och Delmos två kriterier med värdena bakom dem; med &lt;b&gt;kollektivtrafik per område&lt;/b&gt; andelen i klass A–B per områdestyp och skillnaden; med &lt;b&gt;upplåtelseformer&lt;/b&gt; kommunen jämfört med länet; med &lt;b&gt;flaggade bostadsprojekt&lt;/b&gt; de projekt som gör ett område mer ensidigt.&lt;br&gt;&lt;b&gt;Kommuner&lt;/b&gt;: koder åtskilda med komma; en tvåsiffrig kod tar med länets alla kommuner; tomt: alla kommuner i lagret med områdestyper. &lt;b&gt;En sida per län&lt;/b&gt;: de valda kommunernas län, vart och ett med sina siffror summerade över länets kommuner jämfört med riket och en karta över länet med kommungränserna. Rikets andel i typ 1–2 beräknas när lagret täcker alla 21 län, annars tas den från värdet du anger (t.ex. från Segregationsbarometern), annars skriver rapporten att uppgift saknas.&lt;br&gt;Utskriftslayouten blir kvar i projektet (Projekt ▸ Layouthanteraren) med en atlas över kommunerna: redigera den och exportera igen. Välj en egen &lt;b&gt;mall&lt;/b&gt; (en .qpt sparad från den medföljande, med er logotyp och era typsnitt); verktyget fyller i objekten som heter map, legend, title, key_figures … (se docs/report.md).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="138" />
            <source>A page per</source>
            <translation>En sida per</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="206" />
            <source>Atlas pages (kommuner or län)</source>
            <translation>Atlassidor (kommuner eller län)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/kommun_report.py" line="139" />
            <source>län (the län against the country, its kommuner on the map)</source>
            <translation>län (länet jämfört med riket, dess kommuner på kartan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="202" />
            <source>Report – län</source>
            <translation>Rapport – län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="296" />
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="125" />
            <source>Län</source>
            <translation>Län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/assemble.py" line="222" />
            <source>Län {code}</source>
            <translation>Län {code}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/report_text.py" line="103" />
            <source>Delmos' criteria judge kommuner: see a page per kommun</source>
            <translation>Delmos kriterier bedömer kommuner: se en sida per kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="65" />
            <source>Län boundary</source>
            <translation>Länsgräns</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/reports/parts/atlas_layer.py" line="65" />
            <source>Other län</source>
            <translation>Andra län</translation>
        </message>
    </context>
</TS>
