"""Run README's tutorial word for word: every ```console block of a section, command by command, output compared.

Lines after ``$ `` are commands, run by bash in a working folder that ``cd`` changes; the lines
below a command are what it must print (stdout and stderr together, in order). ``...`` on a line
of its own stands for any number of lines; durations (``4.7 dtk``) and the number of files a build
writes (``44 berkas ditulis``: the website gains pages) may differ. A command must exit
0 unless what it prints ends with "tidak ada yang ditulis." (the records have errors).

Also a script, for CI's fresh installation of the wheel:
``python tests/readme_blocks.py README.md WORKDIR`` (``sk`` is taken from PATH).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

SECTION = "## Tutorial: a drafter's first decree"
_FREE = ((re.compile(r"\b\d+(?:\.\d+)? dtk\b"), "N dtk"), (re.compile(r"^\d+ berkas ditulis ke "), "N berkas ditulis ke "))


@dataclass
class Command:
    """One command of a console block and the lines it must print."""

    text: str
    expected: list[str] = field(default_factory=list)


def section(readme: str, heading: str = SECTION) -> str:
    """The text of one top-level section of README."""
    start = readme.index(heading + "\n")
    following = readme.find("\n## ", start + len(heading))
    return readme[start:following if following != -1 else len(readme)]


def commands(text: str) -> list[Command]:
    """Every command of every ```console block in ``text``, in order."""
    found: list[Command] = []
    for block in re.findall(r"^```console\n(.*?)^```$", text, flags=re.S | re.M):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append(Command(line[2:]))
            elif found:
                found[-1].expected.append(line)
    return found


def _free(line: str) -> str:
    """A line with what may differ from run to run replaced by a placeholder."""
    for pattern, replacement in _FREE:
        line = pattern.sub(replacement, line)
    return line


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the printed lines match the expected ones (``...`` skips lines; durations and file counts are free)."""
    want, got = [_free(line) for line in expected], [_free(line) for line in actual]
    pattern = "".join(r"(?:[^\n]*\n)*?" if line == "..." else re.escape(line + "\n") for line in want)
    return re.fullmatch(pattern, "".join(line + "\n" for line in got)) is not None


def run(commands_: list[Command], workdir: Path, env: dict[str, str] | None = None) -> list[str]:
    """Run the commands; the list of failures (empty when all printed what README shows)."""
    env = {**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1", "LC_ALL": "C.UTF-8"}
    cwd, failures = Path(workdir), []
    for command in commands_:
        words = shlex.split(command.text)
        if words[:1] == ["cd"]:
            cwd = cwd / words[1]
            continue
        done = subprocess.run(["bash", "-c", command.text], cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=600)
        printed = done.stdout.splitlines()
        allowed_failure = bool(command.expected) and command.expected[-1].endswith("tidak ada yang ditulis.")
        if (done.returncode != 0) != allowed_failure or not matches(command.expected, printed):
            failures.append(f"$ {command.text}\n  status {done.returncode}\n  README:\n    "
                            + "\n    ".join(command.expected) + "\n  dicetak:\n    " + "\n    ".join(printed))
    return failures


def main(argv: list[str]) -> int:
    """Run README's tutorial in WORKDIR (a new, empty folder) and print what differs."""
    readme, workdir = Path(argv[0]), Path(argv[1])
    workdir.mkdir(parents=True, exist_ok=True)
    steps = commands(section(readme.read_text(encoding="utf-8")))
    failures = run(steps, workdir)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(steps) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures or not steps else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
