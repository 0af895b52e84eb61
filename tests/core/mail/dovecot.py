"""A real Dovecot IMAP server on 127.0.0.1 for the tests, with its own configuration.

Nothing of the system's Dovecot is used: the server reads only the file written here (no
/etc/dovecot), keeps its sockets, state and log in its own folder, and knows one user from a
passwd-file. Run as root it drops to the `dovecot`/`dovenull` users the package creates and
serves the mail as `nobody`; run as anyone else it stays that user throughout.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.core.mail.certs import SelfSigned

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dovecot:
    """One Dovecot with one user and a Maildir; `start()` / `stop()`."""

    def __init__(self, user: str = "jan", password: str = "geheim-Wachtwoord-42",
                 cert: SelfSigned | None = None) -> None:
        self.user = user
        self.password = password
        # Not under pytest's tmp_path: that is private to root, and the mail processes run
        # as another user when the tests run as root.
        self.root = Path(tempfile.mkdtemp(prefix="helder-dovecot-"))
        self.root.chmod(0o755)
        self.cert = cert or SelfSigned(self.root / "tls")
        self.maildir = self.root / "home" / user / "Maildir"
        self._proc: subprocess.Popen[bytes] | None = None
        self._counter = 0
        self.imaps_port = free_port()
        self.imap_port = free_port()
        self.config = self.root / "dovecot.conf"
        if os.getuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()

    # -- set-up ------------------------------------------------------------------------------
    def _write_config(self) -> None:
        run = self.root / "run"
        run.mkdir(exist_ok=True)
        (self.root / "state").mkdir(exist_ok=True)
        passwd = self.root / "passwd"
        passwd.write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        own_users = ""
        if os.getuid() != 0:
            import grp
            import pwd

            me = pwd.getpwuid(os.getuid()).pw_name
            group = grp.getgrgid(os.getgid()).gr_name
            own_users = (f"default_internal_user = {me}\ndefault_login_user = {me}\n"
                         f"default_internal_group = {group}\n")
        self.config.write_text(f"""
base_dir = {run}
state_dir = {self.root / "state"}
log_path = {self.root / "dovecot.log"}
protocols = imap
listen = 127.0.0.1
{own_users}
ssl = required
ssl_cert = <{self.cert.cert}
ssl_key = <{self.cert.key}
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
disable_plaintext_auth = yes
auth_failure_delay = 0
first_valid_uid = {min(self.mail_uid, 500)}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.root / "home"}/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Archief {{
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
""")

    def start(self) -> Dovecot:
        """Start the server and wait until it accepts connections."""
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        self._chown(self.root / "home")
        self._write_config()
        self._proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = self._proc.stderr.read().decode() if self._proc.stderr else ""
                raise RuntimeError(f"dovecot did not start: {self.log()}{err}")
            try:
                with socket.create_connection(("127.0.0.1", self.imaps_port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen: {self.log()}")

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
            self._proc = None
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _chown(self, path: Path) -> None:
        if os.getuid() != 0:
            return
        for p in [path, *path.rglob("*")]:
            os.chown(p, self.mail_uid, self.mail_gid)

    # -- mail --------------------------------------------------------------------------------
    def folder_path(self, folder: str = "INBOX") -> Path:
        if folder == "INBOX":
            return self.maildir
        path = self.maildir / ("." + folder.replace("/", "."))
        for sub in ("cur", "new", "tmp"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        self._chown(path)
        return path

    def deliver(self, message: bytes, folder: str = "INBOX", *, seen: bool = False) -> Path:
        """Put a message into a folder as a mail program would find it (unread unless seen)."""
        self._counter += 1
        base = self.folder_path(folder)
        flags = "S" if seen else ""
        name = f"{int(time.time())}.M{self._counter}P{os.getpid()}.helder-test:2,{flags}"
        path = base / "cur" / name
        tmp = base / "tmp" / name
        tmp.write_bytes(message)
        if os.getuid() == 0:
            os.chown(tmp, self.mail_uid, self.mail_gid)
        tmp.rename(path)
        return path

    def set_uidvalidity(self, value: int, folder: str = "INBOX") -> None:
        """Give the folder a new UIDVALIDITY, as a server does after a rebuild."""
        subprocess.run(
            [DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", self.user,
             "--uid-validity", str(value), folder],
            check=True, capture_output=True, timeout=30,
        )
