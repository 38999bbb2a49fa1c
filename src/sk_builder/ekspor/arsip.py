"""The archival PDF of a decree: PDF/A-3b with its source records attached, tagged for PDF/UA-1.

WeasyPrint makes both from the same HTML as the ordinary PDF: ``pdf_variant="pdf/a-3b"`` (sRGB output
intent, XMP, attachments listed in ``AF`` with relationship ``Source``) and ``pdf_tags=True`` (structure
tree from the HTML: headings, tables with header cells, lists, figures with alt text, language from
``<html lang="id">``). WeasyPrint writes one variant's identification; the PDF/UA-1 part is added to the
XMP with the extension schema PDF/A requires for it. The ordinary PDFs of ``sk build`` are not changed.
"""

from __future__ import annotations

import base64
import gc
import datetime as dt
import io
import re
import warnings
from pathlib import Path

from ..jobs import decree_job
from ..project import Decree, Project, Region
from ..render.html import job_html
from .keluaran import enacted, require_decrees

VARIANT = "pdf/a-3b"
UA_XMP = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
  <rdf:Description rdf:about="" pdfuaid:part="1"/>
  <rdf:Description rdf:about="">
    <pdfaExtension:schemas>
      <rdf:Bag>
        <rdf:li rdf:parseType="Resource">
          <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
          <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
          <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
          <pdfaSchema:property>
            <rdf:Seq>
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
              </rdf:li>
            </rdf:Seq>
          </pdfaSchema:property>
        </rdf:li>
      </rdf:Bag>
    </pdfaExtension:schemas>
  </rdf:Description>
</rdf:RDF>
"""
_LABELLED_SVG = re.compile(r'(<svg\b[^>]*?\baria-label="([^"]*)"[^>]*>)')


def _record_file(region: Region, folder: str, source: str) -> Path:
    """The file of a record in the region folder (``source`` is a display path, relative to where sk ran)."""
    name = Path(source).name
    return region.root / folder / name if folder else region.root / name


def sources_of(region: Region, decree: Decree) -> list[tuple[str, Path]]:
    """The records the decree is made of: the profile, the decree, its standards (name in the PDF, file)."""
    found = [("profil.yaml", _record_file(region, "", region.source)),
             (f"keputusan/{decree.id}.yaml", _record_file(region, "keputusan", decree.source))]
    found += [(f"standar/{s.id}.yaml", _record_file(region, "standar", s.source)) for s in decree.services]
    return found


def _attachments(region: Region, decree: Decree) -> list:
    from weasyprint import Attachment

    when = dt.datetime.combine(decree.record.ditetapkan.tanggal, dt.time())
    return [Attachment(file_obj=io.BytesIO(path.read_bytes()), name=name, relationship="Source",
                       description=f"Rekaman sumber {name} ({region.id})", created=when, modified=when)
            for name, path in sources_of(region, decree)]


def titled_charts(html: str) -> str:
    """Give every labelled inline SVG a <title>, which WeasyPrint tags as the figure's alternate text."""
    return _LABELLED_SVG.sub(lambda m: f"{m.group(1)}<title>{m.group(2)}</title>", html)


def archival_pdf(region: Region, decree: Decree) -> bytes:
    """The whole decree as PDF/A-3b + PDF/UA-1 with its source records attached."""
    from ..render.pdf import html_to_pdf  # WeasyPrint loads only when a PDF is really rendered

    html = titled_charts(job_html(decree_job(region, decree)))
    xmp = "data:application/rdf+xml;base64," + base64.b64encode(UA_XMP).decode("ascii")
    with warnings.catch_warnings():
        # WeasyPrint opens its sRGB profile for the PDF/A output intent and leaves closing it to the
        # garbage collector; the warning that gives is about WeasyPrint, not about the records.
        warnings.simplefilter("ignore", ResourceWarning)
        data = html_to_pdf(html, pdf_variant=VARIANT, pdf_tags=True, attachments=_attachments(region, decree),
                           xmp_metadata=[xmp])
        gc.collect()
    return data


def files(project: Project) -> dict[str, bytes]:
    """``<region>/<decree>.pdf`` for every decree."""
    require_decrees(project)
    return {f"{region.id}/{decree.id}.pdf": archival_pdf(region, decree) for region, decree in enacted(project)}
