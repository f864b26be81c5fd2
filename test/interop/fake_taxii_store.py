"""In-memory store of the interop fake TAXII 2.1 server: collections, object versions
with the server's own date_added (microseconds, strictly increasing), the filters of
TAXII 2.1 section 3.5, opaque pagination tokens and status resources.

Written from the OASIS TAXII 2.1 specification for Hoggar's interoperability tests;
standard library only."""
import base64
import binascii
import calendar
import datetime
import re
import threading
import time
import uuid

STIX_MEDIA_TYPE = "application/stix+json;version=2.1"
DEFAULT_PAGE = 100
MAX_PAGE = 1000

TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$")
TYPE_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
UUID_4_OR_5 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
SPEC_VERSION = re.compile(r"^\d+\.\d+$")
# STIX 2.1 cyber-observable types: no created/modified, spec_version optional.
SCO_TYPES = {
    "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message",
    "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process",
    "software", "url", "user-account", "windows-registry-key", "x509-certificate",
}


class BadRequest(Exception):
    """A filter or body the server cannot accept (answered 400)."""


def to_micros(value):
    """Microseconds since the epoch of a STIX/TAXII timestamp, or None."""
    match = TIMESTAMP.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day, hour, minute, second, fraction = match.groups()
    try:  # datetime() rejects month 13, 30 February, hour 24...
        datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), min(int(second), 59))
    except ValueError:
        return None
    seconds = calendar.timegm((int(year), int(month), int(day), int(hour), int(minute), int(second), 0, 0, 0))
    return seconds * 1_000_000 + int((fraction or "").ljust(6, "0")[:6])


