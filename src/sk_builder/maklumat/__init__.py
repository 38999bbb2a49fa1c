"""The Maklumat Pelayanan: a unit's signed pledge as a one-page poster (PDF, DOCX, HTML) and a site page."""
