"""A page loaded in headless Chromium (Debian's /usr/bin/chromium), driven over the DevTools protocol.

Playwright would download a browser build of its own, which this project's machines cannot
fetch; the distribution's Chromium and a small websocket client do the same job: load a page,
collect the console errors and uncaught exceptions, evaluate an expression.
`make chromium` installs the browser where apt-get can.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")
TIMEOUT = 60.0


@dataclass
class PageLoad:
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions, failed loads
    value: object = None  # what the expression evaluated to


def _wait_for_port(profile: Path, proc: subprocess.Popen, deadline: float) -> int:
    port_file = profile / "DevToolsActivePort"
    while time.monotonic() < deadline:
        if port_file.is_file():
            first = port_file.read_text().split("\n")[0].strip()
            if first.isdigit():
                return int(first)
        if proc.poll() is not None:
            raise RuntimeError(f"chromium exited with {proc.returncode}: {proc.stderr.read().decode(errors='replace')[-500:]}")
        time.sleep(0.1)
    raise TimeoutError("chromium did not open its DevTools port")


class _Session:
    def __init__(self, url: str, deadline: float):
        from websockets.sync.client import connect

        self.ws = connect(url, max_size=None, open_timeout=max(1.0, deadline - time.monotonic()))
        self.deadline = deadline
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = self._recv()
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str) -> dict:
        for i, ev in enumerate(self.events):
            if ev.get("method") == method:
                return self.events.pop(i)
        while True:
            msg = self._recv()
            if msg.get("method") == method:
                return msg
            self.events.append(msg)

    def _recv(self) -> dict:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the page did not answer in time")
        return json.loads(self.ws.recv(timeout=left))


def _errors(events: list[dict]) -> list[str]:
    out = []
    for ev in events:
        method, p = ev.get("method"), ev.get("params", {})
        if method == "Runtime.exceptionThrown":
            out.append("exception: " + p.get("exceptionDetails", {}).get("text", ""))
        elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            out.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            out.append("log: " + p["entry"].get("text", ""))
    return out


def load(page: Path, expression: str, timeout: float = TIMEOUT) -> PageLoad:
    """Open `page` in a fresh headless Chromium, wait for it to load, evaluate `expression`."""
    deadline = time.monotonic() + timeout
    profile = Path(tempfile.mkdtemp(prefix="kzprof-chromium-"))
    proc = subprocess.Popen([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
                             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        port = _wait_for_port(profile, proc, deadline)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        ws_url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
        s = _Session(ws_url, deadline)
        try:
            for domain in ("Page", "Runtime", "Log"):
                s.call(f"{domain}.enable")
            nav = s.call("Page.navigate", url=Path(page).resolve().as_uri())
            result = PageLoad()
            if nav.get("errorText"):
                result.errors.append("navigation: " + nav["errorText"])
                return result
            s.wait_for("Page.loadEventFired")
            value = s.call("Runtime.evaluate", expression=expression, returnByValue=True)
            result.value = value.get("result", {}).get("value")
            if "exceptionDetails" in value:
                result.errors.append("evaluate: " + value["exceptionDetails"].get("text", ""))
            result.errors += _errors(s.events)
            return result
        finally:
            s.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        shutil.rmtree(profile, ignore_errors=True)
