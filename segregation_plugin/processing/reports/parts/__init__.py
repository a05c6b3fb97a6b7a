"""The parts of the report per kommun: the atlas layer and its charts, the text, the layout
(template, binding, export) and the assembly of them (``assemble.Report``)."""
