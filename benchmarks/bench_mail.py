"""Mail figure: refreshing a 5,000-message folder in which 5 messages are new (goal < 5 s).

Runs a real Dovecot on 127.0.0.1 with its own configuration in a temporary folder (as the
tests do), a keyring in that folder and the test certificate trusted explicitly.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MESSAGES = 5000
NEW = 5


def main() -> None:
    if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
        print("mail refresh: skipped, dovecot-imapd is not installed (make setup installs it)")
        return
    import keyring

    from reader.core.library.store import Library
    from reader.core.mail.accounts import set_password
    from reader.core.net.refresh import refresh_source
    from tests.core.mail.dovecot import Dovecot
    from tests.core.mail.keyring_file import FileKeyring
    from tests.core.mail.messages import tiny

    work = Path(tempfile.mkdtemp(prefix="helder-bench-mail-"))
    server = Dovecot()
    try:
        os.environ["SSL_CERT_FILE"] = str(server.cert.cert)
        keyring.set_keyring(FileKeyring(work / "keyring.json"))
        server.start()
        for n in range(MESSAGES - NEW):
            server.deliver(tiny(n))
        library = Library(work / "library.sqlite3")
        set_password(f"{server.user}@127.0.0.1", server.password)
        sid = library.writer.add_source(
            "Bench", f"imaps://{server.user}@127.0.0.1:{server.imaps_port}/INBOX", "mail")
        started = time.perf_counter()
        first = refresh_source(library, sid)
        first_s = time.perf_counter() - started
        for n in range(MESSAGES - NEW, MESSAGES):
            server.deliver(tiny(n))
        started = time.perf_counter()
        again = refresh_source(library, sid)
        again_s = time.perf_counter() - started
        if first.error is not None or again.error is not None:
            raise SystemExit(f"mail refresh failed: {first.message()}; {again.message()}")
        print(f"mail refresh: first look at {MESSAGES - NEW} messages {first_s:.2f} s "
              f"({first.new} newest stored); {MESSAGES} messages with {again.new} new "
              f"{again_s:.2f} s (goal < 5 s)")
        library.close()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
