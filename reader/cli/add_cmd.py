"""`helder add ADDRESS [--name NAME] [--json]`: subscribe to a feed, page, issue, file or folder."""

from __future__ import annotations

import argparse

from reader.cli.library_common import error_json, open_library, print_json, source_json
from reader.core.library.catalogue import catalog_entry, switch_on
from reader.core.net.subscribe import add_source


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of `add`."""
    parser.add_argument(
        "address",
        help="web address (feed, page, issue), file, folder, or a catalogue key "
        "(see `helder list --catalogue`)",
    )
    parser.add_argument("--name", help="name for the source (default: its title)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    from reader.cli.mail_cli import add_mail_arguments

    add_mail_arguments(parser)


def run(args: argparse.Namespace) -> int:
    """Add the source and store its first issues."""
    library = open_library()
    try:
        if catalog_entry(args.address) is not None:
            source = switch_on(library, args.address)
            if args.name:
                library.writer.rename_source(source.id, args.name)
                source = library.find_source(str(source.id)) or source
            if args.json:
                print_json({"source": source_json(source), "new": 0, "error": None})
            else:
                print(f"added {source.name} ({source.kind}); `helder refresh` fetches it")
            return 0
        password = None
        from reader.core.mail.accounts import is_mail_address

        if is_mail_address(args.address):  # the password is asked once, then in the keyring
            from reader.cli.mail_cli import ask_password, mailbox_from_args

            mailbox = mailbox_from_args(args)
            args.address = mailbox.address()
            password = ask_password(mailbox.account_key)
        added = add_source(library, args.address, name=args.name, password=password)
        first = added.first_refresh
        if args.json:
            print_json({"source": source_json(added.source), "new": first.new,
                        "error": error_json(first.error)})
        else:
            print(f"added {added.source.name} ({added.source.kind}): {first.new} new issues")
            if first.error is not None:
                print(f"  {first.message()}")
        return 0 if first.error is None else 1
    finally:
        library.close()
