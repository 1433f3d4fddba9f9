"""The users of bench/web_load.py: each types into a draft (the check-as-you-type request,
as HTMX sends it after a pause in typing) and now and then moves to another page.

Run by web_load.py, which starts the app and passes its address and token in
AFTERVIEW_BENCH_BASE and AFTERVIEW_BENCH_TOKEN.
"""

from __future__ import annotations

import os
import random

from locust import between, task
from locust.contrib.fasthttp import FastHttpUser

BASE = os.environ.get("AFTERVIEW_BENCH_BASE", "http://127.0.0.1:8765/")
TOKEN = os.environ.get("AFTERVIEW_BENCH_TOKEN", "")
PORT = BASE.rstrip("/").rsplit(":", 1)[1]
MESSAGES = [int(x) for x in os.environ.get("AFTERVIEW_BENCH_MESSAGES", "1").split(",")]
PAGES = ["/", "/applications", "/applications/1", "/applications/1/plan", "/settings"]
WORDS = (
    "I especially enjoyed our conversation about the streaming pipeline and how the team "
    "shares on-call duty. Could you let me know ASAP whether"
).split()


class Candidate(FastHttpUser):
    host = BASE.rstrip("/")
    wait_time = between(0.3, 1.2)  # a pause in typing, then the debounced check goes out

    def on_start(self) -> None:
        self.message = random.choice(MESSAGES)
        self.typed = 0
        self.headers = {"Cookie": f"afterview_{PORT}={TOKEN}"}
        self.post_headers = {
            **self.headers,
            "Origin": BASE.rstrip("/"),
            "Sec-Fetch-Site": "same-origin",
            "HX-Request": "true",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        self.body = "Dear Dr. Lambert,\n\nThank you for your time on Friday. "

    @task(6)
    def type_into_the_draft(self) -> None:
        self.typed += 1
        text = self.body + " ".join(WORDS[: self.typed % len(WORDS) + 1])
        from urllib.parse import urlencode

        self.client.post(
            f"/messages/{self.message}/check",
            data=urlencode({"subject": "Thank you", "body": text + "\n\nBest,\nSiobhán"}),
            headers=self.post_headers,
            name="POST /messages/[id]/check",
        )

    @task(1)
    def move_to_another_page(self) -> None:
        path = random.choice([*PAGES, f"/messages/{random.choice(MESSAGES)}"])
        name = "GET /messages/[id]" if path.startswith("/messages/") else f"GET {path}"
        self.client.get(path, headers=self.headers, name=name)
        self.message = random.choice(MESSAGES)