def format_micros(micros):
    seconds, fraction = divmod(micros, 1_000_000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + ".%06dZ" % fraction


def invalid_reason(obj):
    """Why `obj` cannot be stored as a STIX 2.1 object, or None when it can."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    kind, oid = obj.get("type"), obj.get("id")
    if not isinstance(kind, str) or not 3 <= len(kind) <= 250 or not TYPE_NAME.match(kind):
        return "type is missing or not a valid STIX type name"
    if not isinstance(oid, str) or not oid.startswith(kind + "--") or not UUID_4_OR_5.match(oid[len(kind) + 2:]):
        return "id is not a STIX identifier of type '%s'" % kind
    observable = kind in SCO_TYPES
    spec = obj.get("spec_version")
    if spec is None and not observable:
        return "spec_version is required"
    if spec is not None and spec != "2.1":
        return "spec_version must be '2.1'"
    for prop in ("created", "modified"):
        if prop in obj and to_micros(obj[prop]) is None:
            return "%s is not an RFC 3339 UTC timestamp" % prop
    if not observable:
        if "created" not in obj:
            return "created is required"
        if kind != "marking-definition":
            if "modified" not in obj:
                return "modified is required"
            if to_micros(obj["modified"]) < to_micros(obj["created"]):
                return "modified is earlier than created"
    return None


def spec_key(spec):
    return tuple(int(part) for part in spec.split("."))


class Record:
    """One stored version of an object."""
    __slots__ = ("obj", "added", "version", "vkey", "spec")

    def __init__(self, obj, added):
        self.obj = obj
        self.added = added
        # TAXII's version of an object: modified, else created, else when we added it.
        self.version = obj.get("modified") or obj.get("created") or format_micros(added)
        self.vkey = to_micros(self.version)
        self.spec = obj.get("spec_version", "2.1")

    def manifest(self):
        return {"id": self.obj["id"], "date_added": format_micros(self.added),
                "version": self.version, "media_type": STIX_MEDIA_TYPE}


class Collection:
    def __init__(self, cid, title, can_read, can_write):
        self.id, self.title, self.can_read, self.can_write = cid, title, can_read, can_write
        self.objects = {}  # id -> [Record]

    def info(self):
        return {"id": self.id, "title": self.title, "description": "%s collection of the interop fake" % self.title,
                "can_read": self.can_read, "can_write": self.can_write, "media_types": [STIX_MEDIA_TYPE]}


def encode_next(added):
    return base64.urlsafe_b64encode(("after:%d" % added).encode()).decode()


def decode_next(token):
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError):
        raise BadRequest("next is not a token this server issued")
    if not text.startswith("after:") or not text[6:].isdigit():
        raise BadRequest("next is not a token this server issued")
    return int(text[6:])


def parse_filters(params):
    """Validates the URL filters of spec 3.5; raises BadRequest on a malformed value."""
    filters = {}
    for key, value in params.items():
        if key == "added_after":
            filters[key] = to_micros(value)
            if filters[key] is None:
                raise BadRequest("added_after must be an RFC 3339 UTC timestamp")
        elif key == "limit":
            if not value.isdigit() or int(value) < 1:
                raise BadRequest("limit must be a positive integer")
            filters[key] = min(int(value), MAX_PAGE)
        elif key == "next":
            filters[key] = decode_next(value)
        elif key in ("match[id]", "match[type]", "match[version]", "match[spec_version]"):
            items = value.split(",")
            if any(item == "" for item in items):
                raise BadRequest("%s has an empty value" % key)
            if key == "match[version]":
                items = [item if item in ("first", "last", "all") else to_micros(item) for item in items]
                if None in items:
                    raise BadRequest("match[version] takes first, last, all or timestamps")
            if key == "match[spec_version]" and not all(SPEC_VERSION.match(item) for item in items):
                raise BadRequest("match[spec_version] takes versions such as 2.1")
            filters[key] = items
    return filters


def pick_versions(records, wanted):
    ordered = sorted(records, key=lambda r: r.vkey)
    chosen = {}
    for want in wanted:
        if want == "all":
            picked = ordered
        elif want == "first":
            picked = ordered[:1]
        elif want == "last":
            picked = ordered[-1:]
        else:
            picked = [r for r in ordered if r.vkey == want]
        for record in picked:
            chosen[id(record)] = record
    return list(chosen.values())


class Store:
    def __init__(self, collections):
        self.lock = threading.RLock()
        self.collections = {c.id: c for c in collections}
        self.statuses = {}
        self.last_added = 0

    def stamp(self):
        # Strictly increasing: two versions never share a date_added, so `next` is exact.
        self.last_added = max(time.time_ns() // 1000, self.last_added + 1)
        return self.last_added

    def add(self, collection, obj):
        """Stores one object; returns None, or the reason it was refused."""
        reason = invalid_reason(obj)
        if reason:
            return reason
        with self.lock:
            versions = collection.objects.setdefault(obj["id"], [])
            version = to_micros(obj.get("modified") or obj.get("created"))
            for record in versions:
                if record.obj == obj:
                    return None  # the very same version again: nothing to do
                if version is not None and record.vkey == version:
                    return "a different object with this id and version is stored"
            versions.append(Record(obj, self.stamp()))
        return None

    def select(self, collection, filters, object_id=None, default_version="last", every_spec=False):
        """The records matching `filters`, sorted by date_added, before pagination."""
        with self.lock:
            ids = [object_id] if object_id else list(collection.objects)
            selected = []
            for oid in ids:
                records = list(collection.objects.get(oid, []))
                if not records:
                    continue
                if "match[id]" in filters and oid not in filters["match[id]"]:
                    continue
                if "match[type]" in filters and oid.split("--")[0] not in filters["match[type]"]:
                    continue
                specs = filters.get("match[spec_version]")
                if specs:
                    records = [r for r in records if r.spec in specs]
                elif not every_spec:  # spec 3.5: without the filter, the latest spec version only
                    latest = max(spec_key(r.spec) for r in records)
                    records = [r for r in records if spec_key(r.spec) == latest]
                selected.extend(pick_versions(records, filters.get("match[version]", [default_version])))
        after = max(filters.get("added_after", -1), filters.get("next", -1))
        return sorted((r for r in selected if r.added > after), key=lambda r: r.added)

    @staticmethod
    def paginate(records, filters):
        """(page, more, next token or None, date headers)."""
        limit = filters.get("limit", DEFAULT_PAGE)
        page, more = records[:limit], len(records) > limit
        headers = {}
        if page:
            headers["X-TAXII-Date-Added-First"] = format_micros(page[0].added)
            headers["X-TAXII-Date-Added-Last"] = format_micros(page[-1].added)
        return page, more, (encode_next(page[-1].added) if more else None), headers

    def delete(self, collection, object_id, filters):
        """Removes the selected versions; False when nothing matched."""
        with self.lock:
            doomed = {id(r) for r in self.select(collection, filters, object_id, default_version="all", every_spec=True)}
            if not doomed:
                return False
            kept = [r for r in collection.objects[object_id] if id(r) not in doomed]
            if kept:
                collection.objects[object_id] = kept
            else:
                del collection.objects[object_id]
            return True

    def start_status(self, collection, objects, pending_seconds):
        """Creates the status resource of an envelope and stores it, now or after a pause."""
        def detail(obj):
            obj = obj if isinstance(obj, dict) else {}
            oid, version = obj.get("id"), obj.get("modified") or obj.get("created")
            return {"id": oid if isinstance(oid, str) else "", "version": version if isinstance(version, str) else ""}

        status = {"id": str(uuid.uuid4()), "status": "pending", "request_timestamp": format_micros(time.time_ns() // 1000),
                  "total_count": len(objects), "success_count": 0, "successes": [], "failure_count": 0,
                  "failures": [], "pending_count": len(objects), "pendings": [detail(o) for o in objects]}

        def process():
            for obj in objects:
                reason = self.add(collection, obj)
                with self.lock:
                    entry = status["pendings"].pop(0)
                    status["pending_count"] -= 1
                    if reason:
                        status["failures"].append(dict(entry, message=reason))
                        status["failure_count"] += 1
                    else:
                        status["successes"].append(entry)
                        status["success_count"] += 1
            with self.lock:
                status["status"] = "complete"

        with self.lock:
            self.statuses[status["id"]] = status
        if pending_seconds > 0:
            threading.Timer(pending_seconds, process).start()
        else:
            process()
        return self.status(status["id"])

    def status(self, status_id):
        """A consistent copy of a status resource, or None."""
        with self.lock:
            status = self.statuses.get(status_id)
            if status is None:
                return None
            return dict(status, successes=list(status["successes"]), failures=list(status["failures"]),
                        pendings=list(status["pendings"]))
