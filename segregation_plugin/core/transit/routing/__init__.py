"""Travel times by public transport: a timetable router over a GTFS feed (docs/transit.md).

connections (the day's vehicles as stop events), patterns (vehicles with the same stops,
for RAPTOR), footpaths (walking to, between and from stops), raptor (earliest arrival,
round by round, many origins at once), travel_times (departure window, median and
percentile), opportunities (per area, gap by area type), isochrones.
"""
