"""A TCP relay on 127.0.0.1 that can cut a connection after the server has sent N bytes.

It passes the TLS bytes through untouched, so the client still talks to the real server
and checks its certificate; only the connection dies, as on a flaky network.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.core.mail.dovecot import free_port


class CuttingProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_after: int | None = None  # bytes from the server, per connection
        self.port = free_port()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            limit = self.cut_after
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, limit), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(16384)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()
