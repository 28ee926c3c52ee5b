#!/usr/bin/env python3
"""Serve a static folder on 127.0.0.1 only, with the right type for .wasm,
gzipped when the browser accepts it, as a real static host does.

usage: serve.py DIR [PORT]
"""
import functools
import gzip
import http.server
import os
import sys

# Text and wasm compress well; images are compressed already.
COMPRESSIBLE = {".html", ".js", ".wasm", ".json", ".webmanifest", ".svg", ".css", ".txt", ""}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript",
                      ".webmanifest": "application/manifest+json", ".otf": "font/otf"}
    gzipped = {}  # path -> (mtime, size, compressed bytes): each file is compressed once

    def end_headers(self):
        # The service worker handles offline use; the server always revalidates.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or not os.path.isfile(path) or os.path.splitext(path)[1] not in COMPRESSIBLE:
            return super().send_head()
        if os.path.isdir(self.translate_path(self.path)) and not self.path.split("?")[0].endswith("/"):
            return super().send_head()  # the folder's redirect to "DIR/"
        st = os.stat(path)
        cached = self.gzipped.get(path)
        if not cached or cached[:2] != (st.st_mtime_ns, st.st_size):
            with open(path, "rb") as f:
                cached = (st.st_mtime_ns, st.st_size, gzip.compress(f.read(), compresslevel=9, mtime=0))
            self.gzipped[path] = cached
        body = cached[2]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(st.st_mtime))
        self.end_headers()
        return _Bytes(body)

    def log_message(self, fmt, *args):
        pass


class _Bytes:
    """What send_head returns for do_GET to copy (do_HEAD only closes it)."""

    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = (self.data, b"") if n < 0 else (self.data[:n], self.data[n:])
        return out

    def close(self):
        pass


def main():
    root = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 8080
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"AI upskilling planner: http://127.0.0.1:{port}/", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
