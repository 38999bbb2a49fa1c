"""Whether a decree is still in force: another decree of its region that revokes it (``mencabut``) ends it.

The rules live in ``versions.py`` (the site and the documents use them too); this module keeps the names
the exports import."""

from __future__ import annotations

from ..versions import current_decree, in_force, revoked_by

__all__ = ["current_decree", "in_force", "revoked_by"]
