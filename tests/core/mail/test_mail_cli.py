"""`helder add imaps://...`, `helder refresh` and `helder export --mail-to` in subprocesses,
against Dovecot and aiosmtpd; no password in any file Helder writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.mail.certs import SelfSigned
from tests.core.mail.dovecot import Dovecot
from tests.core.mail.keyring_file import FileKeyring
from tests.core.mail.messages import newsletter
from tests.core.mail.smtp_server import SmtpServer

REPO = Path(__file__).resolve().parents[3]


def helder(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO, check=False, input=stdin)


def files_with(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_add_refresh_and_mail_a_briefing(dovecot: Dovecot, trusted: SelfSigned,
                                         test_keyring: FileKeyring, tmp_path: Path) -> None:
    home = tmp_path / "home"
    for n in range(1, 3):
        dovecot.deliver(newsletter(n))
    dovecot.deliver(newsletter(9, sender="reclame@winkel.example", subject="Aanbieding"))
    address = f"imaps://{dovecot.user}@127.0.0.1:{dovecot.imaps_port}/INBOX"
    added = helder(home, "add", address, "--from", "nieuwsbrief@vng.nl", "--json",
                   stdin=dovecot.password + "\n")
    assert added.returncode == 0, added.stderr
    data = json.loads(added.stdout)
    assert data["new"] == 2
    assert data["source"]["kind"] == "mail"
    assert "from=nieuwsbrief%40vng.nl" in data["source"]["address"]
    assert "Password for jan@127.0.0.1" in added.stderr  # asked once ...
    assert test_keyring.get_password("Helder mail", "jan@127.0.0.1") == dovecot.password

    dovecot.deliver(newsletter(3))
    refreshed = helder(home, "refresh", "--json")  # ... then read from the keyring
    assert refreshed.returncode == 0, refreshed.stderr
    assert json.loads(refreshed.stdout)["new_issues"] == 1
    assert "Password" not in refreshed.stderr

    source_id = json.loads(helder(home, "list", "--json").stdout)[0]["id"]
    issues = json.loads(helder(home, "list", str(source_id), "--json").stdout)
    newest = next(i for i in issues if i["title"] == "VNG Nieuwsbrief 3")
    smtp = SmtpServer(trusted, dovecot.user, dovecot.password).start()
    try:
        sent = helder(home, "export", str(newest["id"]), "--items", "1,3", "--format", "docx,pdf",
                      "--mail-to", "wethouder@gemeente.nl",
                      "--smtp", f"smtp://jan@127.0.0.1:{smtp.port}?from=jan@gemeente.nl",
                      "--yes")
        assert sent.returncode == 0, sent.stderr
        assert "sent to wethouder@gemeente.nl" in sent.stdout
        msg, = smtp.messages()
        assert msg["Content-Language"] == "nl"
        assert sorted(p.get_filename() for p in msg.iter_attachments()) == [
            "vng-nieuwsbrief-3.docx", "vng-nieuwsbrief-3.pdf"]
        body = msg.get_body(("plain",)).get_content()
        assert "1. Bericht 3.1: gemeenten en zorg" in body
        assert "2. Bericht 3.3: gemeenten en wonen" in body
    finally:
        smtp.stop()
    listed = json.loads(helder(home, "list", "--json").stdout)
    assert sorted(s["name"] for s in listed) == ["Verzonden briefings",
                                                  "nieuwsbrief@vng.nl (INBOX)"]
    # No password in the data, config, cache or log folders Helder wrote.
    assert {p.name for p in home.iterdir()} >= {"data", "config"}
    assert files_with(home, dovecot.password) == []


def test_wrong_password_on_the_command_line(dovecot: Dovecot, trusted: SelfSigned,
                                            test_keyring: FileKeyring, tmp_path: Path) -> None:
    address = f"imaps://{dovecot.user}@127.0.0.1:{dovecot.imaps_port}/INBOX"
    failed = helder(tmp_path / "home", "add", address, stdin="fout\n")
    assert failed.returncode == 2
    assert ("login to the mail server failed; check the user name and password: "
            "jan@127.0.0.1") in failed.stderr
    assert test_keyring.get_password("Helder mail", "jan@127.0.0.1") is None
