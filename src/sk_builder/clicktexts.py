"""click's own texts (usage, help, command-line errors) in Indonesian, whatever the system's language.

click marks its texts for gettext; the catalogue of a gettext domain would follow the user's
locale (an English Windows would still get English), so the translations are installed into
click's modules directly: their ``_`` and ``ngettext`` look the text up here first.
"""

from __future__ import annotations

import sys

import click

TEXTS = {
    "Usage:": "Pemakaian:",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Positional arguments": "Argumen",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "Show the version and exit.": "Tampilkan versi lalu keluar.",
    "Error: {message}": "Galat: {message}",
    "Try '{command} {option}' for help.": "Coba '{command} {option}' untuk bantuan.",
    "No such command {name!r}.": "Perintah {name!r} tidak ada.",
    "No such option {name!r}.": "Opsi {name!r} tidak ada.",
    "Missing command.": "Perintah belum diberikan.",
    "Missing argument": "Argumen belum diberikan",
    "Missing option": "Opsi belum diberikan",
    "Missing parameter": "Parameter belum diberikan",
    "Missing {param_type}": "{param_type} belum diberikan",
    "Missing parameter: {param_name}": "Parameter belum diberikan: {param_name}",
    "Invalid value for {param_hint}: {message}": "Nilai tidak valid untuk {param_hint}: {message}",
    "Invalid value: {message}": "Nilai tidak valid: {message}",
    "Option {name!r} does not take a value.": "Opsi {name!r} tidak menerima nilai.",
    "Argument {name!r} takes {nargs} values.": "Argumen {name!r} menerima {nargs} nilai.",
    "{value!r} is not a valid {number_type}.": "{value!r} bukan {number_type} yang valid.",
    "{value} is not in the range {range}.": "{value} di luar rentang {range}.",
    "{value!r} is not a valid UUID.": "{value!r} bukan UUID yang valid.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} bukan nilai ya/tidak yang valid. Nilai yang dikenal: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} tidak ada.",
    "{name} {filename!r} is a file.": "{name} {filename!r} adalah berkas.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} adalah folder.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} tidak dapat dibaca.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} tidak dapat ditulis.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} tidak dapat dijalankan.",
    "Could not open file {filename!r}: {message}": "Berkas {filename!r} tidak dapat dibuka: {message}",
    "file": "berkas", "directory": "folder", "path": "jalur",
    "default: {default}": "bawaan: {default}",
    "required": "wajib",
    "env var: {var}": "variabel lingkungan: {var}",
    "deprecated": "usang",
    "Aborted!": "Dibatalkan.",
    "Repeat for confirmation": "Ulangi untuk konfirmasi",
    "Error: The two entered values do not match.": "Galat: kedua nilai yang dimasukkan tidak sama.",
    "Error: invalid input": "Galat: masukan tidak valid",
    "Do you want to continue?": "Lanjutkan?",
    "Confirm the action without prompting.": "Setujui tanpa ditanya.",
    "Press any key to continue...": "Tekan sembarang tombol untuk melanjutkan...",
    "Choose from:\n\t{choices}": "Pilih dari:\n\t{choices}",
    "%(prog)s, version %(version)s": "%(prog)s, versi %(version)s",
    "unknown error": "galat tidak dikenal",
}
PLURALS = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        "Argumen berlebih yang tidak dikenal ({args})",
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): None,
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        "Opsi {name!r} memerlukan {nargs} nilai.",
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): "{value!r} bukan salah satu dari {choices}.",
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."):
        "{value!r} tidak sesuai format {formats}.",
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        "Menerima {nargs} nilai, tetapi diberikan {len}.",
    ("{len_type} values are required, but {len_value} was given.",
     "{len_type} values are required, but {len_value} were given."):
        "Diperlukan {len_type} nilai, tetapi diberikan {len_value}.",
}
DEVELOPER_TEXTS = frozenset({
    "(dynamic)", "Choice({choices})", "Couldn't detect Bash version, shell completion is not supported.",
    "Invalid start character for option ({option})", "Name '{name}' defined twice", "Unknown color {colour!r}",
    "Unknown standard stream '{name}'", "Value must be an iterable.", "Windows error: {error}", "d",
    "{editor}: Editing failed", "{editor}: Editing failed: {e}",
    "Could not determine name for option with declarations {decls!r}",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}",
})
"""click's texts a user of `sk` never sees (mistakes in a program's use of click, editors, colours, Windows consoles)."""
_SUGGESTIONS = ("Maksud Anda {possibility}?", "(Maksud Anda salah satu dari: {possibilities}?)")
MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils", "shell_completion")


def gettext(message: str) -> str:
    """The Indonesian text of one of click's messages (the message itself when there is none)."""
    return TEXTS.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The Indonesian text of one of click's messages that depend on a count."""
    if (singular, plural) == ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        return _SUGGESTIONS[0] if count == 1 else _SUGGESTIONS[1]
    found = PLURALS.get((singular, plural))
    if found is None:
        return singular if count == 1 else plural
    return found


def install() -> None:
    """Make click's modules speak Indonesian (idempotent)."""
    for name in MODULES:
        module = sys.modules.get(f"click.{name}")
        if module is None:
            continue
        if hasattr(module, "_"):
            setattr(module, "_", gettext)
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", ngettext)


class Command(click.Command):
    """A command whose usage line names its parts in Indonesian ("[OPSI]")."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[OPSI]")
        super().__init__(*args, **kwargs)


class Group(click.Group):
    """A group of commands whose usage line and subcommands speak Indonesian ("PERINTAH [ARGUMEN]...")."""

    command_class = Command
    group_class = type

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[OPSI]")
        kwargs.setdefault("subcommand_metavar", "PERINTAH [ARGUMEN]...")
        super().__init__(*args, **kwargs)
