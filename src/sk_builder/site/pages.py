"""Every HTML page of the site, rendered from the shared templates with relative links only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ..model import Keputusan, Profil
from ..nomor import citation, decree_number, revoked_citation
from ..project import Decree, Pledge, Procedure, Region, Service
from ..render.templating import environment
from ..versions import Version, revoked_by
from . import layout, versi
from .catalog import Unit
from .context import SiteContext
from .kontak import contacts, line_parts

SITE_NAME = "Standar Pelayanan Publik"


@dataclass(frozen=True)
class Page:
    """A page's address and head: title, description, canonical URL, breadcrumb trail."""

    path: str
    title: str
    description: str
    canonical: str | None
    crumbs: tuple[tuple[str, str | None], ...] = ()


def decree_namer(profil: Profil | None):
    """How a page names a decree of its region (``decree_name(record)`` in the templates): nomor.citation."""
    def name(record: Keputusan) -> str:
        assert profil is not None, "a page that names decrees is a page of a region"
        return citation(profil, record)
    return name


def _render(template: str, page: Page, context: SiteContext, **values) -> bytes:
    env = environment()
    region = values.get("region")
    html = env.get_template(f"site/{template}").render(
        page=page, link=partial(layout.relative, page.path), layout=layout, site_name=SITE_NAME,
        context=context, decree_name=decree_namer(region.profil if region is not None else None), **values)
    return html.encode("utf-8")


def _crumbs(region: Region, *more: tuple[str, str | None]) -> tuple[tuple[str, str | None], ...]:
    return (("Beranda", layout.HOME), (region.profil.nama, layout.region_page(region.id)), *more)


def home(context: SiteContext) -> tuple[Page, bytes]:
    """The home page: every region with its units and counts."""
    names = ", ".join(r.profil.pemerintah for r in context.project.regions)
    page = Page(layout.HOME, SITE_NAME,
                f"Standar pelayanan publik {names}: persyaratan, prosedur, waktu, biaya, produk dan pengaduan.",
                context.canonical(None, layout.HOME))
    return page, _render("beranda.html.j2", page, context, regions=context.project.regions)


def region(context: SiteContext, region: Region) -> tuple[Page, bytes]:
    """A region: its decrees and its units."""
    path = layout.region_page(region.id)
    units = context.units(region)
    page = Page(path, f"{region.profil.pemerintah} — {SITE_NAME}",
                f"Standar pelayanan {region.profil.pemerintah}: {len(region.services)} layanan dari "
                f"{len(units)} unit, dan keputusan yang menetapkannya.",
                context.canonical(region, path), (("Beranda", layout.HOME), (region.profil.nama, None)))
    return page, _render("wilayah.html.j2", page, context, region=region, units=units,
                         publisher=contacts(region.profil, region.profil.unit), revoked_by=partial(revoked_by, region))


def unit(context: SiteContext, region: Region, unit: Unit) -> tuple[Page, bytes]:
    """A unit: its services."""
    path = layout.unit_page(region.id, unit.slug)
    page = Page(path, f"{unit.name} — {region.profil.pemerintah}",
                f"Standar pelayanan {unit.name}, {region.profil.pemerintah}: {len(unit.services)} layanan.",
                context.canonical(region, path), _crumbs(region, (unit.name, None)))
    return page, _render("unit.html.j2", page, context, region=region, unit=unit,
                         contacts=contacts(region.profil, unit.name), standing=partial(versi.standing, region),
                         pledge=region.pledge_of(unit.name))


def service(context: SiteContext, region: Region, service: Service) -> tuple[Page, bytes]:
    """A service standard: what a citizen needs first, then the management components."""
    path = layout.service_page(region.id, service.id)
    unit = context.unit_of(region, service)
    table = context.table(region, service)
    missing = [row.label for group in table.groups for row in group.rows if not (row.text or row.charts)]
    page = Page(path, f"{service.record.nama} — {unit.name} — {region.profil.nama}",
                f"Standar pelayanan {service.record.nama} di {unit.name}, {region.profil.pemerintah}: "
                "persyaratan, prosedur, jangka waktu, biaya, produk dan pengaduan.",
                context.canonical(region, path),
                _crumbs(region, (unit.name, layout.unit_page(region.id, unit.slug)), (service.record.nama, None)))
    standing = versi.standing(region, service)
    return page, _render("layanan.html.j2", page, context, region=region, service=service, unit=unit,
                         table=table, missing=missing, decree=standing.decree, sops=region.sops_of(service),
                         contacts=contacts(region.profil, unit.name), berlaku=standing.since, standing=standing,
                         pledge=region.pledge_of(unit.name), change_page=partial(versi.change_page, region),
                         tanggal=versi.tanggal)


