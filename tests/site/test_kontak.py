"""Contact details as links: tel: numbers completed from the area code written before, safe web and mail links,
a unit's own contacts over the profile's."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sk_builder.model import Profil
from sk_builder.site.kontak import contacts, line_parts, mail_part, phone_parts, web_part, whatsapp_part


def links(parts) -> list[tuple[str, str | None]]:
    return [(p.text, p.href) for p in parts]


@pytest.mark.parametrize("text, expected", [
    ("(0343) 426919, 426604", [("(0343) 426919", "tel:+62343426919"), (", ", None), ("426604", "tel:+62343426604")]),
    ("0343-426604, 426919", [("0343-426604", "tel:+62343426604"), (", ", None), ("426919", "tel:+62343426919")]),
    ("021 5551234 ext. 12", [("021 5551234", "tel:+62215551234"), (" ext. 12", None)]),
    ("0334881009", [("0334881009", "tel:+62334881009")]),  # ungrouped: no area code to carry over
    ("08113600473", [("08113600473", "tel:+628113600473")]),
    ("+62 343 426919", [("+62 343 426919", "tel:+62343426919")]),
    ("425697", [("425697", None)]),  # a local number with no area code written: cannot be dialled from a phone
    ("Telp. (0343)424483 / 0812-3456-7890", [("Telp. ", None), ("(0343)424483", "tel:+62343424483"), (" / ", None),
                                             ("0812-3456-7890", "tel:+6281234567890")]),
])
def test_phone_numbers_become_international_tel_links(text, expected):
    assert links(phone_parts(text)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 ()+-.,/abc"), max_size=40))
def test_phone_text_is_kept_whole_and_links_are_only_tel_numbers(text):
    parts = phone_parts(text)
    assert "".join(p.text for p in parts) == text
    for part in parts:
        assert part.href is None or re.fullmatch(r"tel:\+62[0-9]{7,12}", part.href), part


def test_web_mail_and_whatsapp_links():
    assert links([web_part("www.pasuruankota.go.id")]) == [("www.pasuruankota.go.id", "https://www.pasuruankota.go.id")]
    assert links([web_part("http://x.go.id/a")]) == [("http://x.go.id/a", "http://x.go.id/a")]
    assert links([mail_part("a@b.go.id")]) == [("a@b.go.id", "mailto:a@b.go.id")]
    assert links([whatsapp_part("0812-1756-4486")]) == [("0812-1756-4486", "https://wa.me/6281217564486")]
    assert [web_part(t).href for t in ("javascript:alert(1)", "evil.go.id x", "https://a b", "data:text/html,x")] \
        == [None] * 4
    assert mail_part("bukan surel").href is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_a_web_link_is_http_or_https_and_never_has_a_space(text):
    href = web_part(text).href
    assert href is None or (href.startswith(("http://", "https://")) and not re.search(r"\s", href))


def test_letterhead_line_links_only_the_profiles_telephone():
    line = "Telepon (0343) 426919, 426604, Faksimile 425697,"
    assert links(line_parts(line, "(0343) 426919, 426604")) == [
        ("Telepon ", None), ("(0343) 426919", "tel:+62343426919"), (", ", None), ("426604", "tel:+62343426604"),
        (", Faksimile 425697,", None)]
    assert links(line_parts("Jalan Contoh 1", "(0343) 1")) == [("Jalan Contoh 1", None)]


PROFIL = Profil.model_validate({
    "nama": "Kota Contoh", "pemerintah": "Pemerintah Kota Contoh", "unit": "Sekretariat Daerah",
    "alamat": "Jalan Pahlawan 1", "telepon": "(0343) 111111", "pos_el": "setda@contoh.go.id",
    "pengaduan": {"lapor": "https://www.lapor.go.id", "whatsapp": "0811-0000-0001"},
    "kontak_unit": {"Bagian Hukum": {"telepon": "0343-222222", "pengaduan": {"pos_el": "hukum@contoh.go.id"}}},
})


def test_a_unit_with_its_own_record_shows_its_own_contacts_and_the_regions_channels():
    found = contacts(PROFIL, "Bagian Hukum")
    assert found.whose == "Bagian Hukum"
    assert found.alamat == "Jalan Pahlawan 1"  # the address it does not give is the profile's
    assert links(found.telepon) == [("0343-222222", "tel:+62343222222")]
    assert found.pos_el is None  # never the publisher's e-mail under the unit's name
    assert found.pengaduan_pos_el.href == "mailto:hukum@contoh.go.id"
    assert found.lapor.href == "https://www.lapor.go.id" and found.whatsapp.href == "https://wa.me/6281100000001"


def test_a_unit_without_a_record_shows_the_publishers_contacts_as_such():
    found = contacts(PROFIL, "bagian  umum")
    assert found.whose == "Sekretariat Daerah Kota Contoh"
    assert links(found.telepon) == [("(0343) 111111", "tel:+62343111111")]
    assert found.pos_el.href == "mailto:setda@contoh.go.id"


def test_a_unit_name_in_other_case_or_spacing_finds_its_record():
    found = contacts(PROFIL, "bagian hukum")
    assert found.whose == "bagian hukum" and links(found.telepon) == [("0343-222222", "tel:+62343222222")]
