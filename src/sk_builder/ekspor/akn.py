"""A decree as Akoma Ntoso 3.0 (OASIS LegalDocML): an ``act`` with preface, preamble, body, conclusions and
its lampiran as an attached ``doc``; wording and numbering come from document.py, as in the PDF."""

from __future__ import annotations

from lxml import etree

from ..document import DecreeDocument, Point, StandardTable, decree_document
from ..nomor import citation
from ..project import Decree, Project, Region
from ..site.catalog import slug
from ..text.tanggal import format_tanggal
from .akn_uraian import NS, q, uraian
from .keluaran import enacted, require_decrees
from .skema import akn_errors

LANGUAGE = "ind"  # ISO 639-2 code of Indonesian, as FRBRlanguage wants it


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, q(tag), **attrs)
    if text is not None:
        element.text = text
    return element


def work_uri(region: Region, decree: Decree) -> str:
    """The FRBR Work URI: /akn/id/act/keputusan/<region>/<date>/<number>."""
    record = decree.record
    return f"/akn/id/act/keputusan/{region.id}/{record.ditetapkan.tanggal.isoformat()}/{slug(str(record.nomor))}"


def _frbr(parent: etree._Element, level: str, this: str, uri: str, date: str, author: str) -> etree._Element:
    element = _el(parent, level)
    _el(element, "FRBRthis", value=this)
    _el(element, "FRBRuri", value=uri)
    _el(element, "FRBRdate", date=date, name="ditetapkan")
    _el(element, "FRBRauthor", href=author)
    return element


def _meta(parent: etree._Element, region: Region, decree: Decree, component: str) -> etree._Element:
    record, work = decree.record, work_uri(region, decree)
    date = record.ditetapkan.tanggal.isoformat()
    expression = f"{work}/{LANGUAGE}@{date}"
    meta = _el(parent, "meta")
    ident = _el(meta, "identification", source="#sk-builder")
    frbr = _frbr(ident, "FRBRWork", f"{work}/!{component}", work, date, "#penandatangan")
    _el(frbr, "FRBRcountry", value="id")
    _el(frbr, "FRBRnumber", value=str(record.nomor))
    _el(frbr, "FRBRname", value=citation(region.profil, record))
    frbr = _frbr(ident, "FRBRExpression", f"{expression}/!{component}", expression, date, "#penandatangan")
    _el(frbr, "FRBRlanguage", language=LANGUAGE)
    _frbr(ident, "FRBRManifestation", f"{expression}/!{component}.xml", f"{expression}.akn", date, "#sk-builder")
    return meta


def _references(meta: etree._Element, region: Region, decree: Decree) -> None:
    """Who and what the identification and the signature refer to (once per document: eIds are unique)."""
    record = decree.record
    refs = _el(meta, "references", source="#sk-builder")
    _el(refs, "TLCOrganization", eId="sk-builder", href="/ontology/organization/sk-builder", showAs="sk-builder")
    _el(refs, "TLCOrganization", eId="pemerintah", href=f"/ontology/organization/id/{region.id}",
        showAs=region.profil.pemerintah)
    _el(refs, "TLCPerson", eId="penandatangan", href=f"/ontology/person/id/{slug(record.penandatangan.nama)}",
        showAs=record.penandatangan.nama)
    _el(refs, "TLCRole", eId="jabatan", href=f"/ontology/role/id/{slug(record.penandatangan.jabatan)}",
        showAs=record.penandatangan.jabatan)


def _preface(act: etree._Element, doc: DecreeDocument) -> None:
    preface = _el(act, "preface")
    _el(_el(preface, "p", **{"class": "judul"}), "docType", doc.heading[0])
    _el(_el(preface, "p", **{"class": "judul"}), "docNumber", doc.heading[1])
    _el(preface, "p", "TENTANG", **{"class": "judul"})
    _el(_el(preface, "p", **{"class": "judul"}), "docTitle", doc.tentang)


def _points(parent: etree._Element, container: str, item: str, name: str, label: str,
            points: tuple[Point, ...]) -> None:
    if not points:
        return
    element = _el(parent, container, eId=f"{container}_{name}")
    _el(_el(element, "intro"), "p", label)
    for number, point in enumerate(points, start=1):
        child = _el(element, item, eId=f"{container}_{name}__{item}_{number}")
        _el(child, "num", point.marker)
        uraian(child, point.text)


def _preamble(act: etree._Element, doc: DecreeDocument) -> None:
    preamble = _el(act, "preamble")
    if doc.dengan_rahmat:
        _el(_el(preamble, "formula", name="enactingFormula"), "p", "DENGAN RAHMAT TUHAN YANG MAHA ESA")
    _el(preamble, "p", doc.official, **{"class": "pejabat"})
    _points(preamble, "recitals", "recital", "menimbang", "Menimbang", doc.menimbang)
    _points(preamble, "citations", "citation", "mengingat", "Mengingat", doc.mengingat)
    _points(preamble, "citations", "citation", "memperhatikan", "Memperhatikan", doc.memperhatikan)
    _el(_el(preamble, "formula", name="decisionFormula"), "p", "MEMUTUSKAN:")
    _el(preamble, "p", f"Menetapkan : {doc.menetapkan}".rstrip(), **{"class": "menetapkan"})


