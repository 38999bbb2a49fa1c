"""One source file on its own (sources/units.py): a NIP typed with odd spacing is read, printed 8-6-1-3 and warned
about (SK131), where a NIP with wrong digits stays a load error (SK107)."""

from __future__ import annotations

import pytest

from sk_builder.sources.units import read_unit
from tests.fixtures.minimal import KEPUTUSAN

WRITTEN = "19640828 198802 1 001"


def _unit(nip: str):
    return read_unit(KEPUTUSAN.replace(WRITTEN, nip).encode(), "kep.yaml", "keputusan")


@pytest.mark.parametrize("written", ["19640828 198802 1 00 1", "1964 0828 198802 1 001", "19640828  198802 1 001",
                                     "196408 28 1988021001"])
def test_odd_spacing_is_a_located_warning_with_the_normalised_form(written):
    unit = _unit(written)
    assert unit.record is not None and unit.record.penandatangan.nip == "196408281988021001"
    [warning] = unit.report.items
    assert (warning.severity, warning.code, warning.line, warning.col) == ("warning", "SK131", 21, 8)
    assert warning.message == f'NIP "{written}" ditulis dengan spasi tidak baku; dibaca dan dicetak "{WRITTEN}"'


@pytest.mark.parametrize("written", [WRITTEN, "196408281988021001", "NIP. 19640828 198802 1 001"])
def test_the_usual_forms_are_quiet(written):
    unit = _unit(written)
    assert unit.record is not None and unit.report.items == []


@pytest.mark.parametrize("written, why", [("19640828 198802 1 00", "NIP harus 18 angka, ditemukan 17"),
                                          ("19640832 198802 1 001", "tanggal lahir 19640832 tidak ada"),
                                          ("1964 0828 198802 1 000", "nomor urut NIP tidak boleh 000")])
def test_wrong_digits_stay_an_error_however_spaced(written, why):
    unit = _unit(written)
    assert unit.record is None
    [error] = unit.report.items
    assert error.code == "SK107" and error.severity == "error" and why in error.message
