"""`sk impor`: bring an existing decree (DOCX) or a published standard page (HTML) in as records."""
