"""The API reference at /docs, rendered on the server from the OpenAPI schema.

FastAPI's own /docs pages load Swagger UI from a CDN, which an offline machine
cannot reach; this page needs nothing but the app. Every value from the schema is
escaped. The machine-readable schema stays at /openapi.json.
"""

from __future__ import annotations

from html import escape
from typing import Any

_METHOD_ORDER = ("get", "post", "put", "patch", "delete")


def render(schema: dict[str, Any]) -> str:
    info = schema.get("info", {})
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(info.get('title', 'API'))} API</title>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<link rel='stylesheet' href='/static/app.css'></head><body class='docs'>",
        (
            f"<header class='bar'><a class='brand' href='/'>eventwire</a><span>API reference, version {escape(str(info.get('version', '')))}"
            " &middot; <a href='/openapi.json'>openapi.json</a></span></header><main class='docs-main'>"
        ),
        f"<p>{escape(info.get('description', ''))}</p>",
    ]
    for path, operations in schema.get("paths", {}).items():
        for method in _METHOD_ORDER:
            if method in operations:
                parts.append(_operation(method, path, operations[method]))
    parts.append("</main></body></html>")
    return "".join(parts)


def _operation(method: str, path: str, operation: dict[str, Any]) -> str:
    anchor = escape(f"{method}-{path}".replace("/", "-").strip("-"), quote=True)
    rows = "".join(_parameter(p) for p in operation.get("parameters", []))
    table = (
        "<table class='params'><thead><tr><th>parameter</th><th>in</th><th>type</th><th>default</th><th>meaning</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>" if rows else ""
    )
    body = ""
    if "requestBody" in operation:
        body = "<p class='muted'>Request body: JSON, see the schema in openapi.json.</p>"
    statuses = ", ".join(
        f"<code>{escape(str(code))}</code> {escape(str(answer.get('description', '')))}"
        for code, answer in operation.get("responses", {}).items()
    )
    secured = "<span class='tag'>needs token</span>" if operation.get("security") else ""
    return (
        f"<section class='op' id='{anchor}'><h2><span class='method {escape(method)}'>{escape(method.upper())}</span>"
        f" <code>{escape(path)}</code> {secured}</h2>"
        f"<p>{escape(operation.get('description') or operation.get('summary', ''))}</p>"
        f"{table}{body}<p class='muted'>Answers: {statuses}</p></section>"
    )


def _parameter(parameter: dict[str, Any]) -> str:
    schema = parameter.get("schema", {})
    return (
        f"<tr><td><code>{escape(parameter.get('name', ''))}</code></td><td>{escape(parameter.get('in', ''))}</td>"
        f"<td>{escape(_type_text(schema))}</td><td>{escape(_default_text(schema))}</td>"
        f"<td>{escape(parameter.get('description') or schema.get('description', ''))}</td></tr>"
    )


def _type_text(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type_text(option) for option in schema["anyOf"] if option.get("type") != "null")
    text = str(schema.get("type", "any"))
    if "pattern" in schema:
        text += f" ({schema['pattern']})"
    if "minimum" in schema or "maximum" in schema:
        text += f" [{schema.get('minimum', '')}..{schema.get('maximum', '')}]"
    return text


def _default_text(schema: dict[str, Any]) -> str:
    if "default" not in schema or schema["default"] is None:
        return ""
    return str(schema["default"])
