"""`sk build` prints the first warnings and a count per rule; --verbose and `sk check` print every one."""

from __future__ import annotations

from click.testing import CliRunner

from sk_builder.cli import main
from sk_builder.diagnostics import Diagnostic
from sk_builder.peringatan import FIRST, build_lines
from tests.fixtures.minimal import standar, write_region


def _warning(n: int, code: str) -> Diagnostic:
    return Diagnostic(f"standar/s{n:02}.yaml", 3, 5, "warning", code, f"pesan {n}")


def test_few_warnings_are_printed_whole():
    found = [_warning(n, "SK301") for n in range(FIRST)]
    assert build_lines(found) == [str(d) for d in found]


def test_many_warnings_are_the_first_few_and_a_count_per_rule():
    found = [_warning(n, "SK381" if n % 3 else "SK301") for n in range(12)]
    lines = build_lines(reversed(found))
    assert lines[:FIRST] == [str(d) for d in found[:FIRST]]
    assert lines[FIRST] == ("... dan 7 peringatan lagi (12 seluruhnya; `sk check` atau `sk build --verbose` "
                            "mencetak semuanya):")
    assert [line.split()[:2] for line in lines[FIRST + 1:]] == [["SK381", "8×"], ["SK301", "4×"]]
    assert lines[FIRST + 2].endswith('butir daftar diakhiri ";" (tidak "." di tengah daftar)')
    assert build_lines(found, verbose=True) == [str(d) for d in found]


def test_sk_build_is_short_and_verbose_or_check_print_all(tmp_path):
    bare = standar().replace("Isi persyaratan.", "1. KTP\n    2. KK")
    services = {f"standar/s{n}.yaml": bare.replace("Contoh Layanan", f"Layanan {n}") for n in range(8)}
    region = write_region(tmp_path / "src", **services)
    args = ["build", str(region), "--out", str(tmp_path / "out"), "--format", "html", "-j", "1"]
    short = CliRunner().invoke(main, args)
    assert short.exit_code == 0, short.output
    printed = [line for line in short.stderr.splitlines() if " warning " in line]
    assert len(printed) == FIRST and any("peringatan lagi" in line for line in short.stderr.splitlines())
    every = CliRunner().invoke(main, [*args, "--verbose"])
    checked = CliRunner().invoke(main, ["check", str(region)])
    all_lines = [line for line in every.stderr.splitlines() if " warning " in line]
    assert len(all_lines) > FIRST
    assert all_lines == [line for line in checked.stdout.splitlines() if " warning " in line]
