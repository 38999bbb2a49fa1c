"""`sk ekspor`: the records as national systems and archives take them (JDIHN feed, Akoma Ntoso, SIPPN sheet, PDF/A)."""
