#!/usr/bin/env python3
"""A minimal TAXII 2.1 server that is not Hoggar, for Hoggar's interoperability tests.

Written from the OASIS TAXII 2.1 specification (OS, 10 June 2021), standard library
only, everything in memory. One API root (/api1/) with three collections: one the
user may read and write, one read-only, one with no access.

    python3 fake_taxii_server.py --port 0 --user u --password p [--token T]
        [--max-content-length N] [--pending-ms MS] [--exit-with-parent]

prints `READY <port>` on stdout once it listens."""
import argparse
import base64
import binascii
import hmac
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from fake_taxii_store import BadRequest, Collection, Store, parse_filters

TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1"
API_ROOT = "api1"
# Fixed ids so the test launcher knows them without asking (the no-access one is not listed).
READ_WRITE_ID = "4f1e8a52-3c07-4b9e-9d61-2a5c8e7f0b13"
READ_ONLY_ID = "a83d5c10-6e2f-4d7a-b1c9-5f0e3a2d8c47"
NO_ACCESS_ID = "d2b7f9e4-1a6c-4e58-8f30-9c4b7a1e6d25"
SEED_IDENTITY = {
    "type": "identity", "spec_version": "2.1", "id": "identity--6c1f0a9e-3b7d-4f25-a8e4-0d9b2c5e7f13",
    "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
    "name": "Interop fake TAXII server", "identity_class": "system",
}
DRAIN_LIMIT = 16 * 1024 * 1024


class TaxiiError(Exception):
    def __init__(self, status, title, description, headers=None):
        super().__init__(description)
        self.status, self.title, self.description, self.headers = status, title, description, headers or {}


def media_type(value):
    """(essence, parameters) of a media type, lower-cased."""
    head, *rest = (value or "").split(";")
    params = {}
    for part in rest:
        name, _, raw = part.partition("=")
        params[name.strip().lower()] = raw.strip().strip('"')
    return head.strip().lower(), params


