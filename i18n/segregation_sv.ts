<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="114" />
            <location filename="../segregation_plugin/gui/dock.py" line="159" />
            <location filename="../segregation_plugin/gui/dock.py" line="328" />
            <location filename="../segregation_plugin/processing/provider.py" line="47" />
            <source>Segregation</source>
            <translation>Segregation</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="168" />
            <source>Area types, inequality, public transport and tenure mix for Swedish planners. Run the steps in order, or try them on the sample county first.</source>
            <translation>Områdestyper, ojämlikhet, kollektivtrafik och upplåtelseformer för planerare. Gå igenom stegen i tur och ordning, eller prova dem först på exempellänet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="178" />
            <location filename="../segregation_plugin/plugin.py" line="54" />
            <source>Load sample region</source>
            <translation>Läs in exempelregionen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="182" />
            <source>Add the fictional sample county's layers to the project and zoom to it.</source>
            <translation>Lägg till det påhittade exempellänets lager i projektet och zooma till det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="238" />
            <source>Run…</source>
            <translation>Kör…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="241" />
            <source>Open the selected step's dialog</source>
            <translation>Öppna dialogrutan för det valda steget</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="255" />
            <source>Run a step to see its results here.</source>
            <translation>Kör ett steg för att se resultatet här.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="147" />
            <source>Loaded the fictional sample county: {} layers.</source>
            <translation>Det påhittade exempellänet är inläst: {} lager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="216" />
            <source>Workflow</source>
            <translation>Arbetsgång</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="251" />
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="357" />
            <source>Select a step, then press Run… or double-click it.</source>
            <translation>Välj ett steg och tryck på Kör…, eller dubbelklicka på det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="329" />
            <source>The tool {} is not available. Is the Processing plugin enabled?</source>
            <translation>Verktyget {} är inte tillgängligt. Är insticksprogrammet Processing aktiverat?</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/plugin.py" line="43" />
            <source>&amp;Segregation</source>
            <translation>&amp;Segregation</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/plugin.py" line="46" />
            <source>Segregation panel</source>
            <translation>Segregationspanelen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/plugin.py" line="49" />
            <source>Show the Segregation workflow panel</source>
            <translation>Visa panelen Segregation med arbetsgången steg för steg</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="96" />
            <location filename="../segregation_plugin/processing/frames.py" line="118" />
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Avbrutet av användaren; inget har sparats.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="31" />
            <source>1. Areas and statistics</source>
            <translation>1. Områden och statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="32" />
            <source>2. Area types and inequality</source>
            <translation>2. Områdestyper och ojämlikhet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="33" />
            <source>3. Public transport</source>
            <translation>3. Kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="34" />
            <source>4. Planning and tenure mix</source>
            <translation>4. Planering och upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="26" />
            <source>Check area layer</source>
            <translation>Kontrollera områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <source>Codes, geometry, nesting and tiling of DeSO, RegSO or kommun areas.</source>
            <translation>Koder, geometrier, indelning och täckning för DeSO, RegSO eller kommuner.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>deso</source>
            <translation>deso</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>regso</source>
            <translation>regso</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>validate</source>
            <translation>validera</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>geometry</source>
            <translation>geometri</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>codes</source>
            <translation>koder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="32" />
            <source>Checks an area layer (DeSO, RegSO, kommun, län) before you use it:&lt;ul&gt;&lt;li&gt;every code is well formed for its level (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01; the API suffix _DeSO2025 is accepted) and occurs once;&lt;/li&gt;&lt;li&gt;every geometry is a valid polygon;&lt;/li&gt;&lt;li&gt;every area lies in one parent: the RegSO, kommun and län fields (regsokod, kommunkod, lanskod) agree with the area's own code;&lt;/li&gt;&lt;li&gt;areas do not overlap and leave no gaps between them (holes may be lakes: they are warnings).&lt;/li&gt;&lt;/ul&gt;The output lists one row per problem with the feature id, the code, what is wrong and what to do. An empty table means the layer is fine. Your layer is not changed.</source>
            <translation>Kontrollerar ett områdeslager (DeSO, RegSO, kommun, län) innan du använder det:&lt;ul&gt;&lt;li&gt;varje kod har rätt form för sin nivå (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01; API:ets suffix _DeSO2025 godtas) och förekommer bara en gång;&lt;/li&gt;&lt;li&gt;varje geometri är en giltig polygon;&lt;/li&gt;&lt;li&gt;varje område ligger inom ett enda överordnat område: fälten för RegSO, kommun och län (regsokod, kommunkod, lanskod) stämmer med områdets egen kod;&lt;/li&gt;&lt;li&gt;områdena överlappar inte varandra och lämnar inga glapp emellan (hål kan vara sjöar: de redovisas som varningar).&lt;/li&gt;&lt;/ul&gt;Resultatet listar ett problem per rad med objektets id, koden, vad som är fel och vad du kan göra. En tom tabell betyder att lagret är i ordning. Ditt lager ändras inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="57" />
            <source>Area layer</source>
            <translation>Områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="63" />
            <source>Code field (empty: found from the field names)</source>
            <translation>Kodfält (tomt: hittas utifrån fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="71" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="78" />
            <source>Check overlaps and gaps</source>
            <translation>Kontrollera överlapp och glapp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="84" />
            <source>Ignore overlaps and gaps smaller than (m²)</source>
            <translation>Bortse från överlapp och glapp mindre än (m²)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="91" />
            <source>Problems</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="93" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="94" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="112" />
            <source>area layer</source>
            <translation>områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="111" />
            <source>Reading {} areas…</source>
            <translation>Läser {} områden…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="129" />
            <source>{n} {level} areas checked (code field {field}; parents: {parents}): {e} errors, {w} warnings.</source>
            <translation>{n} områden på nivån {level} kontrollerade (kodfält {field}; överordnade områden: {parents}): {e} fel, {w} varningar.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="72" />
            <source>Detect from the codes</source>
            <translation>Avgör utifrån koderna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="72" />
            <source>kommun</source>
            <translation>kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="72" />
            <source>län</source>
            <translation>län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="107" />
            <source>No code field found among {}. Choose the field that holds the area codes.</source>
            <translation>Inget kodfält hittades bland {}. Välj fältet som innehåller områdeskoderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="135" />
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/provider.py" line="50" />
            <source>Segregation (area types, public transport, tenure mix) {}</source>
            <translation>Segregation (områdestyper, kollektivtrafik, upplåtelseformer) {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="49" />
            <source>Sample county (fictional)</source>
            <translation>Exempellän (påhittat)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="55" />
            <source>Public transport stops (GTFS)</source>
            <translation>Kollektivtrafikens hållplatser (GTFS)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="56" />
            <source>Planned housing</source>
            <translation>Planerade bostäder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="57" />
            <source>Regional plan nodes</source>
            <translation>Regionplanens noder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="58" />
            <source>Land use, comprehensive plan</source>
            <translation>Markanvändning, översiktsplan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="61" />
            <source>Municipalities</source>
            <translation>Kommuner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="62" />
            <source>County</source>
            <translation>Län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="63" />
            <source>Population per 250 m cell</source>
            <translation>Befolkning per 250 m-ruta</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="129" />
            <source>Could not read the sample data: {}. Reinstall the plugin.</source>
            <translation>Kunde inte läsa exempeldata: {}. Installera om insticksprogrammet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/sample.py" line="154" />
            <source>The sample region's files are missing: {}. Reinstall the plugin (in the source tree: make sample).</source>
            <translation>Exempelregionens filer saknas: {}. Installera om insticksprogrammet (i källkodsträdet: make sample).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="102" />
            <source>The {label} has no field {missing} (its fields: {fields}).</source>
            <translation>Fältet {missing} finns inte i {label} (dess fält: {fields}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="190" />
            <source>The field '{field}' has {head} that cannot be read as {what}: {examples}{more}. {tail}</source>
            <translation>Fältet '{field}' har {head} som inte kan läsas som {what}: {examples}{more}. {tail}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="180" />
            <source>a value</source>
            <comment>part of a message</comment>
            <translation>ett värde</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="180" />
            <source>{count} values</source>
            <comment>part of a message</comment>
            <translation>{count} värden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="164" />
            <location filename="../segregation_plugin/core/common/numbers.py" line="199" />
            <location filename="../segregation_plugin/core/common/numbers.py" line="236" />
            <source>a number</source>
            <comment>part of a message</comment>
            <translation>ett tal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="54" />
            <source>an area type (1–5)</source>
            <comment>part of a message</comment>
            <translation>en områdestyp (1–5)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="179" />
            <source>and {count_len_shown} more</source>
            <comment>part of a message</comment>
            <translation>och {count_len_shown} till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="183" />
            <source>They are read as missing (no value); correct them in the layer if they should count.</source>
            <comment>part of a message</comment>
            <translation>De läses som saknade värden; rätta dem i lagret om de ska räknas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="75" />
            <source>{join_wrong} in {what} {len_wrong} not an area type; the area types are 1–5.</source>
            <translation>{join_wrong} i {what} {len_wrong} ingen områdestyp; områdestyperna är 1–5.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="68" />
            <source>the area types</source>
            <comment>part of a message</comment>
            <translation>områdestyperna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="75" />
            <source>is</source>
            <comment>part of a message</comment>
            <translation>är</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="75" />
            <source>are</source>
            <comment>part of a message</comment>
            <translation>är</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="244" />
            <source>The field '{field}' is not in the layer (fields: {join_map_str_frame}). Choose the field that holds {what}.</source>
            <translation>Fältet '{field}' finns inte i lagret (fält: {join_map_str_frame}). Välj fältet som innehåller {what}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="37" />
            <source>'{part}' in {what} is not {article} {item} or a range of them. Write {item}s separated by commas and ranges with a dash, e.g. {example}.</source>
            <translation>'{part}' i {what} är inte {article} {item} eller ett intervall av sådana. Skriv värden av typen {item} åtskilda med kommatecken och intervall med bindestreck, t.ex. {example}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="30" />
            <source>an</source>
            <comment>part of a message</comment>
            <translation>ett värde av typen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="30" />
            <source>a</source>
            <comment>part of a message</comment>
            <translation>ett värde av typen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="22" />
            <location filename="../segregation_plugin/core/common/ranges.py" line="56" />
            <source>whole number</source>
            <comment>part of a message</comment>
            <translation>heltal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="71" />
            <source>area type</source>
            <comment>part of a message</comment>
            <translation>områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="22" />
            <location filename="../segregation_plugin/core/common/ranges.py" line="56" />
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="71" />
            <source>1, 2 or 1-2</source>
            <comment>part of a message</comment>
            <translation>1, 2 eller 1-2</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/ranges.py" line="44" />
            <source>The range {part} in {what} runs backwards; write it as {last}-{first}.</source>
            <translation>Intervallet {part} i {what} går baklänges; skriv det som {last}-{first}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="39" />
            <source>{label} is an Excel workbook (xlsx), not a text file. Give it the ending .xlsx and import it again.</source>
            <translation>{label} är en Excel-arbetsbok (xlsx), inte en textfil. Ge den filändelsen .xlsx och importera den igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="44" />
            <source>{label} is an old Excel file (xls). Open it in Excel or LibreOffice, save it as xlsx or csv, and import that file.</source>
            <translation>{label} är en Excel-fil i det gamla formatet (xls). Öppna den i Excel eller LibreOffice, spara den som xlsx eller csv och importera den filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="66" />
            <source>{label} has characters that could not be decoded (shown as �): the file is damaged or in an unexpected encoding. Check names such as å, ä, ö.</source>
            <translation>{label} har tecken som inte kunde avkodas (visas som �): filen är skadad eller har en oväntad teckenkodning. Kontrollera namn med å, ä och ö.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="71" />
            <source>{label} contains 'Ã¥', 'Ã¤' or 'Ã¶' where 'å', 'ä', 'ö' were meant: it was saved with the wrong encoding at some point. Names in the result will look the same; export the table from Statistikdatabasen again to fix them.</source>
            <translation>{label} innehåller 'Ã¥', 'Ã¤' eller 'Ã¶' där det ska stå 'å', 'ä', 'ö': filen har någon gång sparats med fel teckenkodning. Namnen i resultatet ser likadana ut; exportera tabellen från Statistikdatabasen igen för att rätta dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="118" />
            <source>{label} is empty.</source>
            <translation>{label} är tom.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="111" />
            <source>Could not read {path}: {exc_strerror}.</source>
            <translation>Kunde inte läsa {path}: {exc_strerror}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="54" />
            <source>{label} is not a text file (it contains binary data). Export the table from Statistikdatabasen as csv or xlsx.</source>
            <translation>{label} är ingen textfil (den innehåller binära data). Exportera tabellen från Statistikdatabasen som csv eller xlsx.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/codes.py" line="301" />
            <source>The statistics look like {statistics_version} ({statistics_reason}) but the areas look like {areas_version} ({areas_reason}). Codes that exist in both versions are joined, but they may not cover the same ground: use boundaries of {statistics_version} (SCB's layer {statistics_version_2}_{statistics_version_3}).</source>
            <translation>Statistiken ser ut att gälla {statistics_version} ({statistics_reason}) men områdena ser ut att gälla {areas_version} ({areas_reason}). Koder som finns i båda versionerna kopplas, men de behöver inte täcka samma yta: använd gränser för {statistics_version} (SCB:s lager {statistics_version_2}_{statistics_version_3}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/area_type_codes.py" line="56" />
            <source>The area types are 1–5, or empty (or one of SCB's markers {markers_text}) for an area without a type: choose the field that holds them (area_type, written by the tool 'Area types') or correct the values.</source>
            <comment>part of a message</comment>
            <translation>Områdestyperna är 1–5, eller tomt (eller någon av SCB:s markeringar {markers_text}) för ett område utan typ: välj fältet som innehåller dem (area_type, som verktyget 'Områdestyper' skriver) eller rätta värdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="187" />
            <source>Correct the values or choose a field of numbers; SCB's markers for suppressed cells ({markers_text}) and empty cells are read as missing.</source>
            <comment>part of a message</comment>
            <translation>Rätta värdena eller välj ett fält med tal; SCB:s markeringar för skyddade celler ({markers_text}) och tomma celler läses som saknade värden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/dependencies.py" line="49" />
            <source>This tool needs the Python package '{package}', which your QGIS does not have. {install_hint_package}</source>
            <translation>Verktyget behöver Python-paketet '{package}', som din QGIS inte har. {install_hint_package}</translation>
        </message>
    </context>
</TS>
