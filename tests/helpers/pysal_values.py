"""PySAL's values on the sample county's 2022 DeSO counts, the reference of the segregation
measures and the ojämlikhetsindex in core (``tests/core/areatypes``) and through Processing
(``tests/processing/areatypes``).

Computed once with PySAL outside the project (``segregation`` 2.5.4, libpysal 4.14.1; see
``tests/core/areatypes/test_segregation_measures.py`` for how), on the counts read with
openpyxl from ``resources/sample/scb/*.xlsx`` and the geometries of the sample's ``deso``
layer; areas with a suppressed value dropped. The tests read the same counts with the
plugin's own SCB reader (``tests/helpers/scb_counts.py``).
"""

# PySAL on the sample county's 322 DeSO, 2022 (LOW: 319 DeSO, three are suppressed)
PYSAL_SAMPLE = {
    ("forgym", "edu_total"): {
        "dissimilarity": 0.31636840119869075,
        "isolation": 0.18003674048334806,
        "exposure": 0.8199632595166519,
        "entropy": 0.09658787447145485,
        "gini": 0.44015198601196975,
        "spatial_dissimilarity": 0.25252846481532076,
    },
    ("q1", "q_total"): {
        "dissimilarity": 0.19892332654344524,
        "isolation": 0.2929910998812394,
        "exposure": 0.7070089001187607,
        "entropy": 0.04284404441117924,
        "gini": 0.28134939845462975,
        "spatial_dissimilarity": 0.11640301752693862,
    },
    ("unemployed", "p16_64"): {
        "dissimilarity": 0.3468639076452059,
        "isolation": 0.12340494157169724,
        "exposure": 0.8765950584283029,
        "entropy": 0.10178787528471715,
        "gini": 0.47549785387100035,
        "spatial_dissimilarity": 0.3045098764762295,
    },
    ("low", "persons"): {
        "dissimilarity": 0.3731446190212138,
        "isolation": 0.24481236164675235,
        "exposure": 0.7551876383532478,
        "entropy": 0.13226113309523813,
        "gini": 0.5035270196310144,
        "spatial_dissimilarity": 0.2851534005799405,
    },
}
# (Dissim, SpatialDissim) per kommun, each computed on that kommun's DeSO only
PYSAL_SAMPLE_KOMMUN = {
    ("forgym", "edu_total"): {
        "9901": (0.33713173373619926, 0.27113201845928303),
        "9902": (0.31711239392094065, 0.26784941852278493),
        "9903": (0.24128536610518647, 0.19286095397376068),
        "9904": (0.34587369519199007, 0.25814080054965033),
        "9905": (0.266453824142803, 0.20316806855471536),
        "9906": (0.17838157254683357, 0.1268262224683338),
    },
    ("low", "persons"): {
        "9901": (0.38393238561572185, 0.2888863026664131),
        "9902": (0.384761958251319, 0.31235455084391156),
        "9903": (0.25649418002916335, 0.19216428312194686),
        "9904": (0.3681973420152499, 0.25391162772953557),
        "9905": (0.32381723241376803, 0.2513682528219313),
        "9906": (0.3487996969484804, 0.24527028518377453),
    },
}


# Dissim(q1, q1 + q4) × 100 per kommun of the sample county, 2022 (the ojämlikhetsindex)
PYSAL_OJAM_QUARTILES = {
    "9901": 33.30922413397212,
    "9902": 30.55421155228249,
    "9903": 23.050624489598217,
    "9904": 30.716163848167067,
    "9905": 25.77011923045063,
    "9906": 22.113967600741532,
}
# Dissim(low, low + high) × 100 with low/high economic standard (3 suppressed DeSO dropped)
PYSAL_OJAM_ECONOMIC_STANDARD = {
    "9901": 65.61231529443793,
    "9902": 62.60860173553836,
    "9903": 47.66927626582962,
    "9904": 65.0065821893095,
    "9905": 61.12059685205264,
    "9906": 54.93019434931299,
}
PYSAL_OJAM_ECONOMIC_STANDARD_LAN_99 = 63.529113187692865
