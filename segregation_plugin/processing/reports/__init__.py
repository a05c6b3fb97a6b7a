"""Reports: the report per kommun (a print layout with an atlas, exported to PDF). Reports
assemble what the other subjects wrote, so this subject may build on any of them."""
