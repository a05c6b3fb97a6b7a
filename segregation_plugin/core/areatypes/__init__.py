"""The socioeconomic index, the five area types (områdestyper), type change, the
ojämlikhetsindex with Delmos' criteria, and the segregation measures."""
