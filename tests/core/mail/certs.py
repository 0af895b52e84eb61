"""A self-signed certificate for 127.0.0.1 and localhost, made with openssl for one test run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class SelfSigned:
    """cert.pem and key.pem in `folder`; tests trust `cert` explicitly (SSL_CERT_FILE)."""

    def __init__(self, folder: Path, name: str = "localhost") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.cert = folder / "cert.pem"
        self.key = folder / "key.pem"
        openssl = shutil.which("openssl") or "/usr/bin/openssl"
        subprocess.run(
            [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(self.key), "-out", str(self.cert), "-subj", f"/CN={name}",
             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
            check=True, capture_output=True, timeout=60,
        )
        self.key.chmod(0o644)  # read by Dovecot's config process after dropping privileges