def acceptable(accept):
    """Whether an Accept header admits TAXII 2.1 JSON, the only thing this server writes."""
    if not accept:
        return True  # HTTP: no Accept header means any type
    for item in accept.split(","):
        essence, params = media_type(item)
        if essence in ("*/*", "application/*"):
            return True
        if essence == "application/taxii+json" and params.get("version", "2.1") == "2.1":
            return True
    return False


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeTaxii/1.0"

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def log_message(self, *args):
        if self.server.config.verbose:
            super().log_message(*args)

    def dispatch(self, method):
        self.unread = self.declared_length()
        try:
            self.authenticate()
            if not acceptable(self.headers.get("Accept")):
                raise TaxiiError(406, "Not Acceptable", "this server only produces %s" % TAXII_MEDIA_TYPE)
            url = urlsplit(self.path)
            if not url.path.endswith("/"):
                raise TaxiiError(404, "Not Found", "TAXII URLs end with a slash")
            segments = [unquote(s) for s in url.path.strip("/").split("/")]
            params = {}
            for key, value in parse_qsl(url.query, keep_blank_values=True):
                params[key] = "%s,%s" % (params[key], value) if key in params else value
            status, body, headers = self.route(method, segments, params)
            self.reply(status, body, headers)
        except TaxiiError as error:
            body = {"title": error.title, "description": error.description, "http_status": str(error.status)}
            self.reply(error.status, body, error.headers)
        except BadRequest as error:
            self.reply(400, {"title": "Bad Request", "description": str(error), "http_status": "400"})

    def declared_length(self):
        try:
            return max(int(self.headers.get("Content-Length") or 0), 0)
        except ValueError:
            return 0

    def authenticate(self):
        config = self.server.config
        scheme, _, credentials = (self.headers.get("Authorization") or "").partition(" ")
        granted = False
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(credentials.strip(), validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeError, ValueError):
                user, password = "", ""
            granted = hmac.compare_digest(user.encode(), config.user.encode()) and \
                hmac.compare_digest(password.encode(), config.password.encode())
        elif scheme.lower() == "bearer" and config.token:
            granted = hmac.compare_digest(credentials.strip().encode(), config.token.encode())
        if not granted:
            raise TaxiiError(401, "Unauthorized", "valid credentials are required",
                             {"WWW-Authenticate": 'Basic realm="fake-taxii"'})

    def route(self, method, segments, params):
        store = self.server.store
        if segments == ["taxii2"]:
            return self.only(method, "GET") or (200, self.discovery(), {})
        if not segments or segments[0] != API_ROOT:
            raise TaxiiError(404, "Not Found", "no such API root")
        rest = segments[1:]
        if rest == []:
            return self.only(method, "GET") or (200, self.api_root(), {})
        if len(rest) == 2 and rest[0] == "status":
            self.only(method, "GET")
            status = store.status(rest[1])
            if status is None:
                raise TaxiiError(404, "Not Found", "no such status resource")
            return 200, status, {}
        if rest == ["collections"]:
            self.only(method, "GET")
            visible = [c.info() for c in store.collections.values() if c.can_read or c.can_write]
            return 200, ({"collections": visible} if visible else {}), {}
        if len(rest) < 2 or rest[0] != "collections":
            raise TaxiiError(404, "Not Found", "no such endpoint")
        collection = store.collections.get(rest[1])
        if collection is None:
            raise TaxiiError(404, "Not Found", "no such collection")
        tail = rest[2:]
        if tail == []:
            self.only(method, "GET")
            self.require(collection.can_read or collection.can_write, "this collection")
            return 200, collection.info(), {}
        if tail == ["objects"] and method == "POST":
            return self.add_objects(collection)
        if tail in (["objects"], ["manifest"]):
            self.only(method, "GET")
            self.require(collection.can_read, "reading this collection")
            filters = self.filters(params)
            page, more, token, headers = store.paginate(store.select(collection, filters), filters)
            if tail == ["manifest"]:
                return 200, self.paged("objects", [r.manifest() for r in page], more, token), headers
            return 200, self.paged("objects", [r.obj for r in page], more, token), headers
        if len(tail) in (2, 3) and tail[0] == "objects" and tail[2:] in ([], ["versions"]):
            return self.one_object(method, collection, tail[1], tail[2:] == ["versions"], params)
        raise TaxiiError(404, "Not Found", "no such endpoint")

    def one_object(self, method, collection, object_id, versions, params):
        store = self.server.store
        filters = self.filters(params)
        if object_id not in collection.objects:
            self.require(collection.can_read or collection.can_write, "this collection")
            raise TaxiiError(404, "Not Found", "no such object in this collection")
        if method == "DELETE" and not versions:
            self.require(collection.can_write, "deleting from this collection")
            if not store.delete(collection, object_id, filters):
                raise TaxiiError(404, "Not Found", "no version of this object matches")
            return 200, None, {}
        self.only(method, "GET")
        self.require(collection.can_read, "reading this collection")
        if versions:
            records = store.select(collection, filters, object_id, default_version="all", every_spec=True)
        else:
            records = store.select(collection, filters, object_id)
        page, more, token, headers = store.paginate(records, filters)
        if versions:
            return 200, self.paged("versions", [r.version for r in page], more, token), headers
        if not page and "next" not in filters:
            raise TaxiiError(404, "Not Found", "no version of this object matches")
        return 200, self.paged("objects", [r.obj for r in page], more, token), headers

    def add_objects(self, collection):
        config = self.server.config
        self.require(collection.can_write, "writing to this collection")
        essence, params = media_type(self.headers.get("Content-Type"))
        if essence != "application/taxii+json" or params.get("version", "2.1") != "2.1":
            raise TaxiiError(415, "Unsupported Media Type", "send an envelope as %s" % TAXII_MEDIA_TYPE)
        if self.unread > config.max_content_length:
            raise TaxiiError(413, "Payload Too Large", "the body is larger than max_content_length (%d bytes)"
                             % config.max_content_length)
        raw, self.unread = self.rfile.read(self.unread), 0
        try:
            envelope = json.loads(raw.decode("utf-8"))
        except (UnicodeError, ValueError):
            raise BadRequest("the body is not a JSON document")
        if not isinstance(envelope, dict) or not isinstance(envelope.get("objects", []), list):
            raise BadRequest("the body is not a TAXII envelope")
        status = self.server.store.start_status(collection, envelope.get("objects", []), config.pending_ms / 1000)
        return 202, status, {}

    def filters(self, params):
        wanted = {"added_after", "limit", "next", "match[id]", "match[type]", "match[version]", "match[spec_version]"}
        return parse_filters({k: v for k, v in params.items() if k in wanted})

    @staticmethod
    def paged(key, items, more, token):
        body = {"more": more}
        if token:
            body["next"] = token
        if items:
            body[key] = items
        return body

    @staticmethod
    def only(method, allowed):
        if method != allowed:
            raise TaxiiError(405, "Method Not Allowed", "this endpoint answers %s only" % allowed, {"Allow": allowed})
        return None

    @staticmethod
    def require(granted, what):
        if not granted:
            raise TaxiiError(403, "Forbidden", "you have no right to %s" % what)

    def base_url(self):
        return "http://%s" % (self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_address[1])

    def discovery(self):
        root = "%s/%s/" % (self.base_url(), API_ROOT)
        return {"title": "Interop fake TAXII server", "description": "Not Hoggar: a spec-following test peer",
                "contact": "hoggar interop tests", "default": root, "api_roots": [root]}

    def api_root(self):
        return {"title": "Interop API root", "versions": [TAXII_MEDIA_TYPE],
                "max_content_length": self.server.config.max_content_length}

    def reply(self, status, body, headers=None):
        if self.unread:
            # Drain what the client sent so it reads our answer instead of a reset.
            if self.unread <= DRAIN_LIMIT:
                self.rfile.read(self.unread)
            else:
                self.close_connection = True
            self.unread = 0
        data = b"" if body is None else json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", TAXII_MEDIA_TYPE)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--token", default="", help="also accept this Bearer token")
    parser.add_argument("--max-content-length", type=int, default=10 * 1024 * 1024)
    parser.add_argument("--pending-ms", type=int, default=0, help="store envelopes after this pause (status pending)")
    parser.add_argument("--exit-with-parent", action="store_true", help="exit when stdin closes")
    parser.add_argument("--verbose", action="store_true")
    config = parser.parse_args()

    server = ThreadingHTTPServer((config.host, config.port), Handler)
    server.daemon_threads = True
    server.config = config
    server.store = Store([
        Collection(READ_WRITE_ID, "Read-write", True, True),
        Collection(READ_ONLY_ID, "Read-only", True, False),
        Collection(NO_ACCESS_ID, "No access", False, False),
    ])
    server.store.add(server.store.collections[READ_ONLY_ID], SEED_IDENTITY)
    if config.exit_with_parent:
        threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    print("READY %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
