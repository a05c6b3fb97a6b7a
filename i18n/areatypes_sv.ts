<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>segregation</name>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="95" />
            <source>Residents by area type</source>
            <translation>Invånare per områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="95" />
            <source>Areas by area type</source>
            <translation>Områden per områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="91" />
            <source>Residents</source>
            <translation>Invånare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="91" />
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="97" />
            <source>({} of {} kommuner: most residents in types 1–2)</source>
            <translation>({} av {} kommuner: flest invånare i typ 1–2)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="147" />
            <source>The chart needs matplotlib: {}</source>
            <translation>Diagrammet behöver matplotlib: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/area_type_chart.py" line="152" />
            <source>No chart for {}: {}</source>
            <translation>Inget diagram för {}: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/gui/dock.py" line="390" />
            <source>Area types: {}</source>
            <translation>Områdestyper: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="26" />
            <source>Area types (socioeconomic index)</source>
            <translation>Områdestyper (socioekonomiskt index)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="29" />
            <source>The socioeconomic index and the five official area types for RegSO, DeSO or your own districts.</source>
            <translation>Socioekonomiskt index och de fem officiella områdestyperna för RegSO, DeSO eller egna områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="33" />
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="31" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="36" />
            <source>områdestyp</source>
            <translation>områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="33" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="36" />
            <source>area type</source>
            <translation>områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="33" />
            <source>socioeconomic index</source>
            <translation>socioekonomiskt index</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="33" />
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="31" />
            <source>segregationsbarometern</source>
            <translation>segregationsbarometern</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="34" />
            <source>Classifies every area into the five area types (områdestyper) of Delmos and SCB, as Boverket's Segregationsbarometern shows them for RegSO:&lt;ol&gt;&lt;li&gt;Områden med stora socioekonomiska utmaningar (index ≥ μ + 2σ)&lt;/li&gt;&lt;li&gt;Områden med socioekonomiska utmaningar (μ + σ to μ + 2σ)&lt;/li&gt;&lt;li&gt;Socioekonomiskt blandade områden (μ to μ + σ)&lt;/li&gt;&lt;li&gt;Områden med goda socioekonomiska förutsättningar (μ − σ to μ)&lt;/li&gt;&lt;li&gt;Områden med mycket goda socioekonomiska förutsättningar (below μ − σ)&lt;/li&gt;&lt;/ol&gt;The index is (V1 + V2 + V3) / 3: V1 the share with low economic standard, V2 the share with förgymnasial education, V3 the share with economic assistance or long unemployment (SCB's RegSO table; for DeSO the unemployed share of persons 16–64 stands in for it). Give each variable as a share field (%) or, for areas summed from DeSO, as a numerator and a denominator field. Left empty, the fields are found by SCB's names as the statistics tools import them ('Låg ekonomisk standard, procent', 'förgymnasial utbildning' / 'totalt 25-64 år', '16-64 år arbetslösa' / '16-64 år totalt'); the log says which it took.&lt;br&gt;&lt;b&gt;μ and σ&lt;/b&gt; (mean and standard deviation of the index) come from all areas in the layer, the areas matching an expression, the areas of one län or kommun, or values you enter (e.g. the national values, so that one county is classified as Segregationsbarometern does). The output records μ, σ, the reference, the year, the V2 age group and what V3 is.&lt;br&gt;An area with a missing value, or flagged 'suppressed' by Aggregate areas because it has too few residents, gets &lt;b&gt;no type&lt;/b&gt; and the reason in 'type_reason'. Your layer is not changed: the result is a new, styled layer.</source>
            <translation>Delar in varje område i de fem områdestyperna som Delmos och SCB tagit fram, så som Boverkets Segregationsbarometern visar dem för RegSO:&lt;ol&gt;&lt;li&gt;Områden med stora socioekonomiska utmaningar (index ≥ μ + 2σ)&lt;/li&gt;&lt;li&gt;Områden med socioekonomiska utmaningar (μ + σ till μ + 2σ)&lt;/li&gt;&lt;li&gt;Socioekonomiskt blandade områden (μ till μ + σ)&lt;/li&gt;&lt;li&gt;Områden med goda socioekonomiska förutsättningar (μ − σ till μ)&lt;/li&gt;&lt;li&gt;Områden med mycket goda socioekonomiska förutsättningar (under μ − σ)&lt;/li&gt;&lt;/ol&gt;Indexet är (V1 + V2 + V3) / 3: V1 andelen med låg ekonomisk standard, V2 andelen med förgymnasial utbildning, V3 andelen med ekonomiskt bistånd eller långvarig arbetslöshet (SCB:s RegSO-tabell; för DeSO används andelen arbetslösa bland 16–64-åringar i stället). Ange varje variabel som ett fält med andel (%) eller, för områden som summerats från DeSO, som ett fält med täljare och ett med nämnare. Lämnas fälten tomma hittas de på SCB:s namn så som statistikverktygen läser in dem ('Låg ekonomisk standard, procent', 'förgymnasial utbildning' / 'totalt 25-64 år', '16-64 år arbetslösa' / '16-64 år totalt'); loggen säger vilka som valdes.&lt;br&gt;&lt;b&gt;μ och σ&lt;/b&gt; (indexets medelvärde och standardavvikelse) beräknas från alla områden i lagret, områdena som uppfyller ett uttryck, områdena i ett län eller en kommun, eller är värden du anger (t.ex. de nationella, så att ett län delas in som i Segregationsbarometern). Resultatet sparar μ, σ, referensen, året, åldersgruppen för V2 och vad V3 är.&lt;br&gt;Ett område med ett saknat värde, eller som Summera områden markerat 'suppressed' för att det har för få invånare, får &lt;b&gt;ingen typ&lt;/b&gt; och skälet i 'type_reason'. Ditt lager ändras inte: resultatet är ett nytt, symboliserat lager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="71" />
            <source>Areas with statistics (RegSO, DeSO or your own districts)</source>
            <translation>Områden med statistik (RegSO, DeSO eller egna områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="79" />
            <source>Year of the statistics (empty: read from the field names)</source>
            <translation>Statistikår (tomt: läses från fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="89" />
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="112" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="82" />
            <source>Area code field (empty: found)</source>
            <translation>Fält med områdeskod (tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="97" />
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="175" />
            <source>Area types</source>
            <translation>Områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="100" />
            <source>Mean μ of the index</source>
            <translation>Medelvärde μ för indexet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="101" />
            <source>Standard deviation σ of the index</source>
            <translation>Standardavvikelse σ för indexet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="102" />
            <source>Reference areas</source>
            <translation>Referensområden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="105" />
            <source>Areas without a type</source>
            <translation>Områden utan typ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="167" />
            <source>Year not stated: enter it under 'Year' to record it.</source>
            <translation>Året är inte angivet: fyll i 'Statistikår' så sparas det i resultatet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="151" />
            <source>Areas flagged in '{}' get no type.</source>
            <translation>Områden som är markerade i '{}' får ingen typ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="165" />
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="173" />
            <source>Residents field: {}.</source>
            <translation>Fält med invånare: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="104" />
            <source>Areas of type {}</source>
            <translation>Områden av typ {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="29" />
            <source>Ojämlikhetsindex and kommuner with large challenges</source>
            <translation>Ojämlikhetsindex och kommuner med stora utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="32" />
            <source>How unevenly low and high incomes live across each kommun's areas, and Delmos' two criteria.</source>
            <translation>Hur ojämnt låg- och höginkomsttagare bor över kommunens områden, och Delmos två kriterier.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="36" />
            <source>ojämlikhetsindex</source>
            <translation>ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="36" />
            <source>inequality</source>
            <translation>ojämlikhet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="36" />
            <source>delmos</source>
            <translation>delmos</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="36" />
            <source>income</source>
            <translation>inkomst</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="36" />
            <source>inkomst</source>
            <translation>inkomst</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="42" />
            <source>&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; of each kommun and län: how unevenly the lowest and the highest income group live across its DeSO, as the index of dissimilarity between the two groups × 100 (0 = they live in the same proportions everywhere, 100 = never in the same area). Choose the groups: income quartile 1 vs 4 (SCB's 'inkomst kvartil 1' and 'kvartil 4'), quintile 1 vs 5, or low vs high economic standard (the shares times the persons they are shares of). The fields are found by SCB's names when left empty.&lt;br&gt;With an &lt;b&gt;area-type layer&lt;/b&gt; (the output of Area types, RegSO or DeSO; the input itself when it has area types) the table also gives the share of residents living in types 1–2.&lt;br&gt;&lt;b&gt;Delmos' criteria&lt;/b&gt; for a kommun with large challenges, each reported with the values behind it: ojämlikhetsindex at least 1 standard deviation above the national mean, or a share in types 1–2 at least 1.5 standard deviations above it. The mean and SD are computed from the kommuner in your layer — national only when it holds all 290, which the field 'ref_description' says — or entered by you (e.g. from Segregationsbarometern). Ranks (1 = highest) compare kommuner across borders. The kommun map draws each kommun as the union of its areas, coloured by the index.</source>
            <translation>&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; för varje kommun och län: hur ojämnt den lägsta och den högsta inkomstgruppen bor över dess DeSO, som olikhetsindex mellan de två grupperna × 100 (0 = de bor i samma proportioner överallt, 100 = aldrig i samma område). Välj grupper: inkomstkvartil 1 mot 4 (SCB:s 'inkomst kvartil 1' och 'kvartil 4'), kvintil 1 mot 5, eller låg mot hög ekonomisk standard (andelarna gånger antalet personer de är andelar av). Fälten hittas på SCB:s namn när de lämnas tomma.&lt;br&gt;Med ett &lt;b&gt;områdestypslager&lt;/b&gt; (resultatet av Områdestyper, RegSO eller DeSO; indatalagret självt när det har områdestyper) ger tabellen också andelen invånare som bor i typ 1–2.&lt;br&gt;&lt;b&gt;Delmos kriterier&lt;/b&gt; för en kommun med stora utmaningar, vart och ett med värdena bakom: ojämlikhetsindex minst 1 standardavvikelse över det nationella medelvärdet, eller en andel i typ 1–2 minst 1,5 standardavvikelser över det. Medelvärde och standardavvikelse beräknas från kommunerna i ditt lager – nationella bara när alla 290 finns med, vilket fältet 'ref_description' anger – eller anges av dig (t.ex. från Segregationsbarometern). Rangordningen (1 = högst) jämför kommuner över kommungränserna. Kommunkartan ritar varje kommun som sammanslagningen av dess områden, färgad efter indexet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="72" />
            <source>DeSO with income groups</source>
            <translation>DeSO med inkomstgrupper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="78" />
            <source>Income groups compared</source>
            <translation>Inkomstgrupper som jämförs</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="88" />
            <source>Low group field (empty: guessed)</source>
            <translation>Fält för den låga gruppen (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="89" />
            <source>High group field (empty: guessed)</source>
            <translation>Fält för den höga gruppen (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="90" />
            <source>Persons field, when the groups are shares in % (empty: guessed)</source>
            <translation>Fält med antal personer, när grupperna är andelar i % (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="104" />
            <source>DeSO code field (empty: found)</source>
            <translation>Fält med DeSO-kod (tomt: hittas automatiskt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="112" />
            <source>Area types for the share in types 1–2 (empty: the input, if it has them)</source>
            <translation>Områdestyper för andelen i typ 1–2 (tomt: indatalagret, om det har områdestyper)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="120" />
            <source>Residents field of the area types (empty: guessed)</source>
            <translation>Fält med invånare i områdestypslagret (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="129" />
            <source>National mean and SD of the criteria</source>
            <translation>Nationellt medelvärde och standardavvikelse för kriterierna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="153" />
            <source>Entered mean of the ojämlikhetsindex</source>
            <translation>Angivet medelvärde för ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="154" />
            <source>Entered SD of the ojämlikhetsindex</source>
            <translation>Angiven standardavvikelse för ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="155" />
            <source>Entered mean share in types 1–2 (%)</source>
            <translation>Angivet medelvärde för andelen i typ 1–2 (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="156" />
            <source>Entered SD of the share in types 1–2</source>
            <translation>Angiven standardavvikelse för andelen i typ 1–2</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="168" />
            <source>Criterion 1: SDs above the mean (ojämlikhetsindex)</source>
            <translation>Kriterium 1: standardavvikelser över medelvärdet (ojämlikhetsindex)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="169" />
            <source>Criterion 2: SDs above the mean (types 1–2)</source>
            <translation>Kriterium 2: standardavvikelser över medelvärdet (typ 1–2)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="180" />
            <source>Kommuner: ojämlikhetsindex and criteria</source>
            <translation>Kommuner: ojämlikhetsindex och kriterier</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="185" />
            <source>Län: ojämlikhetsindex</source>
            <translation>Län: ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="191" />
            <source>Kommun map of the ojämlikhetsindex</source>
            <translation>Kommunkarta över ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="213" />
            <source>Choose the fields of the low and the high income group: no field has SCB's name for them.</source>
            <translation>Välj fälten för den låga och den höga inkomstgruppen: inget fält har SCB:s namn för dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="229" />
            <source>Enter all four national values: both means and both SDs.</source>
            <translation>Fyll i alla fyra nationella värden: båda medelvärdena och båda standardavvikelserna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="231" />
            <source>DeSO layer</source>
            <translation>DeSO-lager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="334" />
            <source>No area code field found; choose the field with the DeSO codes.</source>
            <translation>Inget fält med områdeskoder hittades; välj fältet med DeSO-koderna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="358" />
            <source>No area types given: the share in types 1–2 is left empty.</source>
            <translation>Inga områdestyper angivna: andelen i typ 1–2 lämnas tom.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="217" />
            <source>area-type layer</source>
            <translation>områdestypslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="353" />
            <source>Groups: low '{}', high '{}'{}.</source>
            <translation>Grupper: låg '{}', hög '{}'{}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="80" />
            <source>income quartile 1 vs quartile 4</source>
            <translation>inkomstkvartil 1 mot kvartil 4</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="81" />
            <source>income quintile 1 vs quintile 5</source>
            <translation>inkomstkvintil 1 mot kvintil 5</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="82" />
            <source>low vs high economic standard</source>
            <translation>låg mot hög ekonomisk standard</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="131" />
            <source>computed from the kommuner in the layer</source>
            <translation>beräknade från kommunerna i lagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="132" />
            <source>entered below</source>
            <translation>angivna nedan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="360" />
            <source>Share in types 1–2 from residents '{}'.</source>
            <translation>Andelen i typ 1–2 beräknas från invånarna i '{}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="354" />
            <source>, shares of '{}'</source>
            <translation>, andelar av '{}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="26" />
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="138" />
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="216" />
            <source>Segregation indices</source>
            <translation>Segregationsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="29" />
            <source>Dissimilarity, isolation, exposure, entropy, Gini, spatial dissimilarity and multigroup Theil for any group, per kommun or län.</source>
            <translation>Olikhetsindex, isolering, exponering, entropi, Gini, rumsligt olikhetsindex och Theils flergruppsindex för valfri grupp, per kommun eller län.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>dissimilarity</source>
            <translation>olikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>segregationsindex</source>
            <translation>segregationsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>isolation</source>
            <translation>isolering</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>exposure</source>
            <translation>exponering</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>theil</source>
            <translation>theil</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="33" />
            <source>gini</source>
            <translation>gini</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="34" />
            <source>Measures how unevenly a group lives across the areas of each kommun, each län or the whole layer, for any count you have: persons born abroad, income quartile 1, hyresrätter, persons with förgymnasial education. Choose the group field and the total it is part of (e.g. 'inkomst kvartil 1' and 'inkomst totalt'):&lt;ul&gt;&lt;li&gt;&lt;b&gt;dissimilarity&lt;/b&gt;: the share of the group that would have to move for an even spread (0–1);&lt;/li&gt;&lt;li&gt;&lt;b&gt;isolation&lt;/b&gt;: the group's share in the area of the average group member;&lt;/li&gt;&lt;li&gt;&lt;b&gt;exposure&lt;/b&gt;: the share of others in that area;&lt;/li&gt;&lt;li&gt;&lt;b&gt;entropy&lt;/b&gt; (Theil's H) and &lt;b&gt;Gini&lt;/b&gt;: evenness, 0–1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;spatial dissimilarity&lt;/b&gt;: dissimilarity less the differences between neighbouring areas (queen contiguity: areas sharing a corner).&lt;/li&gt;&lt;/ul&gt;With several group fields that together make the whole (e.g. the four income quartiles) the table also gives the &lt;b&gt;multigroup Theil index&lt;/b&gt;. The definitions are those of Massey &amp;amp; Denton (1988) as in the PySAL segregation package, and the values equal PySAL's. Areas with a missing count are left out and counted.</source>
            <translation>Mäter hur ojämnt en grupp bor över områdena i varje kommun, varje län eller hela lagret, för valfritt antal du har: utrikes födda, inkomstkvartil 1, hyresrätter, personer med förgymnasial utbildning. Välj fältet med gruppen och totalen den ingår i (t.ex. 'inkomst kvartil 1' och 'inkomst totalt'):&lt;ul&gt;&lt;li&gt;&lt;b&gt;olikhetsindex&lt;/b&gt;: andelen av gruppen som skulle behöva flytta för en jämn fördelning (0–1);&lt;/li&gt;&lt;li&gt;&lt;b&gt;isolering&lt;/b&gt;: gruppens andel i området där den genomsnittliga gruppmedlemmen bor;&lt;/li&gt;&lt;li&gt;&lt;b&gt;exponering&lt;/b&gt;: andelen andra i det området;&lt;/li&gt;&lt;li&gt;&lt;b&gt;entropi&lt;/b&gt; (Theils H) och &lt;b&gt;Gini&lt;/b&gt;: jämnhet, 0–1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;rumsligt olikhetsindex&lt;/b&gt;: olikhetsindex minus skillnaderna mellan grannområden (drottninggrannar: områden med ett gemensamt hörn).&lt;/li&gt;&lt;/ul&gt;Med flera gruppfält som tillsammans utgör helheten (t.ex. de fyra inkomstkvartilerna) ger tabellen också &lt;b&gt;Theils flergruppsindex&lt;/b&gt;. Definitionerna är Massey &amp;amp; Dentons (1988) så som i PySAL-paketet segregation, och värdena är lika med PySAL:s. Områden med ett saknat antal utelämnas och räknas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="61" />
            <source>Areas with counts (DeSO, RegSO, districts)</source>
            <translation>Områden med antal (DeSO, RegSO, egna områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="66" />
            <source>Group field (count)</source>
            <translation>Fält med gruppen (antal)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="67" />
            <source>Total field (the count the group is part of)</source>
            <translation>Fält med totalen (antalet som gruppen ingår i)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="81" />
            <source>Groups for the multigroup Theil index (two or more; optional)</source>
            <translation>Grupper för Theils flergruppsindex (två eller fler; valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="91" />
            <source>Measure within each</source>
            <translation>Mät inom varje</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="104" />
            <source>Region field</source>
            <translation>Fält med region</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="119" />
            <source>Also for all areas together</source>
            <translation>Även för alla områden tillsammans</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="125" />
            <source>Neighbours for spatial dissimilarity</source>
            <translation>Grannar för rumsligt olikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="133" />
            <source>Row-standardised neighbour weights</source>
            <translation>Radstandardiserade grannvikter</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="154" />
            <source>Choose both the group field and the total field.</source>
            <translation>Välj både fältet med gruppen och fältet med totalen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="157" />
            <source>Choose a group and a total field, or two or more groups for the Theil index.</source>
            <translation>Välj ett fält med grupp och ett med total, eller två eller fler grupper för Theils index.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="164" />
            <source>Choose the region field.</source>
            <translation>Välj fältet med region.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="170" />
            <source>No area code field found to read the kommun or län from; choose it.</source>
            <translation>Inget fält med områdeskoder hittades att läsa kommun eller län från; välj det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="202" />
            <source>all areas</source>
            <translation>alla områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="93" />
            <source>kommun (from the area codes)</source>
            <translation>kommun (från områdeskoderna)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="94" />
            <source>län (from the area codes)</source>
            <translation>län (från områdeskoderna)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="95" />
            <source>nothing: the whole layer only</source>
            <translation>inget: bara hela lagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="96" />
            <source>value of the region field below</source>
            <translation>värde i fältet med region nedan</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="127" />
            <source>areas sharing a boundary vertex (SCB's layers)</source>
            <translation>områden med en gemensam gränspunkt (SCB:s lager)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="128" />
            <source>areas touching (hand-drawn districts)</source>
            <translation>områden som rör vid varandra (egenritade områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="205" />
            <source>dissimilarity {}</source>
            <translation>olikhetsindex {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/segregation_indices.py" line="208" />
            <source>multigroup Theil {}</source>
            <translation>Theils flergruppsindex {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="32" />
            <source>Change of area type between two years</source>
            <translation>Förändring av områdestyp mellan två år</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="35" />
            <source>Which areas changed type, and how many areas and residents moved.</source>
            <translation>Vilka områden som bytt typ, och hur många områden och invånare som flyttats mellan typerna.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="36" />
            <source>change</source>
            <translation>förändring</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="36" />
            <source>förändring</source>
            <translation>förändring</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="36" />
            <source>transition</source>
            <translation>övergång</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="37" />
            <source>Compares the area types of two years:&lt;ul&gt;&lt;li&gt;&lt;b&gt;two area-type layers&lt;/b&gt; (the output of Area types for each year): give the first year's layer and the second year's;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one layer with both years' statistics&lt;/b&gt; (joined with the years kept, so its fields are named '2021 folkmängd', '2022 folkmängd' …): give only that layer; each year is classified here with its own μ and σ over the reference you choose, with the fields found by SCB's names (or the first year's fields you choose).&lt;/li&gt;&lt;/ul&gt;The &lt;b&gt;transition table&lt;/b&gt; counts the areas and the residents (of the second year) that went from type i in the first year to type j in the second, with 'no type' for an area without a type or missing in a year. Each row sums to the areas of that type in the first year. The &lt;b&gt;changed areas&lt;/b&gt; layer holds the areas whose type changed, with the type in both years and the shift (negative = towards challenges, since type 1 has the greatest challenges). Compare years on the same area version (RegSO 2020, DeSO 2018): an area whose code changed shows as missing in one year.</source>
            <translation>Jämför områdestyperna två år:&lt;ul&gt;&lt;li&gt;&lt;b&gt;två områdestypslager&lt;/b&gt; (resultatet av Områdestyper för vartdera året): ange det första årets lager och det andra årets;&lt;/li&gt;&lt;li&gt;&lt;b&gt;ett lager med statistik för båda åren&lt;/b&gt; (sammanfogat med åren kvar, så att fälten heter '2021 folkmängd', '2022 folkmängd' …): ange bara det lagret; vart år delas in här med sina egna μ och σ över den referens du väljer, med fälten hittade på SCB:s namn (eller de fält för det första året som du väljer).&lt;/li&gt;&lt;/ul&gt;&lt;b&gt;Övergångstabellen&lt;/b&gt; räknar områdena och invånarna (det andra året) som gått från typ i det första året till typ j det andra, med 'no type' för ett område utan typ eller som saknas ett år. Varje rad summerar till områdena av den typen det första året. Lagret &lt;b&gt;områden som bytt typ&lt;/b&gt; innehåller områdena vars typ ändrats, med typen båda åren och förskjutningen (negativ = mot större utmaningar, eftersom typ 1 har störst utmaningar). Jämför år på samma områdesversion (RegSO 2020, DeSO 2018): ett område vars kod ändrats visas som saknat ett av åren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="325" />
            <source>Areas from type (rows) to type (columns):</source>
            <translation>Områden från typ (rader) till typ (kolumner):</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="62" />
            <source>Area types of the first year (or one layer with both years' statistics)</source>
            <translation>Områdestyper för det första året (eller ett lager med statistik för båda åren)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="69" />
            <source>Area types of the second year (empty: both years are in the first layer)</source>
            <translation>Områdestyper för det andra året (tomt: båda åren finns i det första lagret)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="75" />
            <source>First year (empty: from the layers)</source>
            <translation>Första året (tomt: från lagren)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="76" />
            <source>Second year (empty: from the layers)</source>
            <translation>Andra året (tomt: från lagren)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="90" />
            <source>Area-type field of the two layers (empty: area_type)</source>
            <translation>Fält med områdestyp i de två lagren (tomt: area_type)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="100" />
            <source>Only the areas whose type changed</source>
            <translation>Bara områden som bytt typ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="105" />
            <source>Transition table</source>
            <translation>Övergångstabell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="110" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="115" />
            <source>Areas whose type changed</source>
            <translation>Områden som bytt typ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="114" />
            <source>Areas compared</source>
            <translation>Jämförda områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="116" />
            <source>Areas towards challenges</source>
            <translation>Områden mot större utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="117" />
            <source>Areas towards good conditions</source>
            <translation>Områden mot bättre förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="132" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="317" />
            <source>first year</source>
            <translation>första året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="132" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="318" />
            <source>second year</source>
            <translation>andra året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="274" />
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="209" />
            <source>The layer has no area codes: choose the code field.</source>
            <translation>Lagret har inga områdeskoder: välj fältet med koder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="274" />
            <source>Residents: {}.</source>
            <translation>Invånare: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="275" />
            <source>no field found</source>
            <translation>inget fält hittades</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="312" />
            <source>{n} areas compared ({a} → {b}): {c} changed type, {d} towards challenges and {e} towards good conditions; {f} without a type in one of the years.</source>
            <translation>{n} områden jämförda ({a} → {b}): {c} bytte typ, {d} mot större utmaningar och {e} mot bättre förutsättningar; {f} saknar typ ett av åren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="200" />
            <source>Give the second year's area-type layer, or one layer whose fields hold two years ('2021 …', '2022 …'); this layer has the years: {}.</source>
            <translation>Ange områdestypslagret för det andra året, eller ett lager vars fält har två år ('2021 …', '2022 …'); det här lagret har åren: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="135" />
            <source>The layer of the {} has no field '{}': run Area types on it first, or choose its area-type field.</source>
            <translation>Lagret för {} saknar fältet '{}': kör Områdestyper på det först, eller välj dess fält med områdestyp.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="144" />
            <source>The layer of the {} has no area codes.</source>
            <translation>Lagret för {} saknar områdeskoder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="43" />
            <source>V1 low economic standard</source>
            <translation>V1 låg ekonomisk standard</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="44" />
            <source>V2 förgymnasial education</source>
            <translation>V2 förgymnasial utbildning</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="45" />
            <source>V3 economic assistance / unemployment</source>
            <translation>V3 ekonomiskt bistånd / arbetslöshet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="135" />
            <source>all areas in the layer</source>
            <translation>alla områden i lagret</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="136" />
            <source>the areas matching an expression</source>
            <translation>områdena som uppfyller ett uttryck</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="137" />
            <source>the areas in a län or kommun (code below)</source>
            <translation>områdena i ett län eller en kommun (kod nedan)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="100" />
            <source>Residents field (empty: guessed, e.g. folkmängd)</source>
            <translation>Fält med invånare (tomt: gissas, t.ex. folkmängd)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="140" />
            <source>μ and σ entered below (e.g. the national values)</source>
            <translation>μ och σ angivna nedan (t.ex. de nationella värdena)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="148" />
            <source>Mean μ and deviation σ from</source>
            <translation>Medelvärde μ och standardavvikelse σ från</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="156" />
            <source>Reference areas: expression</source>
            <translation>Referensområden: uttryck</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="163" />
            <source>Reference areas: län or kommun code (e.g. 01 or 0180)</source>
            <translation>Referensområden: läns- eller kommunkod (t.ex. 01 eller 0180)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="233" />
            <source>V3 is not chosen and no field has SCB's name for it (the official RegSO table or the unemployed 16–64). Choose its fields, or tick 'Without V3' to use (V1 + V2) / 2, which is not the official index.</source>
            <translation>V3 är inte valt och inget fält har SCB:s namn för det (den officiella RegSO-tabellen eller arbetslösa 16–64 år). Välj fälten, eller kryssa i 'Utan V3' för att använda (V1 + V2) / 2, som inte är det officiella indexet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="286" />
            <source>Entered μ and σ are not available here.</source>
            <translation>Angivna μ och σ går inte att använda här.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="54" />
            <source>share field (%)</source>
            <translation>fält med andel (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="55" />
            <source>or numerator</source>
            <translation>eller täljare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="56" />
            <source>and denominator</source>
            <translation>och nämnare</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="70" />
            <source>What V3 is (empty: read from the field names)</source>
            <translation>Vad V3 är (tomt: läses från fältnamnen)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="79" />
            <source>Without V3, use (V1 + V2) / 2 (not the official index)</source>
            <translation>Utan V3, använd (V1 + V2) / 2 (inte det officiella indexet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="88" />
            <source>Lower bounds of types 1–4 in standard deviations from the mean</source>
            <translation>Nedre gränser för typ 1–4 i standardavvikelser från medelvärdet</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="110" />
            <source>Suppressed-area flag (empty: the field 'suppressed' of Aggregate areas)</source>
            <translation>Markering för undertryckta områden (tomt: fältet 'suppressed' från Summera områden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="120" />
            <source>No type for areas with fewer residents than (empty: no minimum)</source>
            <translation>Ingen typ för områden med färre invånare än (tomt: ingen gräns)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="169" />
            <source>Entered mean μ</source>
            <translation>Angivet medelvärde μ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="173" />
            <source>Entered σ</source>
            <translation>Angiven standardavvikelse σ</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="262" />
            <source>Write the expression that selects the reference areas.</source>
            <translation>Skriv uttrycket som väljer ut referensområdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="272" />
            <source>Write the län or kommun code of the reference areas.</source>
            <translation>Skriv läns- eller kommunkoden för referensområdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="280" />
            <source>Enter both the mean μ and the standard deviation σ.</source>
            <translation>Fyll i både medelvärdet μ och standardavvikelsen σ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="306" />
            <source>A minimum population needs the residents field.</source>
            <translation>En minsta befolkning kräver fältet med invånare.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="197" />
            <source>{}: choose a share field or a numerator and a denominator, not both.</source>
            <translation>{}: välj ett fält med andel eller en täljare och en nämnare, inte båda.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="60" />
            <source> (empty: guessed)</source>
            <translation> (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="184" />
            <source>Write the type bounds as four numbers, e.g. 2, 1, 0, -1 (got '{}').</source>
            <translation>Skriv typgränserna som fyra tal, t.ex. 2, 1, 0, -1 (fick '{}').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="203" />
            <source>{}: choose both the numerator and the denominator.</source>
            <translation>{}: välj både täljaren och nämnaren.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="220" />
            <source>{} guessed from the field names: {}.</source>
            <translation>{} gissat från fältnamnen: {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="225" />
            <source>{} is not chosen and no field has SCB's name for it. Choose its share field or its numerator and denominator fields.</source>
            <translation>{} är inte valt och inget fält har SCB:s namn för det. Välj fältet med andel eller fälten med täljare och nämnare.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="68" />
            <source>No type (missing or suppressed statistics)</source>
            <translation>Ingen typ (saknad eller undertryckt statistik)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="59" />
            <source>Areas with major socioeconomic challenges</source>
            <translation>Områden med stora socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="60" />
            <source>Areas with socioeconomic challenges</source>
            <translation>Områden med socioekonomiska utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="61" />
            <source>Socioeconomically mixed areas</source>
            <translation>Socioekonomiskt blandade områden</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="62" />
            <source>Areas with good socioeconomic conditions</source>
            <translation>Områden med goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="63" />
            <source>Areas with very good socioeconomic conditions</source>
            <translation>Områden med mycket goda socioekonomiska förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="101" />
            <source>Two or more types towards challenges</source>
            <translation>Två eller fler typer mot större utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="102" />
            <source>One type towards challenges</source>
            <translation>En typ mot större utmaningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="103" />
            <source>Unchanged</source>
            <translation>Oförändrad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="104" />
            <source>One type towards good conditions</source>
            <translation>En typ mot bättre förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="108" />
            <source>Two or more types towards good conditions</source>
            <translation>Två eller fler typer mot bättre förutsättningar</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/styles.py" line="110" />
            <source>No type in one of the years</source>
            <translation>Ingen typ ett av åren</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_type_fields.py" line="181" />
            <source>Unknown income groups '{groups}'.</source>
            <translation>Okända inkomstgrupper '{groups}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_type_fields.py" line="144" />
            <source>{label} guessed from the field names: {indicator_describe}.</source>
            <translation>{label} gissades utifrån fältnamnen: {indicator_describe}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_type_fields.py" line="205" />
            <source>The field '{name}' does not start with the year {from_year}: to compare two years in one layer, choose the fields of {from_year} ('{from_year} …').</source>
            <translation>Fältet '{name}' börjar inte med året {from_year}: för att jämföra två år i ett lager, välj fälten för {from_year} ('{from_year} …').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_type_fields.py" line="211" />
            <source>The layer has '{name}' but no '{other}'. Join the statistics of {to_year} too, or classify each year on its own and compare the two area-type layers.</source>
            <translation>Lagret har '{name}' men inget '{other}'. Koppla även statistiken för {to_year}, eller klassa varje år för sig och jämför de två lagren med områdestyper.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="178" />
            <source>Reference: {ref_description} — μ = {mean}, σ = {sd} (sample standard deviation), {n_reference} areas, {year}.</source>
            <translation>Referens: {ref_description} — μ = {mean}, σ = {sd} (stickprovets standardavvikelse), {n_reference} områden, {year}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="179" />
            <source>unknown number of</source>
            <comment>part of a message</comment>
            <translation>okänt antal</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="178" />
            <source>Reference: {ref_description} — μ = {mean}, σ = {sd} (sample standard deviation), {n_reference} areas.</source>
            <translation>Referens: {ref_description} — μ = {mean}, σ = {sd} (stickprovets standardavvikelse), {n_reference} områden.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="182" />
            <source>Index {index_definition}; V2 age group {v2_age_group}; V3 {v3_definition}.</source>
            <translation>Index {index_definition}; åldersgrupp för V2 {v2_age_group}; V3 {v3_definition}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="187" />
            <source>Areas per type: {join_t_counts_types}; without type: {counts}.</source>
            <translation>Områden per typ: {join_t_counts_types}; utan typ: {counts}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="207" />
            <source>The reference subset has {arr_size} values for {len_frame} areas; it must say for every area whether it belongs to the reference.</source>
            <translation>Urvalet för referensen har {arr_size} värden för {len_frame} områden; det måste ange för varje område om det ingår i referensen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="285" />
            <source>The thresholds must be four decreasing multiples of σ (officially 2, 1, 0, −1): got {multipliers}.</source>
            <translation>Gränserna måste vara fyra avtagande multipler av σ (officiellt 2, 1, 0, −1): fick {multipliers}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="336" />
            <source>V3 was not given: the index is (V1 + V2) / 2, not the official index.</source>
            <translation>V3 angavs inte: indexet är (V1 + V2) / 2, inte det officiella indexet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="347" />
            <source>{n_missing} area(s) have no index and no type (see type_reason).</source>
            <translation>{n_missing} område(n) har inget index och ingen typ (se type_reason).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="113" />
            <source>'{region_code}' is not a län (2 digits) or kommun (4 digits) code.</source>
            <translation>'{region_code}' är ingen läns- (2 siffror) eller kommunkod (4 siffror).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="128" />
            <source>The standard deviation σ must be above 0 (got {sd}).</source>
            <translation>Standardavvikelsen σ måste vara större än 0 (fick {sd}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="130" />
            <source>Enter the mean μ of the reference index.</source>
            <translation>Ange medelvärdet μ för referensindexet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="241" />
            <source>A minimum population needs the field with each area's population (got {population_field}).</source>
            <translation>En minsta befolkning kräver fältet med varje områdes befolkning (fick {population_field}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="312" />
            <source>The reference ({reference_description}) has {n_ref} area(s) with an index; μ and σ need at least two. Choose a larger reference or enter μ and σ.</source>
            <translation>Referensen ({reference_description}) har {n_ref} område(n) med index; μ och σ kräver minst två. Välj en större referens eller ange μ och σ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="319" />
            <source>Every area of the reference ({reference_description}) has the same index {mean}, so σ is 0 and the types are undefined. Use a larger reference or enter μ and σ.</source>
            <translation>Alla områden i referensen ({reference_description}) har samma index {mean}, så σ är 0 och typerna är odefinierade. Använd en större referens eller ange μ och σ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="325" />
            <source>The reference has only {n_ref} areas: μ and σ are uncertain; consider the national values.</source>
            <translation>Referensen har bara {n_ref} områden: μ och σ är osäkra; överväg att använda de nationella värdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="200" />
            <source>The reference subset does not cover feature {missing} of the layer.</source>
            <translation>Urvalet för referensen omfattar inte objekt {missing} i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="233" />
            <source>The suppression flag field '{suppressed}' is not in the layer.</source>
            <translation>Fältet med markering för skyddade uppgifter '{suppressed}' finns inte i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="342" />
            <source>{label} ('{share_field}') is at most 1 everywhere: if it holds fractions (0–1) rather than percent, multiply by 100 first.</source>
            <translation>{label} ('{share_field}') är högst 1 överallt: om fältet innehåller andelar (0–1) i stället för procent, multiplicera med 100 först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/contiguity.py" line="31" />
            <source>Contiguity needs polygons; got a {kind}.</source>
            <translation>Grannskap kräver polygoner; fick en {kind}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/contiguity.py" line="74" />
            <source>Unknown contiguity rule '{rule}' (use '{vertex}' or '{touch}').</source>
            <translation>Okänd regel för grannskap '{rule}' (använd '{vertex}' eller '{touch}').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="145" />
            <source>The area-type field '{type_field}' is not in the layer.</source>
            <translation>Fältet med områdestyp '{type_field}' finns inte i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="187" />
            <source>The {label} is known for {v_size} kommun(er); its mean and SD need at least two. Give more kommuner or enter the national values.</source>
            <translation>Värdet för {label} är känt för {v_size} kommun(er); medelvärde och standardavvikelse kräver minst två. Ange fler kommuner eller de nationella värdena.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="268" />
            <source>share in types 1–2</source>
            <comment>part of a message</comment>
            <translation>andelen i typ 1–2</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="300" />
            <source>The table has no column '{by}' to rank by.</source>
            <translation>Tabellen har ingen kolumn '{by}' att rangordna efter.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="92" />
            <source>Feature {negative_index}: '{field}' is negative; counts of persons cannot be.</source>
            <translation>Objekt {negative_index}: '{field}' är negativt; antal personer kan inte vara det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="213" />
            <source>Criteria against {first_ref_description}: ojämlikhetsindex ≥ {first_ineq_threshold} (mean {first_ineq_ref_mean} + {ineq_factor} SD); {share}.</source>
            <translation>Kriterier jämfört med {first_ref_description}: ojämlikhetsindex ≥ {first_ineq_threshold} (medelvärde {first_ineq_ref_mean} + {ineq_factor} SD); {share}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="230" />
            <source>share in types 1–2 ≥ {first_share_threshold} % (mean {first_share_ref_mean} + {share_factor} SD)</source>
            <comment>part of a message</comment>
            <translation>andel i typ 1–2 ≥ {first_share_threshold} % (medelvärde {first_share_ref_mean} + {share_factor} SD)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="236" />
            <source>share in types 1–2 not judged (no area types given)</source>
            <comment>part of a message</comment>
            <translation>andelen i typ 1–2 bedöms inte (inga områdestyper angivna)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="139" />
            <source>The share of residents in types 1–2 needs the residents field of the area-type layer (e.g. folkmängd).</source>
            <translation>Andelen invånare i typ 1–2 kräver befolkningsfältet i lagret med områdestyper (t.ex. folkmängd).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="222" />
            <source>{row_region}{name}: ojämlikhetsindex {row_ojamlikhetsindex} ({met_row_crit_inequality}); in types 1–2 {share_text} ({met_row_crit_share}).</source>
            <translation>{row_region}{name}: ojämlikhetsindex {row_ojamlikhetsindex} ({met_row_crit_inequality}); i typ 1–2 {share_text} ({met_row_crit_share}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="221" />
            <source>met</source>
            <comment>part of a message</comment>
            <translation>uppfyllt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="221" />
            <source>not met</source>
            <comment>part of a message</comment>
            <translation>inte uppfyllt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="220" />
            <source>not judged</source>
            <comment>part of a message</comment>
            <translation>inte bedömt</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="268" />
            <source>The area layer has no geometry to draw the kommuner from.</source>
            <translation>Områdeslagret har ingen geometri att rita kommunerna från.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="109" />
            <source>Feature {bad_index}: '{name}' is {series_bad_iloc}, not a share in percent. Without a persons field the groups are counts.</source>
            <translation>Objekt {bad_index}: '{name}' är {series_bad_iloc}, ingen andel i procent. Utan ett fält med antal personer är grupperna antal.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="52" />
            <source>The group and total counts must be two lists of the same length.</source>
            <translation>Gruppens antal och totalen måste vara två listor av samma längd.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="54" />
            <source>The counts contain missing values; leave those areas out first.</source>
            <translation>Antalen innehåller saknade värden; utelämna de områdena först.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="56" />
            <source>Counts cannot be negative.</source>
            <translation>Antal kan inte vara negativa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="60" />
            <source>In area {pos} (row order) the group ({x_pos}) is larger than the total ({t_pos}); the total must include the group.</source>
            <translation>I område {pos} (i radordning) är gruppen ({x_pos}) större än totalen ({t_pos}); totalen måste omfatta gruppen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="144" />
            <source>The multigroup index needs two or more group columns.</source>
            <translation>Flergruppsindexet kräver två eller fler gruppkolumner.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="146" />
            <source>The group counts must be present and not negative.</source>
            <translation>Gruppernas antal måste finnas och får inte vara negativa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="159" />
            <source>The area-code field '{code_field}' is not in the layer.</source>
            <translation>Fältet med områdeskod '{code_field}' finns inte i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="162" />
            <source>Regions are '{c_kommun}' or '{c_lan}', not '{level}'.</source>
            <translation>Regioner är '{c_kommun}' eller '{c_lan}', inte '{level}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="167" />
            <source>Feature {first}: '{frame_code_field_loc_first}' is not an area code from which the {c_level_names_level} can be read.</source>
            <translation>Objekt {first}: '{frame_code_field_loc_first}' är ingen områdeskod som {c_level_names_level} kan läsas ur.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="224" />
            <source>Feature {first}: '{group_field}' ({x_all_first}) is larger than '{total_field}' ({t_all_first}); the total must include the group.</source>
            <translation>Objekt {first}: '{group_field}' ({x_all_first}) är större än '{total_field}' ({t_all_first}); totalen måste omfatta gruppen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="223" />
            <source>Feature {negative_index}: counts cannot be negative.</source>
            <translation>Objekt {negative_index}: antal kan inte vara negativa.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="295" />
            <source>Choose two or more group fields (e.g. the income quartiles).</source>
            <translation>Välj två eller fler gruppfält (t.ex. inkomstkvartilerna).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="240" />
            <source>{row_n_excluded} area(s) without counts left out</source>
            <translation>{row_n_excluded} område(n) utan antal utelämnade</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="244" />
            <source>measures undefined: fewer than two areas or the group is 0 % or 100 %</source>
            <translation>måtten är odefinierade: färre än två områden, eller gruppen är 0 % eller 100 %</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="179" />
            <location filename="../segregation_plugin/core/areatypes/type_summary.py" line="28" />
            <source>The region field '{region_field}' is not in the layer.</source>
            <translation>Regionfältet '{region_field}' finns inte i lagret.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="262" />
            <source>no geometry: spatial dissimilarity not computed</source>
            <translation>ingen geometri: rumslig dissimilaritet beräknades inte</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="260" />
            <source>no neighbouring areas: spatial dissimilarity undefined</source>
            <translation>inga grannområden: rumslig dissimilaritet är odefinierad</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="75" />
            <source>{label}: give either a share field (%) or a numerator and a denominator field.</source>
            <translation>{label}: ange antingen ett andelsfält (%) eller ett täljar- och ett nämnarfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="78" />
            <source>{label}: give both the numerator and the denominator field.</source>
            <translation>{label}: ange både täljar- och nämnarfältet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="82" />
            <source>{label}: the field(s) {join_map_repr_missing} are not in the layer (fields: {join_map_str_columns}). Choose the field(s) holding {label}.</source>
            <translation>{label}: fältet/fälten {join_map_repr_missing} finns inte i lagret (fält: {join_map_str_columns}). Välj fältet/fälten med {label}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="132" />
            <source>Feature {first} of the {label} table has no area code in '{code_field}'.</source>
            <translation>Objekt {first} i tabellen för {label} har ingen områdeskod i '{code_field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="166" />
            <source>first year's</source>
            <comment>part of a message</comment>
            <translation>det första året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="167" />
            <source>second year's</source>
            <comment>part of a message</comment>
            <translation>det andra året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="137" />
            <source>The code {dup_iloc} occurs more than once in the {label} table; each area must appear once per year.</source>
            <translation>Koden {dup_iloc} förekommer mer än en gång i tabellen för {label}; varje område ska finnas en gång per år.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="125" />
            <source>The {label} table has no field '{name}' (fields: {join_map_str_frame}).</source>
            <translation>Tabellen för {label} har inget fält '{name}' (fält: {join_map_str_frame}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="177" />
            <source>Neither table has values in the residents field '{residents_field}'.</source>
            <translation>Ingen av tabellerna har värden i befolkningsfältet '{residents_field}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_summary.py" line="57" />
            <source>The layer has no field '{type_field}'; run the area-type tool first (its output has the field area_type).</source>
            <translation>Lagret har inget fält '{type_field}'; kör verktyget för områdestyper först (dess resultat har fältet area_type).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_summary.py" line="101" />
            <source>{label}: types 1–2 hold {challenged} of the {typed} {measure} of typed areas ({share}); in areas without a type: {row_no_type}.</source>
            <translation>{label}: typ 1–2 har {challenged} av de {typed} {measure} i områden med typ ({share}); i områden utan typ: {row_no_type}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="101" />
            <source>a number ({label})</source>
            <comment>part of a message</comment>
            <translation>ett tal ({label})</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="86" />
            <source>low income group</source>
            <comment>part of a message</comment>
            <translation>låginkomstgruppen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="87" />
            <source>high income group</source>
            <comment>part of a message</comment>
            <translation>höginkomstgruppen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="296" />
            <source>group '{f}'</source>
            <comment>part of a message</comment>
            <translation>gruppen '{f}'</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="270" />
            <source>Criterion {number} ({what}) cannot be judged: {problem}. It is left empty for every kommun, never 'met'. Give more kommuner, or enter the national mean and SD (e.g. from Segregationsbarometern).</source>
            <translation>Kriterium {number} ({what}) kan inte bedömas: {problem}. Det lämnas tomt för varje kommun, aldrig 'uppfyllt'. Ange fler kommuner, eller fyll i det nationella medelvärdet och standardavvikelsen (t.ex. från Segregationsbarometern).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality.py" line="268" />
            <source>ojämlikhetsindex</source>
            <comment>part of a message</comment>
            <translation>ojämlikhetsindex</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="243" />
            <source>Criteria against {first_ref_description}: {ineq}; {share}.</source>
            <translation>Kriterier jämfört med {first_ref_description}: {ineq}; {share}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="238" />
            <source>ojämlikhetsindex ≥ {first_ineq_threshold} (mean {first_ineq_ref_mean} + {ineq_factor} SD)</source>
            <comment>part of a message</comment>
            <translation>ojämlikhetsindex ≥ {first_ineq_threshold} (medelvärde {first_ineq_ref_mean} + {ineq_factor} SD)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="241" />
            <source>ojämlikhetsindex not judged (no spread)</source>
            <comment>part of a message</comment>
            <translation>ojämlikhetsindex bedöms inte (ingen spridning)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="234" />
            <source>share in types 1–2 not judged (no spread)</source>
            <comment>part of a message</comment>
            <translation>andelen i typ 1–2 bedöms inte (ingen spridning)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="257" />
            <source>{row_region}{name}: ojämlikhetsindex {index_text} ({met_row_crit_inequality}); in types 1–2 {share_text} ({met_row_crit_share}).</source>
            <translation>{row_region}{name}: ojämlikhetsindex {index_text} ({met_row_crit_inequality}); i typ 1–2 {share_text} ({met_row_crit_share}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="92" />
            <source>The {label} has no features: there is nothing to {doing}. Choose a layer with areas (is a filter or a selection hiding them?).</source>
            <translation>Lagret ({label}) har inga objekt: det finns inget att {doing}. Välj ett lager med områden (döljer ett filter eller ett urval dem?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="87" />
            <location filename="../segregation_plugin/core/areatypes/area_types.py" line="281" />
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="211" />
            <location filename="../segregation_plugin/core/areatypes/segregation_measures.py" line="291" />
            <source>area layer</source>
            <comment>part of a message</comment>
            <translation>områdeslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="167" />
            <source>DeSO layer</source>
            <comment>part of a message</comment>
            <translation>DeSO-lager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="168" />
            <source>area-type layer</source>
            <comment>part of a message</comment>
            <translation>områdestypslager</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/ses_index.py" line="87" />
            <source>work with</source>
            <comment>part of a message</comment>
            <translation>arbeta med</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/inequality_report.py" line="168" />
            <source>take the share in types 1–2 from</source>
            <comment>part of a message</comment>
            <translation>hämta andelen i typ 1–2 från</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="260" />
            <source>No area is in both years: the codes of {label_before} ({join_map_str_first}, …) and of {label_after} ({join_map_str_second}, …) share none. Compare layers of the same areas (the same DeSO/RegSO version) and check the code field.</source>
            <translation>Inget område finns med båda åren: koderna för {label_before} ({join_map_str_first}, …) och för {label_after} ({join_map_str_second}, …) har ingen kod gemensam. Jämför lager med samma områden (samma DeSO/RegSO-version) och kontrollera kodfältet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="250" />
            <source>the first year</source>
            <comment>part of a message</comment>
            <translation>det första året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="251" />
            <source>the second year</source>
            <comment>part of a message</comment>
            <translation>det andra året</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="255" />
            <source>The table of {label} has no areas: there is nothing to compare. Choose a layer with areas (is a filter hiding them?).</source>
            <translation>Tabellen för {label} har inga områden: det finns inget att jämföra. Välj ett lager med områden (döljer ett filter dem?).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_change.py" line="140" />
            <source>{label} area</source>
            <comment>part of a message</comment>
            <translation>{label}: område</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="256" />
            <source>The expression of the reference areas, {expression}, is not a valid QGIS expression: {error}. Correct it (the expression builder shows the fields).</source>
            <translation>Uttrycket för referensområdena, {expression}, är inget giltigt QGIS-uttryck: {error}. Rätta det (uttrycksbyggaren visar fälten).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="155" />
            <source>Both layers are of the year {year} (first year and second year): a change needs two different years. Give the layers of two years, or set the first and second year.</source>
            <translation>Båda lagren gäller år {year} (första och andra året): en förändring kräver två olika år. Ange lagren för två år, eller ange första och andra året.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="175" />
            <source>The first year's areas look like version {first} ({why_first}), the second year's like {second} ({why_second}). Areas with the same code in both versions may not cover the same ground: compare years on one version.</source>
            <translation>Det första årets områden ser ut att vara version {first} ({why_first}), det andra årets version {second} ({why_second}). Områden med samma kod i båda versionerna täcker kanske inte samma yta: jämför år i en och samma version.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="34" />
            <source>Classifies every area into the five area types (områdestyper) of Delmos and SCB, as Boverket's Segregationsbarometern shows them for RegSO:&lt;ol&gt;&lt;li&gt;Områden med stora socioekonomiska utmaningar (index ≥ μ + 2σ)&lt;/li&gt;&lt;li&gt;Områden med socioekonomiska utmaningar (μ + σ to μ + 2σ)&lt;/li&gt;&lt;li&gt;Socioekonomiskt blandade områden (μ to μ + σ)&lt;/li&gt;&lt;li&gt;Områden med goda socioekonomiska förutsättningar (μ − σ to μ)&lt;/li&gt;&lt;li&gt;Områden med mycket goda socioekonomiska förutsättningar (below μ − σ)&lt;/li&gt;&lt;/ol&gt;The index is (V1 + V2 + V3) / 3: V1 the share with low economic standard, V2 the share with förgymnasial education, V3 the share with economic assistance or long unemployment (SCB's RegSO table; for DeSO the unemployed share of persons 16–64 stands in for it). Give each variable as a share field (%) or, for areas summed from DeSO, as a numerator and a denominator field. Left empty, the fields are found by SCB's names as the statistics tools import them ('Låg ekonomisk standard, procent', 'förgymnasial utbildning' / 'totalt 25-64 år', '16-64 år arbetslösa' / '16-64 år totalt'); the log says which it took.&lt;br&gt;&lt;b&gt;μ and σ&lt;/b&gt; (mean and standard deviation of the index) are by default &lt;b&gt;national&lt;/b&gt;, as Segregationsbarometern's: from the layer itself when it covers all 290 kommuner, else from the national tables you give (all DeSO or RegSO of Sweden with the same variables, e.g. SCB's national exports imported), which are stored in your QGIS profile per level, year and index so that later runs reuse them. With neither, the areas in the layer are the reference and the log and the field 'ref_description' say plainly that it is not national. Or choose all areas in the layer, the areas matching an expression, the areas of one län or kommun, or values you enter. The output records μ, σ, the reference, the year, the V2 age group and what V3 is.&lt;br&gt;An area with a missing value, or flagged 'suppressed' by Aggregate areas because it has too few residents, gets &lt;b&gt;no type&lt;/b&gt; and the reason in 'type_reason'. Your layer is not changed: the result is a new, styled layer.</source>
            <translation>Delar in varje område i de fem områdestyperna som Delmos och SCB tagit fram, så som Boverkets Segregationsbarometern visar dem för RegSO:&lt;ol&gt;&lt;li&gt;Områden med stora socioekonomiska utmaningar (index ≥ μ + 2σ)&lt;/li&gt;&lt;li&gt;Områden med socioekonomiska utmaningar (μ + σ till μ + 2σ)&lt;/li&gt;&lt;li&gt;Socioekonomiskt blandade områden (μ till μ + σ)&lt;/li&gt;&lt;li&gt;Områden med goda socioekonomiska förutsättningar (μ − σ till μ)&lt;/li&gt;&lt;li&gt;Områden med mycket goda socioekonomiska förutsättningar (under μ − σ)&lt;/li&gt;&lt;/ol&gt;Indexet är (V1 + V2 + V3) / 3: V1 andelen med låg ekonomisk standard, V2 andelen med förgymnasial utbildning, V3 andelen med ekonomiskt bistånd eller långvarig arbetslöshet (SCB:s RegSO-tabell; för DeSO används andelen arbetslösa bland 16–64-åringar i stället). Ange varje variabel som ett fält med andel (%) eller, för områden som summerats från DeSO, som ett fält med täljare och ett med nämnare. Lämnas fälten tomma hittas de på SCB:s namn så som statistikverktygen läser in dem ('Låg ekonomisk standard, procent', 'förgymnasial utbildning' / 'totalt 25-64 år', '16-64 år arbetslösa' / '16-64 år totalt'); loggen säger vilka som valdes.&lt;br&gt;&lt;b&gt;μ och σ&lt;/b&gt; (indexets medelvärde och standardavvikelse) är som standard &lt;b&gt;nationella&lt;/b&gt;, som Segregationsbarometerns: från lagret självt när det täcker alla 290 kommuner, annars från de nationella tabeller du anger (alla DeSO eller RegSO i Sverige med samma variabler, t.ex. SCB:s nationella uttag inlästa), som sparas i din QGIS-profil per nivå, år och index så att senare körningar använder dem igen. Utan båda är områdena i lagret referensen, och loggen och fältet 'ref_description' säger tydligt att den inte är nationell. Eller välj alla områden i lagret, områdena som uppfyller ett uttryck, områdena i ett län eller en kommun, eller värden du anger. Resultatet sparar μ, σ, referensen, året, åldersgruppen för V2 och vad V3 är.&lt;br&gt;Ett område med ett saknat värde, eller som Summera områden markerat 'suppressed' för att det har för få invånare, får &lt;b&gt;ingen typ&lt;/b&gt; och skälet i 'type_reason'. Ditt lager ändras inte: resultatet är ett nytt, symboliserat lager.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/area_types.py" line="163" />
            <source>National μ and σ stored in {}.</source>
            <translation>Nationella μ och σ sparade i {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="37" />
            <source>&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; of each kommun and län: how unevenly the lowest and the highest income group live across its DeSO, as the index of dissimilarity between the two groups × 100 (0 = they live in the same proportions everywhere, 100 = never in the same area). Choose the groups: income quartile 1 vs 4 (SCB's 'inkomst kvartil 1' and 'kvartil 4'), quintile 1 vs 5, or low vs high economic standard (the shares times the persons they are shares of). The fields are found by SCB's names when left empty.&lt;br&gt;With an &lt;b&gt;area-type layer&lt;/b&gt; (the output of Area types, RegSO or DeSO; the input itself when it has area types) the table also gives the share of residents living in types 1–2.&lt;br&gt;&lt;b&gt;Delmos' criteria&lt;/b&gt; for a kommun with large challenges, each reported with the values behind it: ojämlikhetsindex at least 1 standard deviation above the national mean, or a share in types 1–2 at least 1.5 standard deviations above it. By default the mean and SD are &lt;b&gt;national&lt;/b&gt;: of the kommuner in your layer when it holds all 290, else of the national tables you give (all DeSO of Sweden with the income groups; all areas with area types and residents for the second criterion), stored in your QGIS profile per year and income groups and reused. Without them they are of the kommuner in your layer, and the log and the field 'ref_description' say 'not national'. You can also compute them from the layer or enter them (e.g. from Segregationsbarometern). The share in types 1–2 is of all residents: areas without a type count in the denominator. Ranks (1 = highest) compare kommuner across borders. The kommun map draws each kommun as the union of its areas, coloured by the index.</source>
            <translation>&lt;b&gt;Ojämlikhetsindex&lt;/b&gt; för varje kommun och län: hur ojämnt den lägsta och den högsta inkomstgruppen bor över dess DeSO, som olikhetsindex mellan de två grupperna × 100 (0 = de bor i samma proportioner överallt, 100 = aldrig i samma område). Välj grupper: inkomstkvartil 1 mot 4 (SCB:s 'inkomst kvartil 1' och 'kvartil 4'), kvintil 1 mot 5, eller låg mot hög ekonomisk standard (andelarna gånger antalet personer de är andelar av). Fälten hittas på SCB:s namn när de lämnas tomma.&lt;br&gt;Med ett &lt;b&gt;områdestypslager&lt;/b&gt; (resultatet av Områdestyper, RegSO eller DeSO; indatalagret självt när det har områdestyper) ger tabellen också andelen invånare som bor i typ 1–2.&lt;br&gt;&lt;b&gt;Delmos kriterier&lt;/b&gt; för en kommun med stora utmaningar, vart och ett med värdena bakom: ojämlikhetsindex minst 1 standardavvikelse över det nationella medelvärdet, eller en andel i typ 1–2 minst 1,5 standardavvikelser över det. Som standard är medelvärde och standardavvikelse &lt;b&gt;nationella&lt;/b&gt;: kommunernas i ditt lager när det har alla 290, annars de nationella tabellernas du anger (alla DeSO i Sverige med inkomstgrupperna; alla områden med områdestyper och invånare för det andra kriteriet), sparade i din QGIS-profil per år och inkomstgrupper och återanvända. Utan dem är de kommunernas i ditt lager, och loggen och fältet 'ref_description' säger 'not national'. Du kan också beräkna dem från lagret eller ange dem (t.ex. från Segregationsbarometern). Andelen i typ 1–2 är av alla invånare: områden utan typ räknas i nämnaren. Rangordningen (1 = högst) jämför kommuner över kommungränserna. Kommunkartan ritar varje kommun som sammanslagningen av dess områden, färgad efter indexet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="139" />
            <source>National DeSO with income groups (all of Sweden)</source>
            <translation>Nationella DeSO med inkomstgrupper (hela Sverige)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="140" />
            <source>National area types with residents (all of Sweden)</source>
            <translation>Nationella områdestyper med invånare (hela Sverige)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="146" />
            <source>Year of the statistics (to store national values)</source>
            <translation>Statistikens år (för att spara nationella värden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="133" />
            <source>national: all 290 kommuner (from national tables or stored values)</source>
            <translation>nationellt: alla 290 kommuner (från nationella tabeller eller sparade värden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="294" />
            <source>National mean and SD stored in {}.</source>
            <translation>Nationellt medelvärde och standardavvikelse sparade i {}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/national.py" line="34" />
            <source>National tables for μ and σ: all DeSO or RegSO of Sweden with V1–V3 (imported SCB exports; empty: values stored earlier)</source>
            <translation>Nationella tabeller för μ och σ: alla DeSO eller RegSO i Sverige med V1–V3 (inlästa SCB-uttag; tomt: tidigare sparade värden)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/national.py" line="51" />
            <source>Folder of stored national values (empty: in your QGIS profile)</source>
            <translation>Mapp för sparade nationella värden (tomt: i din QGIS-profil)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/national.py" line="100" />
            <source>The national table {} has no field of area codes.</source>
            <translation>Den nationella tabellen {} har inget fält med områdeskoder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/national.py" line="136" />
            <source>The national tables ({source}) have no field with SCB's name for {vars}: import the national exports of the same variables as the areas'.</source>
            <translation>De nationella tabellerna ({source}) har inget fält med SCB:s namn för {vars}: läs in de nationella uttagen av samma variabler som områdenas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="24" />
            <source>Import official area types</source>
            <translation>Läs in officiella områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="27" />
            <source>SCB's official area type of each RegSO, read from an export that names the RegSO, and how far your own area types agree with them.</source>
            <translation>SCB:s officiella områdestyp för varje RegSO, inläst från ett uttag som namnger RegSO, och hur väl dina egna områdestyper stämmer med dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="31" />
            <source>official</source>
            <translation>officiell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="31" />
            <source>officiell</source>
            <translation>officiell</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="31" />
            <source>compare</source>
            <translation>jämför</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="32" />
            <source>Reads SCB's official area types (områdestyper) per RegSO from a Statistikdatabasen export (xlsx or csv) whose regions are names written 'Kommun (RegSO-namn)', e.g. 'Upplands Väsby (Bollstanäs)', with one year column and the type 1–5 as the value. The names are matched to RegSO codes through SCB's DeSO–RegSO key (koppling_deso2018_regso2020.csv): inside the kommun named, so that a RegSO name used in several kommuner (Berga, Tuna…) finds the right one. Case, spaces and dashes are evened out; nothing else is guessed. &lt;b&gt;Every row not matched&lt;/b&gt; is listed in its own table and in the log with the reason.&lt;br&gt;Give your own area types (the output of Area types for RegSO) to compare them with the official ones: the agreement table counts the RegSO (and, with a residents field, the residents) for each own type × official type, and the log gives the share identical and the share within one type.</source>
            <translation>Läser SCB:s officiella områdestyper per RegSO från ett uttag ur Statistikdatabasen (xlsx eller csv) där regionerna är namn skrivna 'Kommun (RegSO-namn)', t.ex. 'Upplands Väsby (Bollstanäs)', med en kolumn för året och typen 1–5 som värde. Namnen matchas mot RegSO-koder genom SCB:s nyckel DeSO–RegSO (koppling_deso2018_regso2020.csv): inom den kommun som anges, så att ett RegSO-namn som finns i flera kommuner (Berga, Tuna…) hittar rätt område. Versaler, mellanslag och bindestreck jämnas ut; inget annat gissas. &lt;b&gt;Varje rad som inte matchas&lt;/b&gt; listas i en egen tabell och i loggen med skälet.&lt;br&gt;Ange dina egna områdestyper (resultatet av Områdestyper för RegSO) för att jämföra dem med de officiella: överensstämmelsetabellen räknar RegSO (och, med ett invånarfält, invånarna) för varje egen typ × officiell typ, och loggen ger andelen identiska och andelen inom en typ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="60" />
            <source>Official area types (SCB export, xlsx or csv)</source>
            <translation>Officiella områdestyper (SCB-uttag, xlsx eller csv)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="67" />
            <source>DeSO–RegSO key with names (SCB's koppling_deso2018_regso2020.csv)</source>
            <translation>Nyckel DeSO–RegSO med namn (SCB:s koppling_deso2018_regso2020.csv)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="73" />
            <source>Year to read (empty: the export's only year)</source>
            <translation>År att läsa (tomt: uttagets enda år)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="79" />
            <source>Your own area types per RegSO to compare (optional)</source>
            <translation>Dina egna områdestyper per RegSO att jämföra (valfritt)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="85" />
            <source>RegSO code field (empty: found)</source>
            <translation>Fält med RegSO-kod (tomt: hittas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="87" />
            <source>Residents field (empty: guessed)</source>
            <translation>Invånarfält (tomt: gissas)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="101" />
            <source>Official area types per RegSO</source>
            <translation>Officiella områdestyper per RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="106" />
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="118" />
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="204" />
            <source>Names not matched</source>
            <translation>Namn som inte matchats</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="112" />
            <source>Agreement of own and official types</source>
            <translation>Överensstämmelse mellan egna och officiella typer</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="117" />
            <source>RegSO matched</source>
            <translation>Matchade RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="119" />
            <source>RegSO compared</source>
            <translation>Jämförda RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="120" />
            <source>Share identical (%)</source>
            <translation>Andel identiska (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="122" />
            <source>Share within one type (%)</source>
            <translation>Andel inom en typ (%)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="135" />
            <source>Choose the export of official area types and the key table.</source>
            <translation>Välj uttaget med officiella områdestyper och nyckeltabellen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="61" />
            <source>SCB tables (*.xlsx *.csv *.txt);;All files (*.*)</source>
            <translation>SCB-tabeller (*.xlsx *.csv *.txt);;Alla filer (*.*)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="163" />
            <source>No RegSO code field found; choose it.</source>
            <translation>Inget fält med RegSO-kod hittades; välj det.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="192" />
            <source>No own area types given: nothing to compare.</source>
            <translation>Inga egna områdestyper angivna: inget att jämföra.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="143" />
            <source>{} name(s) not matched: see the table 'Names not matched'.</source>
            <translation>{} namn matchades inte: se tabellen 'Namn som inte matchats'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/params.py" line="143" />
            <source>national: all of Sweden (from national tables or stored values; else the layer)</source>
            <translation>nationellt: hela Sverige (från nationella tabeller eller sparade värden; annars lagret)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="44" />
            <source>The national {what} ({source}) covers {n} kommuner, not all {n_kommuner_sweden}: it is not national. Give the table of all of Sweden.</source>
            <translation>Den nationella {what} ({source}) täcker {n} kommuner, inte alla {n_kommuner_sweden}: den är inte nationell. Ange tabellen för hela Sverige.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="70" />
            <source>DeSO table</source>
            <comment>part of a message</comment>
            <translation>DeSO-tabellen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="84" />
            <source>area-type table</source>
            <comment>part of a message</comment>
            <translation>områdestypstabellen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="61" />
            <source>national tables</source>
            <comment>part of a message</comment>
            <translation>nationella tabeller</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="76" />
            <source>The national area types need their residents field.</source>
            <translation>De nationella områdestyperna behöver sitt invånarfält.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="228" />
            <source>The reference is NOT national: {why}. μ and σ are of the {len_codes} areas loaded ({n_kommuner} kommun(er)), so the types are not those of Segregationsbarometern. Give the national tables (all DeSO or RegSO of Sweden) once to classify against the country.</source>
            <translation>Referensen är INTE nationell: {why}. μ och σ är de {len_codes} inlästa områdenas ({n_kommuner} kommun(er)), så typerna är inte Segregationsbarometerns. Ange de nationella tabellerna (alla DeSO eller RegSO i Sverige) en gång för att dela in mot hela landet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="223" />
            <source>no national table given and none stored for {c_level_names_get_level} {year}</source>
            <comment>part of a message</comment>
            <translation>ingen nationell tabell angiven och ingen sparad för {c_level_names_get_level} {year}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="224" />
            <source>(year not stated)</source>
            <comment>part of a message</comment>
            <translation>(år ej angivet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="211" />
            <source>Reference: {national_describe}.</source>
            <translation>Referens: {national_describe}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="94" />
            <source>The national table ({source}) has areas in {len_found} kommuner, not all {n_kommuner_sweden}: it is not national. Give the export of all DeSO or RegSO of Sweden.</source>
            <translation>Den nationella tabellen ({source}) har områden i {len_found} kommuner, inte alla {n_kommuner_sweden}: den är inte nationell. Ange uttaget med alla DeSO eller RegSO i Sverige.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="173" />
            <source>The national table holds {c_level_names_get_national} but the areas are {c_level_names_get_level}: μ and σ differ between levels. Give the national table of the same level (Aggregate areas sums DeSO to RegSO).</source>
            <translation>Den nationella tabellen innehåller {c_level_names_get_national} men områdena är {c_level_names_get_level}: μ och σ skiljer sig mellan nivåer. Ange den nationella tabellen på samma nivå (Summera områden summerar DeSO till RegSO).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="179" />
            <source>The national table gives the index {national_index_definition} with V3 '{national_v3_definition}', the areas {index_definition} with V3 '{v3_definition}': they must be the same index. Give the national table of the same variables.</source>
            <translation>Den nationella tabellen ger indexet {national_index_definition} med V3 '{national_v3_definition}', områdena {index_definition} med V3 '{v3_definition}': det måste vara samma index. Ange den nationella tabellen med samma variabler.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="214" />
            <source>The national table is of {national_year}, the areas of {year}: μ and σ of another year.</source>
            <translation>Den nationella tabellen är från {national_year}, områdena från {year}: μ och σ från ett annat år.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="230" />
            <source>{label} has no heading row with a year: it is not a Statistikdatabasen export of area types (title, heading with the year, one row per 'Kommun (RegSO)').</source>
            <translation>{label} har ingen rubrikrad med ett år: det är inte ett uttag av områdestyper ur Statistikdatabasen (titel, rubrik med året, en rad per 'Kommun (RegSO)').</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="276" />
            <source>{label} has no region rows under the heading {year}.</source>
            <translation>{label} har inga regionrader under rubriken {year}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="286" />
            <source>{len_absent} RegSO of the key in the same kommuner have no row in the export (first: {join_absent}).</source>
            <translation>{len_absent} RegSO i nyckeln i samma kommuner har ingen rad i uttaget (första: {join_absent}).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="291" />
            <source>{n_missing} matched RegSO have no official type (marked missing).</source>
            <translation>{n_missing} matchade RegSO har ingen officiell typ (markerade som saknade).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="293" />
            <source>Row {r_source_row}, '{r_written_name}': not matched — {r_reason}.</source>
            <translation>Rad {r_source_row}, '{r_written_name}': inte matchad – {r_reason}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="224" />
            <source>{label} has the years {join_map_str_sorted}: enter the year to read.</source>
            <translation>{label} har åren {join_map_str_sorted}: ange vilket år som ska läsas.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="190" />
            <source>{label} could not be read as an Excel workbook ({exc}); download it again.</source>
            <translation>{label} kunde inte läsas som en Excel-arbetsbok ({exc}); hämta den igen.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="218" />
            <source>{label} has no column for {year}; it has {join_map_str_sorted}.</source>
            <translation>{label} har ingen kolumn för {year}; den har {join_map_str_sorted}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_agreement.py" line="52" />
            <source>Compared {n_compared} RegSO typed by both: {n_identical} identical ({share_identical} %), {n_within_one} within one type ({share_within_one} %).</source>
            <translation>Jämförde {n_compared} RegSO med typ i båda: {n_identical} identiska ({share_identical} %), {n_within_one} inom en typ ({share_within_one} %).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_agreement.py" line="64" />
            <source>Not compared: {n_own_only} own typed area(s) without an official type, {n_official_only} official type(s) without an own typed area, {n_own_without_type} own area(s) without a type.</source>
            <translation>Inte jämförda: {n_own_only} egna områden med typ utan officiell typ, {n_official_only} officiella typer utan eget område med typ, {n_own_without_type} egna områden utan typ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_agreement.py" line="91" />
            <source>'{own_code_field}' holds {bad}, not a RegSO code: the official types are per RegSO; compare a RegSO layer (or choose its RegSO code field).</source>
            <translation>'{own_code_field}' innehåller {bad}, inte en RegSO-kod: de officiella typerna är per RegSO; jämför ett RegSO-lager (eller välj dess fält med RegSO-kod).</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_agreement.py" line="59" />
            <source>Of their {total} residents, {residents_identical_total} % live in an area with the same type and {residents_within_one_total} % within one type.</source>
            <translation>Av deras {total} invånare bor {residents_identical_total} % i ett område med samma typ och {residents_within_one_total} % inom en typ.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/type_agreement.py" line="86" />
            <source>The area-type layer has no field '{name}'.</source>
            <translation>Områdestypslagret har inget fält '{name}'.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="148" />
            <source>The baseline of Delmos' criteria is NOT national: {why}. Mean and SD are of the {len_kommuner} kommun(er) in the layer. Give the national DeSO table (and national area types) once to judge against the country.</source>
            <translation>Jämförelsegrunden för Delmos kriterier är INTE nationell: {why}. Medelvärde och standardavvikelse är de {len_kommuner} kommunernas i lagret. Ange den nationella DeSO-tabellen (och nationella områdestyper) en gång för att bedöma mot hela landet.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="144" />
            <source>no national tables given and none stored for {year}</source>
            <comment>part of a message</comment>
            <translation>inga nationella tabeller angivna och inga sparade för {year}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="144" />
            <source>no national tables given and none stored (year not stated)</source>
            <comment>part of a message</comment>
            <translation>inga nationella tabeller angivna och inga sparade (år ej angivet)</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="133" />
            <source>Baseline of the criteria: the {len_kommuner} kommuner in the layer — national.</source>
            <translation>Jämförelsegrund för kriterierna: de {len_kommuner} kommunerna i lagret – nationell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="137" />
            <source>Baseline of the criteria: {national_description}.</source>
            <translation>Jämförelsegrund för kriterierna: {national_description}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_baseline.py" line="142" />
            <source>Baseline of the criteria: {stored_description} in {cache_dir}.</source>
            <translation>Jämförelsegrund för kriterierna: {stored_description} i {cache_dir}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="207" />
            <source>Reference: the areas cover all {n_kommuner} kommuner — national.</source>
            <translation>Referens: områdena täcker alla {n_kommuner} kommuner – nationell.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/national_reference.py" line="220" />
            <source>Reference: {cached_describe}, stored in {cache_dir}.</source>
            <translation>Referens: {cached_describe}, sparad i {cache_dir}.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="73" />
            <source>Official area types{year} read from {source}: {n_rows} region row(s), {n} matched to a RegSO code, {len_unmatched} not matched.</source>
            <translation>Officiella områdestyper{year} lästa från {source}: {n_rows} regionrader, {n} matchade mot en RegSO-kod, {len_unmatched} inte matchade.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="252" />
            <source>The national DeSO table {} has no field of DeSO codes.</source>
            <translation>Den nationella DeSO-tabellen {} har inget fält med DeSO-koder.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="376" />
            <source>Ojämlikhetsindex per län</source>
            <translation>Ojämlikhetsindex per län</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/inequality_index.py" line="386" />
            <source>Map: {}</source>
            <translation>Karta: {}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="198" />
            <source>Official area types RegSO</source>
            <translation>Officiella områdestyper RegSO</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="185" />
            <source>Agreement with the official area types</source>
            <translation>Överensstämmelse med de officiella områdestyperna</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="287" />
            <source>Area type transitions</source>
            <translation>Övergångar mellan områdestyper</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/type_change.py" line="296" />
            <source>Changed area type</source>
            <translation>Ändrad områdestyp</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/processing/areatypes/official_types.py" line="218" />
            <source>None of the RegSO codes in the field '{field}' of '{layer}' ({own}) is among the official area types' RegSO ({official}): nothing was compared. Choose the RegSO code field, or own area types of the RegSO version of the export.</source>
            <translation>Ingen av RegSO-koderna i fältet '{field}' i '{layer}' ({own}) finns bland de officiella områdestypernas RegSO ({official}): ingenting jämfördes. Välj fältet med RegSO-koder, eller egna områdestyper för den RegSO-version som exporten avser.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="98" />
            <source>{named} has no column of RegSO names (such as RegSO_2020): the official area types name their RegSO, so the key must too. Give SCB's koppling_deso2018_regso2020.csv, which has them.</source>
            <translation>{named} har ingen kolumn med RegSO-namn (som RegSO_2020): de officiella områdestyperna namnger sina RegSO, så nyckeln måste också göra det. Ange SCB:s koppling_deso2018_regso2020.csv, som har dem.</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="95" />
            <source>The key table {source}</source>
            <comment>part of a message</comment>
            <translation>Nyckeltabellen {source}</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="95" />
            <source>The key table</source>
            <comment>part of a message</comment>
            <translation>Nyckeltabellen</translation>
        </message>
        <message>
            <location filename="../segregation_plugin/core/areatypes/official_types.py" line="116" />
            <source>{named} has no column of kommun names (such as Kommunnamn): names written 'Kommun (RegSO)' cannot be matched without it.</source>
            <translation>{named} har ingen kolumn med kommunnamn (som Kommunnamn): namn skrivna 'Kommun (RegSO)' kan inte matchas utan den.</translation>
        </message>
    </context>
</TS>
