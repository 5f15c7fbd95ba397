"""Streaming expat handlers for MSPDI: keep only the values used, build no tree for tasks.

:class:`MspdiReader` collects the project fields, one dict per task (with its links, baselines and
extended attributes), counts of resources and assignments, and the small sections (calendars,
custom field definitions) as element trees; :mod:`desktop.interop.mspdi_build` turns them into
an :class:`~desktop.interop.mspdi_model.MspdiProject`.
"""

from __future__ import annotations

from xml.etree.ElementTree import TreeBuilder

from desktop.domain.errors import ValidationError
from desktop.interop.mspdi_build import MspdiBuilder
from desktop.interop.mspdi_model import NAMESPACE, MspdiProject

# --------------------------------------------------------------------------- streaming reader
_KEEP = {"Calendars", "ExtendedAttributes"}  # small sections kept as element trees
_COUNTED = {"Resources": "Resource", "Assignments": "Assignment"}


class MspdiReader:
    """Expat handlers: project fields, one dict per task (with its links, baselines and
    extended attributes), counts of resources and assignments, and the calendars as a tree.

    The handlers are closures over local state: they run once per element (hundreds of
    thousands of times for a large plan), so every look-up saved counts.  The small sections
    kept as trees (calendars, custom field definitions) get their own handlers.
    """

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.root: str | None = None
        self.fields: dict[str, str] = {}
        self.sections: dict[str, object] = {}
        self.raw_tasks: list[tuple[dict, list, list, list]] = []
        self.counts = {"resources": 0, "assignments": 0, "outline_codes": 0}
        self.assigned: dict[str, int] = {}  # task UID → assignments of a real resource

    def close(self) -> None:  # the parser's target protocol
        return None

    def attach(self, expat) -> None:
        """Install the handlers on an expat parser (defusedxml's, with its guards)."""
        names: dict[str, str] = {}
        raw_tasks, fields, counts, assigned = self.raw_tasks, self.fields, self.counts, self.assigned
        depth = 0
        section = ""
        text = ""
        record: dict | None = None
        sub: dict | None = None
        lists: dict[str, list] = {}
        builder: TreeBuilder | None = None
        multi = ("PredecessorLink", "Baseline", "ExtendedAttribute")
        multi_tags = frozenset(multi) | {f"{NAMESPACE}}}{name}" for name in multi}

        def local(tag: str) -> str:
            name = names.get(tag)
            if name is None:
                name = names[tag] = tag.rpartition("}")[2]
            return name

        def start(tag: str, _attributes) -> None:
            nonlocal depth, section, text, record, sub, lists, builder
            depth += 1
            text = ""
            if depth == 4:  # a field of a task (or of a resource, an assignment)
                if record is not None and tag in multi_tags and lists:
                    sub = {}
                return
            if depth > 4:
                return
            name = local(tag)
            if depth == 3:
                if section == "Tasks" and name == "Task" or section in _COUNTED:
                    record = {}
                    lists = {m: [] for m in multi} if section == "Tasks" else {}
                elif section == "OutlineCodes":
                    counts["outline_codes"] += 1
            elif depth == 2:
                section = name
                if name in _KEEP:
                    builder = TreeBuilder()
                    builder.start(name, {})
                    expat.StartElementHandler = keep_start
                    expat.EndElementHandler = keep_end
                    expat.CharacterDataHandler = builder.data
            elif depth == 1:
                self.root = name
                if name != "Project" or tag not in ("Project", f"{NAMESPACE}}}Project"):
                    raise ValidationError("mspdi_not_project", path=self.file_name, root=name)

        def data(chunk: str) -> None:
            nonlocal text
            text += chunk

        def end(tag: str) -> None:
            nonlocal depth, text, record, sub
            depth -= 1  # now the parent's depth
            if depth == 3:
                if record is not None:
                    name = names.get(tag) or local(tag)
                    if sub is not None and name in lists:
                        lists[name].append(sub)
                        sub = None
                    elif name == "TimephasedData":
                        record["_timephased"] = "1"
                    else:
                        record[name] = text
            elif depth == 4:
                if sub is not None:
                    sub[names.get(tag) or local(tag)] = text
            elif depth == 2:
                if record is not None:
                    if section == "Tasks":
                        raw_tasks.append((record, lists["PredecessorLink"], lists["Baseline"],
                                          lists["ExtendedAttribute"]))
                    elif local(tag) == _COUNTED.get(section) and _real(record, section):
                        counts[section.lower()] += 1
                        if section == "Assignments":
                            task_uid = (record.get("TaskUID") or "").strip()
                            assigned[task_uid] = assigned.get(task_uid, 0) + 1
                    record = None
            elif depth == 1:
                fields[local(tag)] = text
            text = ""

        def keep_start(tag: str, _attributes) -> None:
            nonlocal depth
            depth += 1
            builder.start(local(tag), {})

        def keep_end(tag: str) -> None:
            nonlocal depth, builder
            depth -= 1
            builder.end(local(tag))
            if depth == 1:
                self.sections[section] = builder.close()
                builder = None
                expat.StartElementHandler = start
                expat.EndElementHandler = end
                expat.CharacterDataHandler = data

        expat.StartElementHandler = start
        expat.EndElementHandler = end
        expat.CharacterDataHandler = data

    def local(self, tag: str) -> str:
        return tag.rpartition("}")[2] if isinstance(tag, str) else ""

    def finish(self) -> MspdiProject:
        """The project built from what was kept; the kept values are let go of then.  The
        handlers refer to one another (a handler switches the handlers), so they and the
        values they hold form a cycle that only the garbage collector would free: tens of
        thousands of lists and dicts of a large plan, scanned at each of its collections."""
        try:
            return MspdiBuilder(self).build()
        finally:
            self.raw_tasks.clear()


def _real(values: dict, section: str) -> bool:
    """A resource that is not the placeholder row, an assignment to a real resource."""
    if section == "Resources":
        return values.get("IsNull") != "1" and values.get("UID") not in (None, "0") \
            and bool((values.get("Name") or "").strip())
    return (values.get("ResourceUID") or "").strip() not in ("", "-65535")
