"""A real SMTP submission server on 127.0.0.1 (aiosmtpd): STARTTLS or TLS, AUTH required."""

from __future__ import annotations

import ssl
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.core.mail.certs import SelfSigned
from tests.core.mail.dovecot import free_port


class _Handler:
    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


class SmtpServer:
    def __init__(self, cert: SelfSigned, user: str, password: str, *,
                 implicit_tls: bool = False) -> None:
        self.user, self.password = user, password
        self.handler = _Handler()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(cert.cert), str(cert.key))
        self.port = free_port()
        self.logins: list[tuple[str, bool]] = []
        self.controller = self._controller(context, implicit_tls)

    def _controller(self, context: ssl.SSLContext, implicit_tls: bool) -> Controller:
        tls: dict[str, Any] = ({"server_hostname": "127.0.0.1", "ssl_context": context}
                               if implicit_tls else
                               {"tls_context": context, "require_starttls": True})
        return Controller(
            self.handler, hostname="127.0.0.1", port=self.port, authenticator=self._auth,
            # With TLS from the first byte aiosmtpd does not see the TLS; the socket is one.
            auth_require_tls=not implicit_tls, auth_required=True, **tls)

    def _auth(self, server: Any, session: Any, envelope: Any, mechanism: str,
              data: Any) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and data.login.decode() == self.user
              and data.password.decode() == self.password)
        self.logins.append((data.login.decode() if isinstance(data, LoginPassword) else "", ok))
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def messages(self) -> list[EmailMessage]:
        return [BytesParser(policy=policy.default).parsebytes(raw)  # type: ignore[misc]
                for _, _, raw in self.handler.received]
