"""A small threaded TCP proxy a test can drop and restore: a desk reaches the server
through it, and "the network goes away" is :meth:`TcpProxy.drop` (every open connection
is cut and new ones are refused) until :meth:`TcpProxy.restore`.  The port stays the
same, so the desk's URL does not change.

Usable in-process (``with TcpProxy(host, port) as proxy``) or as its own process:
``python -m tests.integration.tcp_proxy --target HOST:PORT --control FILE`` listens, prints
its port, and drops/restores when the control file says ``down``/``up``.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import threading
import time
from pathlib import Path
from types import TracebackType


class TcpProxy:
    """Forward ``127.0.0.1:port`` to ``target``; :meth:`drop` and :meth:`restore`."""

    def __init__(self, target_host: str, target_port: int, port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.port = port
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._up = False
        self.connections = 0  # accepted so far (tests may check the desk used the proxy)

    # ------------------------------------------------------------------ control

    def start(self) -> TcpProxy:
        """Listen (on a free port the first time) and start forwarding."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
            self._up = True
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def drop(self) -> None:
        """Refuse new connections and cut every open one."""
        with self._lock:
            self._up = False
            listener, self._listener = self._listener, None
            open_sockets, self._sockets = self._sockets, set()
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.close()
        for sock in open_sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def restore(self) -> None:
        """Listen again on the same port."""
        if not self._up:
            self.start()

    @property
    def up(self) -> bool:
        """Whether the proxy forwards now."""
        return self._up

    def close(self) -> None:
        """Stop for good."""
        self.drop()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ forwarding

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # dropped
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            for sock in (client, upstream):  # forward each write at once, as libpq does
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if not self._up:
                    client.close()
                    upstream.close()
                    continue
                self._sockets.update((client, upstream))
                self.connections += 1
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(sink)
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()


def main() -> None:
    """Run a proxy in its own process, controlled through a file (``up``/``down``)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--control", required=True, type=Path)
    args = parser.parse_args()
    host, _, port = args.target.rpartition(":")
    proxy = TcpProxy(host, int(port)).start()
    print(proxy.port, flush=True)
    while True:
        wanted = args.control.read_text().strip() if args.control.exists() else "up"
        if wanted == "down" and proxy.up:
            proxy.drop()
        elif wanted == "up" and not proxy.up:
            proxy.restore()
        elif wanted == "quit":
            proxy.close()
            return
        time.sleep(0.05)


if __name__ == "__main__":
    main()
