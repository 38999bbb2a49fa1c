"""Word documents: writer.py decides what a decree prints in Word, oxml.py speaks the OOXML python-docx lacks."""
