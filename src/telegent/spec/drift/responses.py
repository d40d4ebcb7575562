"""Responses: statuses, media types (which one comes first), and response schemas."""

from __future__ import annotations

from typing import Any

from .document import Op, OpKey, escape_pointer
from .rules import Level
from .schemas import Ctx, SchemaDiffer, client_media, obj, view

__all__ = ["ResponseDiffer"]


def _is_json(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base.endswith(("/json", "+json"))


class ResponseDiffer(SchemaDiffer):
    """Responses of an operation present on both sides."""

    def _responses(self, key: OpKey, op: str, b: Op, r: Op) -> None:
        b_resps, r_resps = obj(b.node.get("responses")), obj(r.node.get("responses"))
        reordered: dict[bool, list[tuple[str, str, str, str]]] = {True: [], False: []}
        for status in sorted(b_resps):
            b_resp, b_at, _ = self.base.resolve(
                b_resps[status], f"{b.pointer}/responses/{escape_pointer(status)}"
            )
            if status not in r_resps:
                self._status_removed(op, status, b_at, covered=f"{status[:1]}XX" in r_resps)
                continue
            r_resp, r_at, _ = self.rev.resolve(
                r_resps[status], f"{r.pointer}/responses/{escape_pointer(status)}"
            )
            if not (isinstance(b_resp, dict) and isinstance(r_resp, dict)):
                continue
            b_content, r_content = obj(b_resp.get("content")), obj(r_resp.get("content"))
            first = self._first_media(b_content, r_content)
            if first is not None:
                reordered[status.startswith("2")].append((status, *first, r_at))
            self._contents(
                key, op, status, b_content=b_content, b_at=b_at, r_content=r_content, r_at=r_at
            )
        for success, found in reordered.items():
            if found:
                self._media_order(op, success, found)

    def _status_removed(self, op: str, status: str, b_at: str, *, covered: bool) -> None:
        if covered:
            return  # still covered by a range
        if status.startswith("2"):
            self.emit(
                "response-success-status-removed",
                Level.ERR,
                op,
                f"response.{status}",
                f"success status {status} is gone; the client parses it",
                at=[b_at],
            )
        else:
            self.emit(
                "response-non-success-status-removed",
                Level.INFO,
                op,
                f"response.{status}",
                f"status {status} is no longer documented (the client raises on error "
                "statuses either way)",
                at=[b_at],
            )

    @staticmethod
    def _first_media(
        b_content: dict[str, Any], r_content: dict[str, Any]
    ) -> tuple[str, str] | None:
        """(was first, is first) when a non-JSON media type now comes before JSON."""
        if not b_content or not r_content:
            return None
        b_first, r_first = next(iter(b_content)), next(iter(r_content))
        if (
            b_first == r_first
            or _is_json(r_first)
            or not _is_json(b_first)
            or b_first not in r_content  # gone: response-media-type-removed says so
        ):
            return None
        return b_first, r_first

    def _media_order(self, op: str, success: bool, found: list[tuple[str, str, str, str]]) -> None:
        statuses = [s for s, _, _, _ in found]
        pairs = sorted({(was, now) for _, was, now, _ in found})
        what = "; ".join(f"{now} now comes before {was}" for was, now in pairs)
        consequence = (
            "the generated client decodes the first media type listed, so it would read the "
            "answer as text instead of parsing the JSON"
        )
        self.emit(
            "response-media-type-order-changed",
            Level.ERR if success else Level.WARN,
            op,
            "response." + ",".join(statuses),
            f"{what} on response(s) {', '.join(statuses)}; {consequence}",
            at=[f"{at}/content" for _, _, _, at in found],
            now=f"{found[0][3]}/content",
        )

    def _contents(
        self,
        key: OpKey,
        op: str,
        status: str,
        *,
        b_content: dict[str, Any],
        b_at: str,
        r_content: dict[str, Any],
        r_at: str,
    ) -> None:
        success = status.startswith("2")
        parsed = client_media(b_content)
        for media in sorted(b_content):
            loc = f"response.{status}[{media}]"
            b_media = f"{b_at}/content/{escape_pointer(media)}"
            if media not in r_content:
                used = success and media == parsed
                self.emit(
                    "response-media-type-removed",
                    Level.ERR if used else Level.INFO,
                    op,
                    loc,
                    f"media type {media} is gone"
                    + ("; the client parses it" if used else "; the client does not parse it"),
                    at=[b_media],
                )
                continue
            bm, rm = b_content[media], r_content[media]
            if isinstance(bm, dict) and isinstance(rm, dict) and "schema" in bm and "schema" in rm:
                r_media = f"{r_at}/content/{escape_pointer(media)}"
                self._schema(
                    Ctx("response", op, reads=(key, status, media) in self.client_reads),
                    view(self.base, bm["schema"], f"{b_media}/schema"),
                    view(self.rev, rm["schema"], f"{r_media}/schema"),
                    loc,
                )
