<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="43" />
            <location filename="../segregation_plugin/gui/dock.py" line="88" />
            <location filename="../segregation_plugin/gui/dock.py" line="264" />
            <location filename="../segregation_plugin/processing/provider.py" line="61" />
            <source>Segregation</source>
            <translation>Segregation</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="97" />
            <source>Area types, inequality, public transport and tenure mix for Swedish planners. Run the steps in order, or try them on the sample county first.</source>
            <translation>Områdestyper, ojämlikhet, kollektivtrafik och upplåtelseformer för planerare. Gå igenom stegen i tur och ordning, eller prova dem först på exempellänet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="107" />
            <location filename="../segregation_plugin/plugin.py" line="54" />
            <source>Load sample region</source>
            <translation>Läs in exempelregionen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="111" />
            <source>Add the fictional sample county's layers to the project and zoom to it.</source>
            <translation>Lägg till det påhittade exempellänets lager i projektet och zooma till det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="174" />
            <source>Run…</source>
            <translation>Kör…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="177" />
            <source>Open the selected step's dialog</source>
            <translation>Öppna dialogrutan för det valda steget</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="191" />
            <source>Run a step to see its results here.</source>
            <translation>Kör ett steg för att se resultatet här.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="76" />
            <source>Loaded the fictional sample county: {} layers.</source>
            <translation>Det påhittade exempellänet är inläst: {} lager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="152" />
            <source>Workflow</source>
            <translation>Arbetsgång</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="187" />
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="293" />
            <source>Select a step, then press Run… or double-click it.</source>
            <translation>Välj ett steg och tryck på Kör…, eller dubbelklicka på det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="265" />
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
            <location filename="../segregation_plugin/processing/algorithm.py" line="107" />
            <location filename="../segregation_plugin/processing/frames.py" line="106" />
            <source>Cancelled by the user; nothing was written.</source>
            <translation>Avbrutet av användaren; inget har sparats.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="36" />
            <source>1. Areas and statistics</source>
            <translation>1. Områden och statistik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="37" />
            <source>2. Area types and inequality</source>
            <translation>2. Områdestyper och ojämlikhet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="38" />
            <source>3. Public transport</source>
            <translation>3. Kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="39" />
            <source>4. Planning and tenure mix</source>
            <translation>4. Planering och upplåtelseformer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="26" />
            <source>Check area layer</source>
            <translation>Kontrollera områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="29" />
            <source>Codes, geometry, nesting and tiling of DeSO, RegSO or kommun areas.</source>
            <translation>Koder, geometrier, indelning och täckning för DeSO, RegSO eller kommuner.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="45" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="30" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="27" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="29" />
            <source>deso</source>
            <translation>deso</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="31" />
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="45" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="30" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="27" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="29" />
            <source>regso</source>
            <translation>regso</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <source>validate</source>
            <translation>validera</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <source>geometry</source>
            <translation>geometri</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="30" />
            <source>codes</source>
            <translation>koder</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="31" />
            <source>Checks an area layer (DeSO, RegSO, kommun, län) before you use it:&lt;ul&gt;&lt;li&gt;every code is well formed for its level (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01; the API suffix _DeSO2025 is accepted) and occurs once;&lt;/li&gt;&lt;li&gt;every geometry is a valid polygon;&lt;/li&gt;&lt;li&gt;every area lies in one parent: the RegSO, kommun and län fields (regsokod, kommunkod, lanskod) agree with the area's own code;&lt;/li&gt;&lt;li&gt;areas do not overlap and leave no gaps between them (holes may be lakes: they are warnings).&lt;/li&gt;&lt;/ul&gt;The output lists one row per problem with the feature id, the code, what is wrong and what to do. An empty table means the layer is fine. Your layer is not changed.</source>
            <translation>Kontrollerar ett områdeslager (DeSO, RegSO, kommun, län) innan du använder det:&lt;ul&gt;&lt;li&gt;varje kod har rätt form för sin nivå (DeSO 0114A0010, RegSO 0114R001, kommun 0114, län 01; API:ets suffix _DeSO2025 godtas) och förekommer bara en gång;&lt;/li&gt;&lt;li&gt;varje geometri är en giltig polygon;&lt;/li&gt;&lt;li&gt;varje område ligger inom ett enda överordnat område: fälten för RegSO, kommun och län (regsokod, kommunkod, lanskod) stämmer med områdets egen kod;&lt;/li&gt;&lt;li&gt;områdena överlappar inte varandra och lämnar inga glapp emellan (hål kan vara sjöar: de redovisas som varningar).&lt;/li&gt;&lt;/ul&gt;Resultatet listar ett problem per rad med objektets id, koden, vad som är fel och vad du kan göra. En tom tabell betyder att lagret är i ordning. Ditt lager ändras inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="56" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="53" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="52" />
            <source>Area layer</source>
            <translation>Områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="62" />
            <source>Code field (empty: found from the field names)</source>
            <translation>Kodfält (tomt: hittas utifrån fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="70" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="77" />
            <source>Check overlaps and gaps</source>
            <translation>Kontrollera överlapp och glapp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="83" />
            <source>Ignore overlaps and gaps smaller than (m²)</source>
            <translation>Bortse från överlapp och glapp mindre än (m²)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="90" />
            <source>Problems</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="92" />
            <source>Errors</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="93" />
            <source>Warnings</source>
            <translation>Varningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="105" />
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="160" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="123" />
            <location filename="../segregation_plugin/processing/planning/params.py" line="131" />
            <location filename="../segregation_plugin/processing/planning/planning_overlay.py" line="166" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="198" />
            <location filename="../segregation_plugin/processing/planning/zonal_raster.py" line="130" />
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="182" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="112" />
            <location filename="../segregation_plugin/processing/statistics/join_statistics.py" line="124" />
            <location filename="../segregation_plugin/processing/transit/line_profile.py" line="113" />
            <location filename="../segregation_plugin/processing/transit/ptal_index.py" line="101" />
            <location filename="../segregation_plugin/processing/transit/transit_access_by_area.py" line="111" />
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
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="71" />
            <source>Detect from the codes</source>
            <translation>Avgör utifrån koderna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="33" />
            <location filename="../segregation_plugin/processing/planning/tenure_mix.py" line="102" />
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="45" />
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="100" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="71" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="86" />
            <source>kommun</source>
            <translation>kommun</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/aggregate_areas.py" line="100" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="71" />
            <location filename="../segregation_plugin/processing/statistics/import_scb_table.py" line="86" />
            <source>län</source>
            <translation>län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="107" />
            <source>No code field found among {}. Choose the field that holds the area codes.</source>
            <translation>Inget kodfält hittades bland {}. Välj fältet som innehåller områdeskoderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="172" />
            <location filename="../segregation_plugin/processing/statistics/check_areas.py" line="135" />
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/provider.py" line="64" />
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
            <location filename="../segregation_plugin/processing/frames.py" line="90" />
            <source>The {label} has no field {missing} (its fields: {fields}).</source>
            <translation>Fältet {missing} finns inte i {label} (dess fält: {fields}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="189" />
            <source>its input</source>
            <translation>sina indata</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="162" />
            <source>The tool '{tool}' failed on {what} (details in the log).</source>
            <translation>Verktyget '{tool}' misslyckades med {what} (detaljer i loggen).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="166" />
            <source>This is a bug in the plugin: please report it with the log.</source>
            <translation>Det är ett fel i insticksprogrammet: rapportera det gärna tillsammans med loggen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="161" />
            <source>{what}, while {step}</source>
            <translation>{what}, vid {step}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="141" />
            <source>The tool '{tool}' ran out of memory on {what}. Use a smaller area, a larger cell size or fewer features, or close other programs.</source>
            <translation>Verktyget '{tool}' fick slut på minne med {what}. Använd ett mindre område, en större cellstorlek eller färre objekt, eller stäng andra program.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="178" />
            <source>the layer '{}'</source>
            <translation>lagret '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="182" />
            <source>the raster '{}'</source>
            <translation>rastret '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="186" />
            <source>the file '{}'</source>
            <translation>filen '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="101" />
            <source>whole number</source>
            <translation>heltal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="101" />
            <source>number</source>
            <translation>tal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="104" />
            <source>a {kind} above {above} and at most {max}</source>
            <translation>ett {kind} större än {above} och högst {max}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="106" />
            <source>a {kind} above {above}</source>
            <translation>ett {kind} större än {above}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="241" />
            <source>'{label}' cannot be '{value}'.</source>
            <translation>'{label}' kan inte vara '{value}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="108" />
            <source>a {kind} from {min} to {max}</source>
            <translation>ett {kind} från {min} till {max}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="136" />
            <source>'{label}' is not a number (NaN): enter {allowed}.</source>
            <translation>'{label}' är inget tal (NaN): ange {allowed}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="148" />
            <source>'{label}' is {value}, but it must be {allowed}.</source>
            <translation>'{label}' är {value}, men måste vara {allowed}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="229" />
            <source>Choose a value for '{label}'.</source>
            <translation>Välj ett värde för '{label}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="231" />
            <source>'{label}': '{value}' is not a layer or file that can be read. Choose an existing layer or file.</source>
            <translation>'{label}': '{value}' är inget lager och ingen fil som går att läsa. Välj ett befintligt lager eller en befintlig fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="236" />
            <source>'{label}' has no choice '{value}'; the choices are: {options}.</source>
            <translation>'{label}' har inget val '{value}'; valen är: {options}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="110" />
            <source>a {kind} of at least {min}</source>
            <translation>ett {kind} på minst {min}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="131" />
            <source>'{label}' must be {allowed}; '{value}' is not a number (write decimals with a point, e.g. 12.5).</source>
            <translation>'{label}' måste vara {allowed}; '{value}' är inget tal (skriv decimaler med punkt, t.ex. 12.5).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="181" />
            <source>'{label}' has {n} values, which do not fill whole rows of {width} ({headers}): row {row} has only {k}. Fill in every field of each row.</source>
            <translation>'{label}' har {n} värden, som inte fyller hela rader om {width} ({headers}): rad {row} har bara {k}. Fyll i alla fält på varje rad.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="112" />
            <source>a {kind} of at most {max}</source>
            <translation>ett {kind} på högst {max}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="114" />
            <source>a {kind}</source>
            <translation>ett {kind}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/parameter_checks.py" line="200" />
            <source>Row {row} of '{label}' has no {lacking}: each row needs {needed}.</source>
            <translation>Rad {row} i '{label}' saknar {lacking}: varje rad behöver {needed}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="131" />
            <source>Choose a layer for '{}'.</source>
            <translation>Välj ett lager för '{}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="142" />
            <source>The layer {layer} has no field {missing} (its fields: {fields}).</source>
            <translation>Lagret {layer} har inget fält {missing} (dess fält: {fields}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="120" />
            <source>The layer '{layer}' ({parameter}) has no features: there is nothing to compute. Choose a layer with features (is a filter or a selection hiding them?).</source>
            <translation>Lagret '{layer}' ({parameter}) har inga objekt: det finns inget att beräkna. Välj ett lager med objekt (döljer ett filter eller ett urval dem?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="220" />
            <source>Set the CRS the data were made in, in Layer Properties → Source (do not reproject), then run the tool again.</source>
            <translation>Ange det koordinatreferenssystem som data gjordes i, under Lageregenskaper → Källa (projicera inte om), och kör sedan verktyget igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="66" />
            <source>points</source>
            <translation>punkter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="66" />
            <source>lines</source>
            <translation>linjer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="66" />
            <source>polygons</source>
            <translation>polygoner</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="83" />
            <source>a custom CRS</source>
            <translation>ett eget koordinatreferenssystem</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="266" />
            <source>The layer {moved} is in {crs}, the layer {target} in {other}: the first is reprojected to {other} for the computation (your layers are not changed).</source>
            <translation>Lagret {moved} har {crs}, lagret {target} {other}: det första projiceras om till {other} för beräkningen (dina lager ändras inte).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="271" />
            <source>Two input layers are in different coordinate systems: one in {crs} is reprojected to {other} for the computation (your layers are not changed).</source>
            <translation>Två indatalager har olika koordinatsystem: det i {crs} projiceras om till {other} för beräkningen (dina lager ändras inte).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="67" />
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="152" />
            <source>they are kept, without a place on the map</source>
            <translation>de behålls, utan plats på kartan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="154" />
            <source>they are left out</source>
            <translation>de utelämnas</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="176" />
            <source>x {x0} to {x1}, y {y0} to {y1}</source>
            <translation>x {x0} till {x1}, y {y0} till {y1}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="74" />
            <source>'{name}' (for '{label}')</source>
            <translation>'{name}' (för '{label}')</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="91" />
            <source>The layer {layer} is a table without geometry; this tool needs {kinds}. Choose a layer with {kinds}.</source>
            <translation>Lagret {layer} är en tabell utan geometri; verktyget behöver {kinds}. Välj ett lager med {kinds}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="99" />
            <source>The layer {layer} has {actual}; this tool needs {kinds}. Choose a layer with {kinds}.</source>
            <translation>Lagret {layer} har {actual}; verktyget behöver {kinds}. Välj ett lager med {kinds}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="109" />
            <source>The layer {layer} has no coordinate reference system: set it in Layer Properties → Source (for Swedish data usually SWEREF 99 TM, EPSG:3006), then run the tool again.</source>
            <translation>Lagret {layer} har inget koordinatreferenssystem: ange det under Lageregenskaper → Källa (för svenska data oftast SWEREF 99 TM, EPSG:3006) och kör sedan verktyget igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="131" />
            <source>None of the {n} features of the layer {layer} has a geometry. Choose the layer with the shapes (not a table joined to them), or check its filter.</source>
            <translation>Inget av de {n} objekten i lagret {layer} har en geometri. Välj lagret med formerna (inte en tabell som kopplats till dem), eller kontrollera dess filter.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="140" />
            <source>{k} features of the layer {layer} are not {kinds} (feature ids {ids}); this tool needs {kinds}. Choose a layer with {kinds}.</source>
            <translation>{k} objekt i lagret {layer} är inte {kinds} (objekt-id {ids}); verktyget behöver {kinds}. Välj ett lager med {kinds}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="157" />
            <source>{k} of {n} features of the layer {layer} have no geometry (feature ids {ids}): {what}.</source>
            <translation>{k} av {n} objekt i lagret {layer} saknar geometri (objekt-id {ids}): {what}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="241" />
            <source>The layer {layer} is in {crs}, whose coordinates are metres, but its features lie at {extent}: these look like degrees of longitude and latitude (the layer is probably in WGS 84, EPSG:4326). {fix}</source>
            <translation>Lagret {layer} har {crs}, vars koordinater är meter, men dess objekt ligger vid {extent}: det ser ut som grader longitud och latitud (lagret är troligen i WGS 84, EPSG:4326). {fix}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="250" />
            <source>The layer {layer} lies at {extent}, far from where {crs} is used ({area}). If the layer is not where you expect it on the map, its CRS is set wrong: {fix}</source>
            <translation>Lagret {layer} ligger vid {extent}, långt från där {crs} används ({area}). Om lagret inte hamnar där du väntar dig på kartan är dess koordinatreferenssystem fel angivet: {fix}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="227" />
            <source>The layer {layer} is in {crs}, whose coordinates are degrees, but its features lie at {extent}: these are not degrees (they look like metres). {fix}</source>
            <translation>Lagret {layer} har {crs}, vars koordinater är grader, men dess objekt ligger vid {extent}: det är inte grader (det ser ut som meter). {fix}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="341" />
            <source>The output {output} would replace the layer «{layer}» of {path}, which is the input {input}. Give the output another layer name (e.g. {path}|layername=new) or another file.</source>
            <translation>Resultatet {output} skulle ersätta lagret «{layer}» i {path}, som används som indata {input}. Ge resultatet ett annat lagernamn (t.ex. {path}|layername=nytt) eller en annan fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="349" />
            <source>The outputs {first} and {second} both go to {path}. Choose a file for each (or different layers of a GeoPackage).</source>
            <translation>Resultaten {first} och {second} går båda till {path}. Välj en fil för vart och ett (eller olika lager i en GeoPackage).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="273" />
            <source>The folder of the output {output} does not exist: {folder}</source>
            <translation>Mappen för resultatet {output} finns inte: {folder}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="277" />
            <source>The output {output} cannot be written in the folder {folder}</source>
            <translation>Resultatet {output} kan inte skrivas i mappen {folder}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="281" />
            <source>The output {output} is a folder, not a file: {path}</source>
            <translation>Resultatet {output} är en mapp, inte en fil: {path}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="323" />
            <source>The output {output} cannot be written into the GeoPackage {path}, which would be replaced. Choose a file of its own.</source>
            <translation>Resultatet {output} kan inte skrivas in i GeoPackage-filen {path}, som då skulle ersättas. Välj en egen fil för det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/destinations.py" line="330" />
            <source>The output {output} would overwrite {path}, the file of the input {input}. Choose another file for the output.</source>
            <translation>Resultatet {output} skulle skriva över {path}, som är filen för indata {input}. Välj en annan fil för resultatet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="242" />
            <location filename="../segregation_plugin/processing/frames.py" line="236" />
            <location filename="../segregation_plugin/processing/writing.py" line="159" />
            <source>The output {output} could not be written: {error}</source>
            <translation>Resultatet {output} kunde inte skrivas: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/frames.py" line="243" />
            <location filename="../segregation_plugin/processing/frames.py" line="237" />
            <source>the file refused the features</source>
            <translation>filen tog inte emot objekten</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="104" />
            <source>The output {output} cannot be written in the folder {folder}: {error}</source>
            <translation>Resultatet {output} kan inte skrivas i mappen {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="290" />
            <source>The output {output} replaces the layer «{layer}» in {path}.</source>
            <translation>Resultatet {output} ersätter lagret «{layer}» i {path}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="140" />
            <source>Writing {output}…</source>
            <translation>Skriver {output}…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="294" />
            <source>The output {output} is written as the layer «{layer}» in {path}; the file's other layers and styles are kept.</source>
            <translation>Resultatet {output} skrivs som lagret «{layer}» i {path}; filens övriga lager och stilar behålls.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="301" />
            <source>The output {output} is written as the layer «{layer}» in {path}.</source>
            <translation>Resultatet {output} skrivs som lagret «{layer}» i {path}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="179" />
            <source>Could not remove a partly written output: {}</source>
            <translation>Kunde inte ta bort ett delvis skrivet resultat: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="187" />
            <source>Could not put back {path} (it is in {backup}): {error}</source>
            <translation>Kunde inte lägga tillbaka {path} (den finns i {backup}): {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="157" />
            <source>The output {output} could not be written to {path}: {error}</source>
            <translation>Resultatet {output} kunde inte skrivas till {path}: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="199" />
            <source>Could not give the layer «{backup}» in {path} its name «{layer}» back: it holds the earlier «{layer}».</source>
            <translation>Kunde inte ge lagret «{backup}» i {path} tillbaka namnet «{layer}»: det innehåller det tidigare «{layer}».</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="341" />
            <source>Could not remove the layer {layer} from {path}: {error}</source>
            <translation>Kunde inte ta bort lagret {layer} ur {path}: {error}</translation>
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
            <location filename="../segregation_plugin/core/common/text_table.py" line="62" />
            <source>{label} is an Excel workbook (xlsx), not a text file. Give it the ending .xlsx and import it again.</source>
            <translation>{label} är en Excel-arbetsbok (xlsx), inte en textfil. Ge den filändelsen .xlsx och importera den igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="67" />
            <source>{label} is an old Excel file (xls). Open it in Excel or LibreOffice, save it as xlsx or csv, and import that file.</source>
            <translation>{label} är en Excel-fil i det gamla formatet (xls). Öppna den i Excel eller LibreOffice, spara den som xlsx eller csv och importera den filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="89" />
            <source>{label} has characters that could not be decoded (shown as �): the file is damaged or in an unexpected encoding. Check names such as å, ä, ö.</source>
            <translation>{label} har tecken som inte kunde avkodas (visas som �): filen är skadad eller har en oväntad teckenkodning. Kontrollera namn med å, ä och ö.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="94" />
            <source>{label} contains 'Ã¥', 'Ã¤' or 'Ã¶' where 'å', 'ä', 'ö' were meant: it was saved with the wrong encoding at some point. Names in the result will look the same; export the table from Statistikdatabasen again to fix them.</source>
            <translation>{label} innehåller 'Ã¥', 'Ã¤' eller 'Ã¶' där det ska stå 'å', 'ä', 'ö': filen har någon gång sparats med fel teckenkodning. Namnen i resultatet ser likadana ut; exportera tabellen från Statistikdatabasen igen för att rätta dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="148" />
            <source>{label} is empty.</source>
            <translation>{label} är tom.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="134" />
            <source>Could not read {path}: {exc_strerror}.</source>
            <translation>Kunde inte läsa {path}: {exc_strerror}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="77" />
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
        <message>
            <location filename="../segregation_plugin/core/common/text_table.py" line="167" />
            <source>{label} cannot be read from line {last} on ({exc}). Check the quotes (") on that line, or export the table again.</source>
            <translation>{label} kan inte läsas från rad {last} och framåt ({exc}). Kontrollera citattecknen (") på den raden, eller exportera tabellen igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/codes.py" line="343" />
            <source>The field '{field}' has the same area code in more than one feature: {join_parts}{more}. Summed, such an area would count twice. Remove the duplicate features (or merge them into one), e.g. after 'Check area layer', or choose the field with the codes of the areas, then run the tool again.</source>
            <translation>Fältet '{field}' har samma områdeskod i mer än ett objekt: {join_parts}{more}. Summerat skulle ett sådant område räknas två gånger. Ta bort de dubblerade objekten (eller slå ihop dem till ett), t.ex. efter 'Kontrollera områdeslager', eller välj fältet med områdenas koder, och kör sedan verktyget igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/codes.py" line="340" />
            <source>{code} in features {ids}</source>
            <comment>part of a message</comment>
            <translation>{code} i objekten {ids}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/codes.py" line="341" />
            <source>and {len_repeated} more codes</source>
            <comment>part of a message</comment>
            <translation>och {len_repeated} koder till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="271" />
            <source>The field '{field}' is a count (of persons or dwellings) but has negative values: {examples}{more}. A count cannot be below 0: correct the values, or choose the field that holds the counts.</source>
            <translation>Fältet '{field}' är ett antal (personer eller bostäder) men har negativa värden: {examples}{more}. Ett antal kan inte vara under 0: rätta värdena, eller välj fältet som innehåller antalen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/common/numbers.py" line="269" />
            <source>and {len_positions_shown} more</source>
            <comment>part of a message</comment>
            <translation>och {len_positions_shown} till</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/layer_checks.py" line="334" />
            <source>The {first} lies outside the {second}: the first covers {first_box}, the second {second_box}. Choose layers of the same region, or check the CRS of both.</source>
            <translation>{first} ligger utanför {second}: det första täcker {first_box}, det andra {second_box}. Välj lager för samma region, eller kontrollera båda lagrens koordinatsystem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="206" />
            <source>Save the analysis…</source>
            <translation>Spara analysen…</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="210" />
            <source>Save the session's result layers with their styles: into one GeoPackage with a project file, or into a PostGIS database.</source>
            <translation>Spara sessionens resultatlager med sina stilar: i en GeoPackage med en projektfil, eller i en PostGIS-databas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="37" />
            <location filename="../segregation_plugin/gui/save_dialog.py" line="121" />
            <location filename="../segregation_plugin/gui/save_dialog.py" line="164" />
            <source>Save the analysis</source>
            <translation>Spara analysen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="51" />
            <source>Into a GeoPackage, with a project file beside it</source>
            <translation>I en GeoPackage, med en projektfil bredvid</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="55" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="56" />
            <source>Save the analysis as</source>
            <translation>Spara analysen som</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="57" />
            <source>Into a PostGIS database</source>
            <translation>I en PostGIS-databas</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="65" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="67" />
            <source>Connection</source>
            <translation>Anslutning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="68" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="46" />
            <source>The results of the session to save:</source>
            <translation>Sessionens resultat att spara:</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="74" />
            <source>No PostgreSQL connection is saved in QGIS: add one in the Browser (PostgreSQL → New Connection…).</source>
            <translation>Ingen PostgreSQL-anslutning är sparad i QGIS: lägg till en i Webbläsaren (PostgreSQL → Ny anslutning…).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="140" />
            <source>Choose a PostgreSQL connection and a schema.</source>
            <translation>Välj en PostgreSQL-anslutning och ett schema.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="144" />
            <source>Saved {count} layers in the schema {schema} of {connection}.</source>
            <translation>Sparade {count} lager i schemat {schema} i {connection}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="49" />
            <source>No results yet: run a step of the workflow first.</source>
            <translation>Inga resultat ännu: kör först ett steg i arbetsgången.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="122" />
            <source>These exist already:
{names}

Replace them?</source>
            <translation>Dessa finns redan:
{names}

Vill du ersätta dem?</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="133" />
            <source>Choose a file for the GeoPackage.</source>
            <translation>Välj en fil för GeoPackage-filen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="135" />
            <source>Saved {count} layers in {gpkg} and the project {qgz}.</source>
            <translation>Sparade {count} lager i {gpkg} och projektet {qgz}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="149" />
            <source>Rasters stay files (not saved): {names}.</source>
            <translation>Rasterlager förblir filer (sparas inte): {names}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/save_dialog.py" line="100" />
            <source>The connection {name} cannot be reached: {error}</source>
            <translation>Anslutningen {name} går inte att nå: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/database.py" line="97" />
            <source>The output {output} names no table of the database {database}.</source>
            <translation>Utdata {output} anger ingen tabell i databasen {database}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/database.py" line="105" />
            <source>The outputs {first} and {output} both go to the table {table}. Choose a table for each.</source>
            <translation>Utdata {first} och {output} ska båda till tabellen {table}. Välj en tabell för varje.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/database.py" line="116" />
            <source>The output {output} cannot be written: the database {database} has no schema «{schema}». Choose an existing schema.</source>
            <translation>Utdata {output} kan inte skrivas: databasen {database} har inget schema «{schema}». Välj ett befintligt schema.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/database.py" line="131" />
            <source>The output {output} cannot be written: the database {database} answers: {error}</source>
            <translation>Utdata {output} kan inte skrivas: databasen {database} svarar: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/database.py" line="123" />
            <source>The output {output} would replace the table {table} of the database {database}, which exists already. Choose a new table name (or remove the table in the Browser or DB Manager first).</source>
            <translation>Utdata {output} skulle ersätta tabellen {table} i databasen {database}, som redan finns. Välj ett nytt tabellnamn (eller ta först bort tabellen i Webbläsaren eller DB Manager).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="98" />
            <source>There are no results to save: run a step of the workflow first.</source>
            <translation>Det finns inga resultat att spara: kör först ett steg i arbetsgången.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="177" />
            <source>There are no result layers to save: run a step of the workflow first.</source>
            <translation>Det finns inga resultatlager att spara: kör först ett steg i arbetsgången.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="37" />
            <source>These exist already and would be replaced: {names}</source>
            <translation>Dessa finns redan och skulle ersättas: {names}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="100" />
            <source>The folder {folder} does not exist.</source>
            <translation>Mappen {folder} finns inte.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="107" />
            <source>{files} holds layers of the project, which would be lost: choose another file.</source>
            <translation>{files} innehåller lager i projektet, som skulle gå förlorade: välj en annan fil.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="134" />
            <source>Could not save the project {path}: {error}</source>
            <translation>Kunde inte spara projektet {path}: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="183" />
            <source>The database has no schema «{schema}». Choose an existing schema.</source>
            <translation>Databasen har inget schema «{schema}». Välj ett befintligt schema.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="193" />
            <source>The database answers: {error}</source>
            <translation>Databasen svarar: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/save_analysis.py" line="209" />
            <source>Could not write {layer} to {table}: {error}</source>
            <translation>Kunde inte skriva {layer} till {table}: {error}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/writing.py" line="194" />
            <source>The table {table} was written but cannot be read back.</source>
            <translation>Tabellen {table} skrevs men kan inte läsas tillbaka.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/algorithm.py" line="237" />
            <source>{what} — {input}</source>
            <translation>{what} — {input}</translation>
        </message>
    </context>
</TS>
