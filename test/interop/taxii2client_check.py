"""
Drives a running Hoggar node with the OASIS reference client, taxii2-client (2.x, its
v21 API), exactly as published: every call below is the client's own public API.

Arguments: BASE_URL ADMIN PASSWORD TOKEN OTHER_USER OTHER_PASSWORD PRIVATE_COLLECTION_ID
SMALL_API_ROOT_URL. OTHER_USER belongs to another member and holds no right on the private
collection; SMALL_API_ROOT_URL is the same node served with a max_content_length of 1024.
Prints PASS/FAIL per check and exits non-zero if any failed.
"""
import sys, uuid, datetime
import requests
from taxii2client.v21 import Server, ApiRoot, Collection
from taxii2client.common import TokenAuth

url, user, password, token, other_user, other_password, private_collection, small_root = sys.argv[1:9]
results = []
def check(name, cond, detail=""):
    results.append((name, bool(cond)))
    print(("PASS " if cond else "FAIL ") + name + (" — " + str(detail) if detail and not cond else ""))

def status_of(fn):
    try:
        fn(); return 200
    except requests.exceptions.HTTPError as e:
        return e.response.status_code

now = datetime.datetime.utcnow()
def ident(name, modified=None):
    ts = (modified or now).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return {"type": "identity", "spec_version": "2.1", "id": "identity--" + str(uuid.uuid4()), "created": ts, "modified": ts, "name": name, "identity_class": "organization"}

server = Server(url + "/taxii2/", user=user, password=password)
check("discovery: title", server.title)
check("discovery: api_roots", len(server.api_roots) >= 1, server.api_roots)
check("discovery: default API root is one of api_roots", server.default is not None and server.default in server.api_roots)
root = server.default or server.api_roots[0]
check("api root: versions", "application/taxii+json;version=2.1" in root.versions, root.versions)
check("api root: max_content_length", root.max_content_length > 0)
cols = root.collections
check("collections listed", len(cols) >= 1)
col = [c for c in cols if c.can_write][0]
check("collection: can_read/can_write", col.can_read and col.can_write)
col2 = Collection(col.url, user=user, password=password)
check("collection: refresh by url", col2.id == col.id)

# add objects, status
objs = [ident("Org %d" % i) for i in range(25)]
status = col.add_objects({"objects": objs})
check("add_objects: complete", status.status == "complete" and status.success_count == 25, status._raw)
again = root.get_status(status.id)
check("get_status", again.success_count == 25 and again.total_count == 25)
bad = col.add_objects({"objects": [ident("ok"), {"type": "identity", "id": "nope"}]})
check("add_objects: partial failure reported", bad.success_count == 1 and bad.failure_count == 1 and len(bad.failures) == 1, bad._raw)

# versions of one object
v1 = ident("Versioned", now - datetime.timedelta(days=2))
v2 = dict(v1, name="Versioned v2", modified=(now - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")
v3 = dict(v1, name="Versioned v3", modified=now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")
col.add_objects({"objects": [v1, v2, v3]})
vers = col.object_versions(v1["id"])
check("object_versions: three", len(vers.get("versions", [])) == 3, vers)
got = col.get_object(v1["id"])
check("get_object: latest by default", [o["name"] for o in got["objects"]] == ["Versioned v3"], got)
check("get_object: version=first", [o["name"] for o in col.get_object(v1["id"], version="first")["objects"]] == ["Versioned"])
check("get_object: version=all", len(col.get_object(v1["id"], version="all")["objects"]) == 3)
check("get_object: version=timestamp", [o["name"] for o in col.get_object(v1["id"], version=v2["modified"])["objects"]] == ["Versioned v2"])

# filters and pagination
page = col.get_objects(type="identity", limit=10)
check("get_objects: limit + more + next", len(page["objects"]) == 10 and page.get("more") is True and page.get("next"), {k: v for k, v in page.items() if k != "objects"})
seen, nxt, pages = [], None, 0
while True:
    p = col.get_objects(limit=7, **({"next": nxt} if nxt else {}))
    seen += [o["id"] for o in p.get("objects", [])]; pages += 1
    if not p.get("more"): break
    nxt = p["next"]
check("pagination: every object once", len(seen) == len(set(seen)) and set(o["id"] for o in objs) <= set(seen), (len(seen), pages))
check("get_objects: match[id]", [o["id"] for o in col.get_objects(id=objs[3]["id"])["objects"]] == [objs[3]["id"]])
check("get_objects: several ids", len(col.get_objects(id=[objs[3]["id"], objs[4]["id"]])["objects"]) == 2)
check("get_objects: spec_version", len(col.get_objects(spec_version="2.1", limit=5)["objects"]) == 5)
check("get_objects: type with no match", "objects" not in col.get_objects(type="malware") or col.get_objects(type="malware")["objects"] == [])
check("get_objects: added_after in the future", col.get_objects(added_after=now + datetime.timedelta(days=1)).get("objects", []) == [])
check("get_objects: added_after datetime", len(col.get_objects(added_after=now - datetime.timedelta(days=1), limit=3)["objects"]) == 3)
man = col.get_manifest(limit=5)
check("get_manifest", len(man["objects"]) == 5 and all("id" in m and "version" in m and "date_added" in m for m in man["objects"]), man)
check("get_manifest: id filter", [m["id"] for m in col.get_manifest(id=objs[0]["id"])["objects"]] == [objs[0]["id"]])

# delete
col.delete_object(objs[0]["id"])
check("delete_object then 404", status_of(lambda: col.get_object(objs[0]["id"])) == 404)
col.delete_object(v1["id"], version=v3["modified"])
check("delete one version", [o["name"] for o in col.get_object(v1["id"])["objects"]] == ["Versioned v2"])

# token auth
tok_col = Collection(col.url, auth=TokenAuth(token))
check("TokenAuth ('Token' scheme)", tok_col.id == col.id)

# error statuses
check("401 wrong password", status_of(lambda: Server(url + "/taxii2/", user=user, password="wrong").title) == 401)
check("401 no credentials", status_of(lambda: Server(url + "/taxii2/").title) == 401)
other = Collection(root.url + "collections/" + private_collection + "/", user=other_user, password=other_password)
code = status_of(lambda: other.id)
check("403 without the collection right", code == 403, code)
shared = Collection(col.url, user=other_user, password=other_password)
check("another member reads the shared collection", shared.id == col.id)
check("404 unknown object", status_of(lambda: col.get_object("identity--" + str(uuid.uuid4()))) == 404)
check("404 unknown collection", status_of(lambda: Collection(root.url + "collections/" + str(uuid.uuid4()) + "/", user=user, password=password).id) == 404)
check("404 unknown status", status_of(lambda: root.get_status(str(uuid.uuid4()))) == 404)
check("406 unacceptable Accept", status_of(lambda: col.get_objects(accept="application/json")) == 406)
check("415 wrong Content-Type", status_of(lambda: col.add_objects({"objects": [ident("x")]}, content_type="application/json")) == 415)
small = ApiRoot(small_root, user=user, password=password)
scol = [c for c in small.collections if c.can_write][0]
check("413 over max_content_length", status_of(lambda: scol.add_objects({"objects": [ident("y" * 2000)]})) == 413)
check("400 bad filter", status_of(lambda: col.get_objects(limit=1, added_after="yesterday")) == 400)

failed = [n for n, ok in results if not ok]
print("%d/%d passed" % (len(results) - len(failed), len(results)))
sys.exit(1 if failed else 0)
