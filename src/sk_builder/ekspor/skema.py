"""The OASIS Akoma Ntoso 3.0 schema shipped with sk-builder (CC BY 4.0, see skema/README.md) and validation against it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

FOLDER = Path(__file__).resolve().parent / "skema"
AKN_XSD = FOLDER / "akomantoso30.xsd"


@lru_cache(maxsize=1)
def akn_schema() -> etree.XMLSchema:
    """The Akoma Ntoso schema, parsed once (its import of xml.xsd is resolved beside it, never fetched)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(AKN_XSD), parser))


def akn_errors(data: bytes) -> list[str]:
    """Why an Akoma Ntoso document does not validate ("line N: message"), or an empty list."""
    schema = akn_schema()
    document = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    if schema.validate(document):
        return []
    return [f"baris {error.line}: {error.message}" for error in schema.error_log]
