"""SCB statistics: reading Statistikdatabasen exports and the PxWebAPI, joining statistics to
areas, checking areas and aggregating DeSO to RegSO, kommun and own districts."""
