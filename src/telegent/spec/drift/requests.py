"""Requests: parameters and request bodies, compared as the client sends them."""

from __future__ import annotations

from typing import Any

from .document import Op, Side, escape_pointer
from .rules import Level
from .schemas import Ctx, SchemaDiffer, client_media, obj, view

__all__ = ["RequestDiffer"]

ParamKey = tuple[str, str]
Param = tuple[dict[str, Any], str]


def parameters_of(side: Side, op: Op) -> dict[ParamKey, Param]:
    """(in, name) -> (parameter, pointer); the operation's own override path-level ones."""
    found: dict[ParamKey, Param] = {}
    for container, pointer in ((op.item, op.item_pointer), (op.node, op.pointer)):
        params = container.get("parameters")
        if not isinstance(params, list):
            continue
        for i, raw in enumerate(params):
            node, at, _ = side.resolve(raw, f"{pointer}/parameters/{i}")
            if not isinstance(node, dict):
                continue
            name, where = node.get("name"), node.get("in")
            if isinstance(name, str) and isinstance(where, str):
                # Header names are case-insensitive on the wire.
                found[(where, name.lower() if where == "header" else name)] = (node, at)
    return found


def _param_schema(node: dict[str, Any], pointer: str) -> tuple[Any, str]:
    if isinstance(node.get("schema"), dict):
        return node["schema"], f"{pointer}/schema"
    for media, value in obj(node.get("content")).items():
        if isinstance(value, dict) and isinstance(value.get("schema"), dict):
            return value["schema"], f"{pointer}/content/{escape_pointer(media)}/schema"
    return {}, f"{pointer}/schema"


class RequestDiffer(SchemaDiffer):
    """Parameters and request bodies."""

    def _parameters(self, op: str, b: Op, r: Op) -> None:
        b_params, r_params = parameters_of(self.base, b), parameters_of(self.rev, r)
        for key in sorted(b_params.keys() | r_params.keys()):
            where, name = key
            loc = f"request.{where}.{name}"
            bp, rp = b_params.get(key), r_params.get(key)
            if rp is None and bp is not None:
                self.emit(
                    "request-parameter-removed",
                    Level.WARN,
                    op,
                    loc,
                    f"{where} parameter {name!r} is gone; the client still sends it when set "
                    "(the server may ignore or refuse it)",
                    at=[bp[1]],
                )
            elif bp is None and rp is not None:
                self._new_parameter(op, where, name, rp, loc)
            elif bp is not None and rp is not None:
                self._kept_parameter(op, where, name, bp=bp, rp=rp, loc=loc)

    def _new_parameter(self, op: str, where: str, name: str, rp: Param, loc: str) -> None:
        if where == "path" or rp[0].get("required") is True:
            rule, level = "new-required-request-parameter", Level.ERR
            msg = f"new required {where} parameter {name!r}; the client never sends it"
        else:
            rule, level = "new-optional-request-parameter", Level.INFO
            msg = f"new optional {where} parameter {name!r}"
        self.emit(rule, level, op, loc, msg, at=[rp[1]], now=rp[1])

    def _kept_parameter(
        self, op: str, where: str, name: str, *, bp: Param, rp: Param, loc: str
    ) -> None:
        b_required = where == "path" or bp[0].get("required") is True
        r_required = where == "path" or rp[0].get("required") is True
        if r_required and not b_required:
            self.emit(
                "request-parameter-became-required",
                Level.ERR,
                op,
                loc,
                f"{where} parameter {name!r} became required; calls that omit it fail",
                at=[bp[1], rp[1]],
                now=rp[1],
            )
        elif b_required and not r_required:
            self.emit(
                "request-parameter-became-optional",
                Level.INFO,
                op,
                loc,
                f"{where} parameter {name!r} became optional",
                at=[bp[1], rp[1]],
                now=rp[1],
            )
        b_schema, b_at = _param_schema(bp[0], bp[1])
        r_schema, r_at = _param_schema(rp[0], rp[1])
        self._schema(
            Ctx("parameter", op),
            view(self.base, b_schema, b_at),
            view(self.rev, r_schema, r_at),
            loc,
        )

    # ---------------------------------------------------------------- request body

    def _request_body(self, op: str, b: Op, r: Op) -> None:
        b_body, b_at, _ = self.base.resolve(b.node.get("requestBody"), f"{b.pointer}/requestBody")
        r_body, r_at, _ = self.rev.resolve(r.node.get("requestBody"), f"{r.pointer}/requestBody")
        b_has, r_has = isinstance(b_body, dict), isinstance(r_body, dict)
        if not r_has and b_has:
            self.emit(
                "request-body-removed",
                Level.WARN,
                op,
                "request.body",
                "the request body is no longer documented; the client still sends it",
                at=[b_at],
            )
        elif r_has and not b_has:
            self._new_body(op, r_body, r_at)
        elif b_has and r_has:
            if r_body.get("required") is True and b_body.get("required") is not True:
                self.emit(
                    "request-body-became-required",
                    Level.ERR,
                    op,
                    "request.body",
                    "the request body became required",
                    at=[b_at, r_at],
                    now=f"{r_at}/required",
                )
            self._body_content(op, b_body, b_at, r_body, r_at)

    def _new_body(self, op: str, r_body: dict[str, Any], r_at: str) -> None:
        if r_body.get("required") is True:
            rule, level = "new-required-request-body", Level.ERR
            msg = "the operation now requires a request body; the client sends none"
        else:
            rule, level = "new-optional-request-body", Level.INFO
            msg = "the operation now accepts a request body"
            if op.startswith(("GET ", "HEAD ", "DELETE ")):  # the generated method gains body=
                msg += (
                    f" (a {op.split(' ', 1)[0]} with a body: the SDK method gains a body "
                    "argument, which many proxies and HTTP stacks drop)"
                )
        self.emit(rule, level, op, "request.body", msg, at=[r_at], now=r_at)

    def _body_content(
        self, op: str, b_body: dict[str, Any], b_at: str, r_body: dict[str, Any], r_at: str
    ) -> None:
        b_content, r_content = obj(b_body.get("content")), obj(r_body.get("content"))
        sent = client_media(b_content)
        for media in sorted(b_content):
            loc = f"request.body[{media}]"
            b_media = f"{b_at}/content/{escape_pointer(media)}"
            if media not in r_content:
                used = media == sent
                why = "the client sends it" if used else "the client does not send it"
                self.emit(
                    "request-body-media-type-removed",
                    Level.ERR if used else Level.INFO,
                    op,
                    loc,
                    f"media type {media} is no longer accepted ({why})",
                    at=[b_media],
                )
                continue
            bm, rm = b_content[media], r_content[media]
            if isinstance(bm, dict) and isinstance(rm, dict) and "schema" in bm and "schema" in rm:
                r_media = f"{r_at}/content/{escape_pointer(media)}"
                self._schema(
                    Ctx("request", op),
                    view(self.base, bm["schema"], f"{b_media}/schema"),
                    view(self.rev, rm["schema"], f"{r_media}/schema"),
                    loc,
                )
