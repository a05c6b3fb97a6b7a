"""Reports: the figures of a report per kommun (Segregationsbarometern's kommun page), put
together from what the other subjects wrote. ``reports`` assembles the other subjects, so it
is the one subject that may build on any of them (docs/DEVELOPING.md)."""
