#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""A scriptable fault proxy for the WebDAV mailbox tests (stdlib only).

Listens on 127.0.0.1 only and forwards every request to --upstream (the tests' DavServer),
except where a rule of the JSON file --rules says otherwise. The file is re-read on every
request, so a test changes faults by rewriting it atomically. Rules, first match wins:
  {"action": "status", "method": "PUT", "path": "regex", "status": 423, "times": 1}
      answer that status without forwarding
  {"action": "drop", "method": "PROPFIND", "path": "regex", "name": "regex", "times": 1}
      forward, then remove each <D:response> whose href matches name from the multistatus
  {"action": "cut", "method": "GET", "path": "regex", "after": 10, "times": 1}
      forward; send the status and headers with the full Content-Length, then `after`
      bytes of the body, then reset the connection
  {"action": "cut", "method": "PUT", "path": "regex", "after": 10, "times": 1}
  {"action": "slow", "method": "PUT", "bytes_per_second": 65536, "times": 1}
      forwards the request body to the server at that pace (to kill the server mid-upload)
      (any method but GET) read `after` bytes of the request body, then reset the
      connection; nothing is forwarded
"method" is a method or "*" (the default); "path" is searched in the request path
(default: any); "times" is how often the rule fires, -1 (the default) forever; a cut takes
"reset": false to close with a FIN instead of a reset. The times a rule fired are kept in
RULES.state, so they survive the re-reads; a changed rule starts again from zero.
Each request is logged as "METHOD PATH STATUS" ("-" when no status was sent). The chosen
port is the first line on stdout. SIGTERM, the end of --lifetime or the death of the
parent process stop it.
"""
import argparse, http.client, json, os, re, signal, socket, struct, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, urlunsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-connection", "proxy-authenticate", "proxy-authorization", "content-length"}
METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PROPFIND", "PROPPATCH",
           "MKCOL", "MOVE", "COPY", "LOCK", "UNLOCK"]
RESPONSE_RE = re.compile(rb"<(\w+:|)response\b.*?</\1response>\s*", re.S)
HREF_RE = re.compile(rb"<(?:\w+:)?href>(.*?)</(?:\w+:)?href>", re.S)

args = None
upstream = None           # urlsplit of --upstream
state_lock = threading.Lock()  # one request at a time reads and counts the rules
log_lock = threading.Lock()


def load_json(path, default):
    try:
        with open(path, "rb") as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


def claim_rule(method, path):
    """The first live rule for this request, counted as fired; or None."""
    state_path = args.rules + ".state"
    with state_lock:
        rules = load_json(args.rules, [])
        fired = load_json(state_path, {})
        for index, rule in enumerate(rules if isinstance(rules, list) else []):
            if rule.get("method", "*") not in ("*", method):
                continue
            if not re.search(rule.get("path", ""), path):
                continue
            # Keyed by the rule's text too: a rewritten rules file starts from zero.
            key = "%d:%s" % (index, json.dumps(rule, sort_keys=True))
            times = int(rule.get("times", -1))
            if times >= 0 and fired.get(key, 0) >= times:
                continue
            fired[key] = fired.get(key, 0) + 1
            temp = state_path + ".tmp"
            with open(temp, "w") as f:
                json.dump(fired, f)
            os.replace(temp, state_path)
            return rule
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection does not hold a thread for long

    def log_message(self, *_):
        pass  # our own log is the only one

    def log_line(self, status):
        with log_lock, open(args.log, "a") as f:
            f.write("%s %s %s\n" % (self.command, self.path, status))
            f.flush()

    def read_body(self, limit=None):
        """The request body, de-chunked; at most `limit` bytes when given."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while limit is None or len(body) < limit:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass  # trailers
                    break
                body += self.rfile.read(size)
                self.rfile.readline()
            return body if limit is None else body[:limit]
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length if limit is None else min(length, limit))

    def abort(self, reset=True):
        """Closes the client's connection at once, with a TCP reset unless told not to."""
        self.close_connection = True
        try:
            self.wfile.flush()
            if reset:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
            else:
                self.connection.shutdown(socket.SHUT_RDWR)
            self.connection.close()
        except OSError:
            pass

    def reply(self, status, reason, headers, body, send_body=True):
        self.log_line(status)  # first: once the client has the answer, the log has it
        self.send_response_only(status, reason)
        for name, value in headers:
            self.send_header(name, value)
        given = any(name.lower() == "content-length" for name, _ in headers)  # HEAD's
        if status >= 200 and status not in (204, 304) and not given:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def handle_any(self):
        path = urlsplit(self.path).path
        rule = claim_rule(self.command, path)
        action = rule.get("action") if rule else None
        if action == "cut" and self.command != "GET":
            self.read_body(int(rule.get("after", 0)))
            self.log_line("-")
            self.abort(rule.get("reset", True))
            return
        body = self.read_body()
        if action == "status":
            status = int(rule.get("status", 500))
            text = b"fault proxy: %d\n" % status
            self.reply(status, None, [("Content-Type", "text/plain")], text)
            return
        pace = int(rule.get("bytes_per_second", 0)) if action == "slow" else 0
        try:
            status, reason, headers, answer = self.forward(body, pace)
        except OSError as error:
            self.reply(502, None, [("Content-Type", "text/plain")], str(error).encode())
            return
        if action == "drop" and status == 207:
            name = rule.get("name", "")
            def keep(match):
                href = HREF_RE.search(match.group(0))
                hit = href and re.search(name, href.group(1).decode("utf-8", "replace"))
                return b"" if hit else match.group(0)
            answer = RESPONSE_RE.sub(keep, answer)
        if action == "cut":  # a GET: the headers promise the whole body, a part arrives
            self.log_line(status)
            self.send_response_only(status, reason)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer[: int(rule.get("after", 0))])
            self.abort(rule.get("reset", True))
            return
        self.reply(status, reason, headers, answer, self.command != "HEAD")

    def forward(self, body, pace=0):
        headers = {}
        for name, value in self.headers.items():
            if name.lower() in HOP_BY_HOP or name.lower() == "host":
                continue
            if name.lower() == "destination":  # MOVE and COPY name the proxy's host
                parts = urlsplit(value)
                value = urlunsplit((upstream.scheme, upstream.netloc) + tuple(parts[2:]))
            headers[name] = value
        headers["Host"] = upstream.netloc
        if body or self.command in ("PUT", "POST"):
            headers["Content-Length"] = str(len(body))
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        try:
            if pace > 0:  # "slow": the body reaches the server at `pace` bytes a second
                connection.putrequest(self.command, self.path, skip_host=True,
                                      skip_accept_encoding=True)
                for name, value in headers.items():
                    connection.putheader(name, value)
                connection.endheaders()
                step = max(1, pace // 20)
                for start in range(0, len(body), step):
                    connection.send(body[start:start + step])
                    time.sleep(0.05)
            else:
                connection.request(self.command, self.path, body=body or None, headers=headers)
            response = connection.getresponse()
            answer = response.read()
            own = "http://%s:%d" % self.server.server_address[:2]
            kept = []
            for name, value in response.getheaders():
                if name.lower() in HOP_BY_HOP | {"date", "server"}:
                    continue
                if name.lower() == "location":
                    value = value.replace("%s://%s" % (upstream.scheme, upstream.netloc), own)
                kept.append((name, value))
            if self.command == "HEAD" and response.getheader("Content-Length"):
                kept.append(("Content-Length", response.getheader("Content-Length")))
            return response.status, response.reason, kept, answer
        finally:
            connection.close()


for _method in METHODS:
    setattr(Handler, "do_" + _method, Handler.handle_any)


def main():
    global args, upstream
    parser = argparse.ArgumentParser(description="WebDAV fault proxy for the tests")
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--lifetime", type=float, default=600)
    args = parser.parse_args()
    upstream = urlsplit(args.upstream)
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(server.server_address[1], flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    parent = os.getppid()
    deadline = time.monotonic() + args.lifetime
    while time.monotonic() < deadline and os.getppid() == parent:
        if stop.wait(min(1.0, max(0.0, deadline - time.monotonic()))):
            break
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
