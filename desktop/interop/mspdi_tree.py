"""The values of an MSPDI file's element tree that the builder uses.

:class:`MspdiReader` takes, chunk by chunk, the tree the C parser builds (:mod:`desktop.interop.mspdi_read`)
and keeps the project fields, one dict per task (with its links, baselines and extended
attributes), counts of resources and assignments, and the small sections (calendars, custom
field definitions) as element trees; :mod:`desktop.interop.mspdi_build` turns them into an
:class:`~desktop.interop.mspdi_model.MspdiProject`.  A task's fields are read in one dict
comprehension (C-level iteration over its children); only the children that repeat (links,
baselines, extended attributes) and the timephased data are looked at one by one.
"""

from __future__ import annotations

from desktop.domain.errors import ValidationError
from desktop.interop.mspdi_build import MspdiBuilder
from desktop.interop.mspdi_model import NAMESPACE, MspdiProject

_KEEP = {"Calendars", "ExtendedAttributes"}  # small sections kept as element trees
_COUNTED = {"Resources": "Resource", "Assignments": "Assignment"}
_MULTI = ("PredecessorLink", "Baseline", "ExtendedAttribute")
_SPECIAL = frozenset(_MULTI) | {"TimephasedData"}
PROJECT_TAGS = ("Project", f"{{{NAMESPACE}}}Project")


class _LocalNames(dict):
    """Tag → its local name (``{namespace}Name`` → ``Name``), worked out once per tag."""

    def __missing__(self, tag) -> str:
        name = self[tag] = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        return name


class MspdiReader:
    """Project fields, one dict per task (with its links, baselines and extended attributes),
    counts of resources and assignments, and the calendars as element trees."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.root: str | None = None
        self.fields: dict[str, str] = {}
        self.sections: dict[str, object] = {}
        self.raw_tasks: list[tuple[dict, list, list, list]] = []
        self.counts = {"resources": 0, "assignments": 0, "outline_codes": 0}
        self.assigned: dict[str, int] = {}  # task UID → assignments of a real resource
        self._names = _LocalNames()

    def take(self, root, *, final: bool) -> None:
        """Read what is complete of the tree under ``root`` (the document element) and drop
        it from the tree, so that the tree never holds more than about one chunk of the file.
        An element is complete when a later sibling has begun (or, ``final``, at the end)."""
        names = self._names
        if self.root is None:
            self.root = names[root.tag]
            if self.root != "Project" or root.tag not in PROJECT_TAGS:
                raise ValidationError("mspdi_not_project", path=self.file_name, root=self.root)
        sections = list(root)
        complete = len(sections) if final else len(sections) - 1
        for index, section in enumerate(sections):
            name = names[section.tag]
            if name == "Tasks" or name in _COUNTED or name == "OutlineCodes":
                items = list(section) if index < complete else list(section)[:-1]
                if name == "Tasks":
                    self._tasks(items)
                elif name == "OutlineCodes":
                    self.counts["outline_codes"] += len(items)
                else:
                    self._count(items, name)
                del section[:len(items)]
            elif index >= complete:
                break
            elif name in _KEEP:
                self.sections[name] = section
            elif not len(section):
                self.fields[name] = section.text or ""
        if complete > 0:
            del root[:complete]

    def _tasks(self, section: list) -> None:
        names, raw_tasks = self._names, self.raw_tasks
        for task in section:
            if names[task.tag] != "Task":
                continue
            record = {names[c.tag]: c.text or "" for c in task}
            lists: dict[str, list] = {"PredecessorLink": [], "Baseline": [], "ExtendedAttribute": []}
            if not record.keys().isdisjoint(_SPECIAL):
                prefix = task.tag[:-4]  # the Task's namespace
                for name in _SPECIAL.intersection(record):
                    del record[name]
                    if name == "TimephasedData":
                        record["_timephased"] = "1"
                    else:  # found by the C tree's own search, in file order
                        lists[name] = [{names[c.tag]: c.text or "" for c in child}
                                       for child in task.findall(prefix + name)]
            raw_tasks.append((record, lists["PredecessorLink"], lists["Baseline"],
                              lists["ExtendedAttribute"]))

    def _count(self, section: list, name: str) -> None:
        names, item = self._names, _COUNTED[name]
        for child in section:
            if names[child.tag] != item:
                continue
            record = {names[c.tag]: c.text or "" for c in child}
            if _real(record, name):
                self.counts[name.lower()] += 1
                if name == "Assignments":
                    task_uid = (record.get("TaskUID") or "").strip()
                    self.assigned[task_uid] = self.assigned.get(task_uid, 0) + 1

    def local(self, tag: str) -> str:
        return self._names[tag]

    def finish(self) -> MspdiProject:
        """The project built from what was kept; the kept task values are let go of then."""
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
