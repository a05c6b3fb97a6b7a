"""Planning: tenure mix (upplåtelseformer), planned housing and the projected mix, tenure
split proposals, the planning overlay and zonal statistics of rasters."""