def _body(act: etree._Element, doc: DecreeDocument) -> None:
    body = _el(act, "body")
    for number, part in enumerate(doc.diktum, start=1):
        article = _el(body, "article", eId=f"art_{number}")
        _el(article, "num", part.name)
        content = _el(article, "content")
        uraian(content, part.text)
        if part.items:
            listing = _el(content, "ol")
            for item in part.items:
                uraian(_el(listing, "li", value=item.marker), item.text)


def _conclusions(act: etree._Element, doc: DecreeDocument, decree: Decree) -> None:
    conclusions = _el(act, "conclusions")
    signature = doc.signature
    assert signature is not None, "a decree's document is signed"
    _el(conclusions, "p", signature.place_line, **{"class": "tempat"})
    line = _el(conclusions, "p", "pada tanggal ", **{"class": "tanggal"})
    _el(line, "date", format_tanggal(decree.record.ditetapkan.tanggal),
        date=decree.record.ditetapkan.tanggal.isoformat())
    block = _el(_el(conclusions, "p", **{"class": "tanda-tangan"}), "signature")
    _el(block, "role", signature.jabatan, refersTo="#jabatan")
    _el(block, "person", signature.nama, refersTo="#penandatangan")
    for extra in (signature.pangkat, signature.nip_line):
        if extra:
            _el(conclusions, "p", extra, **{"class": "tanda-tangan"})
    if doc.tembusan:
        _el(conclusions, "p", "Tembusan :", **{"class": "tembusan"})
        listing = _el(conclusions, "ol")
        for item in doc.tembusan:
            uraian(_el(listing, "li", value=item.marker), item.text)


def _cell(row: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    cell = _el(row, tag, **attrs)
    if text is not None:
        _el(cell, "p", text)
    return cell


def _figures(cell: etree._Element, row) -> None:
    for figure in row.charts:
        _el(_el(cell, "p", **{"class": "bagan"}), "i", f"Bagan alur: {figure.title or 'prosedur'}")
        steps = _el(cell, "ol")
        for number, step in enumerate(figure.chart.steps, start=1):
            _el(_el(steps, "li", value=f"{number}."), "p", step.text)
        if figure.explanations:
            notes = _el(cell, "ol")
            for item in figure.explanations:
                uraian(_el(notes, "li", value=item.marker), item.text)


def _table(parent: etree._Element, table: StandardTable) -> None:
    block = _el(parent, "tblock", eId=f"layanan_{table.id}", **{"class": "standar"})
    _el(block, "heading", " ".join(table.title))
    grid = _el(block, "table", eId=f"layanan_{table.id}__tabel")
    head = _el(grid, "tr")
    for label in ("No.", "Komponen", "Uraian"):
        _cell(head, "th", label)
    for group in table.groups:
        _cell(_el(grid, "tr", **{"class": "grup"}), "th", group.label, colspan="3")
        for row in group.rows:
            line = _el(grid, "tr", **{"class": row.key})
            _cell(line, "td", row.number)
            _cell(line, "td", row.label)
            cell = _cell(line, "td")
            uraian(cell, row.text)
            _figures(cell, row)


def _lampiran(act: etree._Element, region: Region, decree: Decree, doc: DecreeDocument) -> None:
    attachment = _el(_el(act, "attachments"), "attachment", eId="att_1")
    lampiran = _el(attachment, "doc", name="lampiran")
    _meta(lampiran, region, decree, "lampiran")
    preface = _el(lampiran, "preface")
    for line in doc.lampiran_header:
        _el(preface, "p", line)
    main = _el(lampiran, "mainBody")
    for number, section in enumerate(doc.sections, start=1):
        holder = _el(main, "tblock", eId=f"bagian_{number}", **{"class": "bagian"}) if section.heading else main
        if section.heading:
            _el(holder, "heading", section.heading)
        for table in section.standards:
            _table(holder, table)


_TEXT_HOLDERS = {"p", "num", "heading"}


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent the structure for reading, never inside an element that holds text (whitespace there is content)."""
    if etree.QName(element).localname in _TEXT_HOLDERS or not len(element):
        return
    if (element.text or "").strip():
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


def decree_akn(region: Region, decree: Decree) -> bytes:
    """The decree as an Akoma Ntoso XML document (UTF-8, indented, with an XML declaration)."""
    doc = decree_document(region, decree)
    root = etree.Element(q("akomaNtoso"), nsmap={None: NS})
    act = _el(root, "act", name="keputusan", contains="originalVersion")
    _references(_meta(act, region, decree, "main"), region, decree)
    _preface(act, doc)
    _preamble(act, doc)
    _body(act, doc)
    _conclusions(act, doc, decree)
    _lampiran(act, region, decree, doc)
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def files(project: Project) -> dict[str, bytes]:
    """``<region>/<decree>.xml`` for every decree; each one is checked against the schema before it is written."""
    require_decrees(project)
    out = {}
    for region, decree in enacted(project):
        data = decree_akn(region, decree)
        problems = akn_errors(data)
        if problems:
            raise AssertionError(f"Akoma Ntoso {region.id}/{decree.id} tidak sah:\n" + "\n".join(problems))
        out[f"{region.id}/{decree.id}.xml"] = data
    return out
