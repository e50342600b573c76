"""Reading files someone else wrote: a size cap before anything is read whole, YAML without code.

Review files and manifests come from people and tools outside the project's control. A 3 GB file
must be refused before it is read, and a YAML "billion laughs" (aliases of aliases that expand to
gigabytes) before it is expanded. Only YAML's plain data types are built (``safe`` loading).
"""

from __future__ import annotations

from pathlib import Path

import yaml

MAX_YAML_NODES = 200_000  # a review file of 1,000 candidates has about 40,000


class YamlError(ValueError):
    """Not YAML this project accepts; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def read_text(path: str | Path, max_bytes: int) -> str:
    """The UTF-8 text of ``path``; ValueError if it is larger than ``max_bytes`` or not UTF-8."""
    path = Path(path)
    with path.open("rb") as fh:
        raw = fh.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ValueError(
            f"larger than the {max_bytes:,} bytes accepted here; is it the right file?"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _expanded_size(root: yaml.Node, limit: int) -> int:
    """How many nodes the document has once every alias is expanded (stops past ``limit``)."""
    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in busy:
            raise YamlError("an alias refers to itself", node.start_mark.line + 1)
        busy.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [n for pair in node.value for n in pair]
        else:
            children = []
        for child in children:
            total += size(child)
            if total > limit:
                raise YamlError(
                    f"expands to more than {limit:,} values (aliases of aliases?); refused",
                    node.start_mark.line + 1,
                )
        busy.discard(key)
        sizes[key] = total
        return total

    return size(root)


def safe_yaml(text: str, max_nodes: int = MAX_YAML_NODES):
    """Plain data from YAML ``text``: no Python objects, no alias bombs, one document."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlError(str(exc), mark.line + 1 if mark else None) from None
    if node is None:
        return None
    _expanded_size(node, max_nodes)
    builder = yaml.SafeLoader("")
    try:
        return builder.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlError(str(exc), mark.line + 1 if mark else None) from None
    finally:
        builder.dispose()
