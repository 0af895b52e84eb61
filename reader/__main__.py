"""Entry point: `helder [PATH]` opens the reader; `helder COMMAND ...` runs a command."""

from __future__ import annotations

import argparse
import importlib
import sys

from reader.cli import COMMANDS


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl+C so clean-up code (temporary files) runs on the way out."""


def _interrupt_on_sigterm() -> object:
    """Turn SIGTERM into _Terminated; return the handler it replaced (None off the main thread)."""
    import signal

    def terminate(_signum: int, _frame: object) -> None:
        raise _Terminated

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (a test calling main): leave it as it is
        return None


def _run_command(name: str, argv: list[str]) -> int:
    from reader.core.errors import ReaderError

    module_name, help_text = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"helder {name}", description=help_text)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    previous = _interrupt_on_sigterm()
    try:
        return int(module.run(args))
    except ReaderError as exc:
        print(f"helder {name}: {exc.one_line()}", file=sys.stderr)
        return 2
    except _Terminated:
        return 143
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]


def _gui_parser() -> argparse.ArgumentParser:
    epilog = "commands:\n" + "\n".join(f"  {n:10} {h}" for n, (_, h) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="helder",
        description="Helder: an accessible newsletter reader.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", help="a newsletter file to open")
    from reader import __version__

    parser.add_argument("--version", action="version", version=f"helder {__version__}")
    from reader.core.prefs.settings import add_display_arguments

    add_display_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run Helder with command-line arguments."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--speech-child":  # the speech engine's own process
        from reader.core.speech.engines.child import main as speech_child

        return speech_child(argv[1:])
    if argv and argv[0] in COMMANDS:
        return _run_command(argv[0], argv[1:])
    parser = _gui_parser()
    args, qt_args = parser.parse_known_args(argv)
    from reader.ui.app import run_app

    return run_app(args, qt_args)


if __name__ == "__main__":
    sys.exit(main())