def decree(context: SiteContext, region: Region, decree: Decree) -> tuple[Page, bytes]:
    """A decree: the whole Keputusan with an anchor per standard, and its downloads."""
    from ..document import decree_document

    path = layout.decree_page(region.id, decree.id)
    doc = decree_document(region, decree, tables=context.tables(region))
    name = citation(region.profil, decree.record)
    page = Page(path, f"{name} — {region.profil.nama}",
                f"{name} tentang {decree.record.tentang}: naskah lengkap dengan lampiran "
                f"{len(decree.services)} standar pelayanan.",
                context.canonical(region, path),
                _crumbs(region, (f"Keputusan Nomor {decree_number(region.profil, decree.record).kutipan}", None)))
    services = {s.id: s for s in region.services}
    kop_lines = [(line_parts(line.text, region.profil.telepon), line) for line in doc.kop.styled]
    return page, _render("keputusan.html.j2", page, context, region=region, decree=decree, doc=doc,
                         services=services, kop_lines=kop_lines, ender=revoked_by(region, decree),
                         kop_picture=context.kop_picture(region, decree),
                         revocations=versi.revocations(region, decree), tanggal=versi.tanggal,
                         revoked_name=partial(revoked_citation, region.profil, decree.record))


def maklumat(context: SiteContext, region: Region, pledge: Pledge) -> tuple[Page, bytes]:
    """A unit's Maklumat Pelayanan: the pledge as the poster prints it, who signed it, the unit's services (but
    the earlier versions kept beside them), and the poster's downloads."""
    from ..maklumat.document import pledge_document

    path = layout.maklumat_page(region.id, pledge.id)
    unit = next((u for u in context.units(region) if u.name == pledge.unit), None)
    trail = ((unit.name, layout.unit_page(region.id, unit.slug)),) if unit else ()
    page = Page(path, f"Maklumat Pelayanan {pledge.unit} — {region.profil.nama}",
                f"Maklumat Pelayanan {pledge.unit}, {region.profil.pemerintah}: janji menyelenggarakan pelayanan "
                "sesuai standar pelayanan.",
                context.canonical(region, path), _crumbs(region, *trail, ("Maklumat Pelayanan", None)))
    picture = (layout.maklumat_picture(region.id, pledge.id, pledge.picture.suffix) if pledge.picture else None)
    standings = [versi.standing(region, s) for s in (unit.services if unit else ())]
    pledged = [s for s, now in zip(unit.services if unit else (), standings) if now.decree is None or now.in_force]
    return page, _render("maklumat.html.j2", page, context, region=region, pledge=pledge, pledged=pledged,
                         doc=pledge_document(region, pledge), picture=picture)


def change(context: SiteContext, region: Region, version: Version) -> tuple[Page, bytes]:
    """The redline of a standard as an earlier decree enacted it against the version that replaced it."""
    assert version.after is not None and version.ender is not None, "an earlier version has a version after it"
    path = layout.change_page(region.id, version.decree.id, version.service.id)
    name = version.after.record.nama
    page = Page(path, f"Perubahan {name} — {region.profil.nama}",
                f"Perubahan standar pelayanan {name}: {citation(region.profil, version.decree.record)} dan "
                f"{citation(region.profil, version.ender.record)}.",
                context.canonical(region, path),
                _crumbs(region, (name, layout.service_page(region.id, version.after.id)), ("Perubahan", None)))
    return page, _render("perubahan.html.j2", page, context, region=region, version=version,
                         parts=versi.redline(region, version), tanggal=versi.tanggal)


def sop(context: SiteContext, region: Region, procedure: Procedure) -> tuple[Page, bytes]:
    """An SOP AP beside its unit's standards: the identity block, the flow table and its downloads."""
    from ..sop.render import document_of
    from .alur import drawn_cells

    path = layout.sop_page(region.id, procedure.id)
    record = procedure.record
    unit = next((u for u in context.units(region) if u.name == record.unit), None)
    trail = ((unit.name, layout.unit_page(region.id, unit.slug)),) if unit else ()
    page = Page(path, f"SOP {record.nama} — {region.profil.nama}",
                f"Standar Operasional Prosedur {record.nama}, {record.unit}, {region.profil.pemerintah}: "
                "kegiatan, pelaksana dan mutu baku.",
                context.canonical(region, path), _crumbs(region, *trail, (f"SOP {record.nama}", None)))
    doc = document_of(region, procedure)
    return page, _render("sop.html.j2", page, context, region=region, procedure=procedure, doc=doc, unit=unit,
                         drawn=drawn_cells(doc), emblem=None, region_name=region.profil.nama,
                         stylesheets=[layout.sop_stylesheet(region.id, procedure.id)])


def sop_stylesheet(region: Region, procedure: Procedure) -> tuple[str, bytes]:
    """The stylesheet of an SOP page: its flow table's width and column shares (see site/alur.py)."""
    from ..sop.render import document_of
    from .alur import flow_rules

    path = layout.sop_stylesheet(region.id, procedure.id)
    rules = flow_rules(document_of(region, procedure))
    return path, rules.encode("utf-8")


def search(context: SiteContext) -> tuple[Page, bytes]:
    """The search page, with the list of every service for browsers where search cannot run."""
    page = Page(layout.SEARCH, f"Cari layanan — {SITE_NAME}",
                "Cari standar pelayanan menurut nama, persyaratan atau isi lainnya, per wilayah dan unit.",
                context.canonical(None, layout.SEARCH), (("Beranda", layout.HOME), ("Cari layanan", None)))
    return page, _render("cari.html.j2", page, context, regions=context.project.regions)
