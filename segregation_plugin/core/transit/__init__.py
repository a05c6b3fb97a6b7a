"""Public transport from GTFS: reading feeds, service on a date, departures per stop,
quality classes (ÖV-Güteklassen), PTAL, access per area and the line profile."""
