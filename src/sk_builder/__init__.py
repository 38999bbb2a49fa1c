"""sk-builder: Standar Pelayanan records to official Keputusan documents and a website."""

__version__ = "0.1.0"
