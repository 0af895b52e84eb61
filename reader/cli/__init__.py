"""Command-line subcommands. Each module has `add_arguments(parser)` and `run(args) -> int`.

Modules are imported only when their command is used, so `helder` starts fast.
"""

from __future__ import annotations

# name -> (module, one-line help). Add a command by adding a module and a line here.
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("reader.cli.parse_cmd", "parse a newsletter file and print its items"),
    "add": ("reader.cli.add_cmd", "subscribe to a feed, web page, issue, file or folder"),
    "refresh": ("reader.cli.refresh_cmd", "fetch new issues of the sources"),
    "list": ("reader.cli.list_cmd", "list sources, issues, items or the catalogue"),
    "search": ("reader.cli.search_cmd", "search the library"),
    "source": ("reader.cli.source_cmd", "rename, pause, resume or remove a source"),
    "eval": ("reader.cli.eval_cmd", "score the parser against expected-item files"),
    "export": (
        "reader.cli.export_cmd",
        "export items of a newsletter as docx, html, txt, pdf or wav",
    ),
    "speak": ("reader.cli.speak_cmd", "write items as speech to a WAV, MP3 or Opus file"),
    "voices": ("reader.cli.voices_cmd", "list, install or remove Piper voices"),
}
