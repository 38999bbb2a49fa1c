"""Units of a region: grouping, order and unique slugs."""

from __future__ import annotations

from pathlib import Path

from sk_builder.model import Komponen, Profil, Standar
from sk_builder.project import Region, Service
from sk_builder.site.catalog import ordered_services, slug, units


def _service(service_id: str, unit: str) -> Service:
    return Service(service_id, "kota", f"{service_id}.yaml", Standar(nama=service_id, unit=unit, komponen=Komponen()))


def _region(*services: Service) -> Region:
    profil = Profil(nama="Kota", pemerintah="Pemerintah Kota", unit="Sekretariat Daerah")
    return Region("kota", Path("."), "profil.yaml", profil, None, services, ())


def test_slug_ascii_lowercase():
    assert slug("Bagian Perekonomian dan Sumber Daya Alam") == "bagian-perekonomian-dan-sumber-daya-alam"
    assert slug("Bagian Élan / Ümum") == "bagian-elan-umum"
    assert slug("<>") == "unit"


def test_units_group_in_order_of_first_service():
    region = _region(_service("a", "Bagian Umum"), _service("b", "Bagian Hukum"), _service("c", "Bagian Umum"))
    found = units(region)
    assert [u.name for u in found] == ["Bagian Umum", "Bagian Hukum"]
    assert [s.id for s in found[0].services] == ["a", "c"]


def test_unit_slugs_unique():
    region = _region(_service("a", "Bagian Umum"), _service("b", "Bagian umum"), _service("c", "Bagian-Umum"))
    assert [u.slug for u in units(region)] == ["bagian-umum", "bagian-umum-2", "bagian-umum-3"]


def test_services_without_decree_keep_region_order():
    region = _region(_service("b", "U"), _service("a", "U"))
    assert [s.id for s in ordered_services(region)] == ["b", "a"]
