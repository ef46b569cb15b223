"""Which replies break platform rules, for the popup: only error-level findings (agents are busy; warnings are the
lead's business in the manager), each template checked once per version and remembered, so typing stays fast."""

from __future__ import annotations

import logging
from dataclasses import replace

from quickreply.core import Library, Template
from quickreply.core.lint import ERROR, Finding, LintRulesError, Rules, breaks, load_rules

log = logging.getLogger(__name__)


class RuleBreaks:
    """Error findings per template version; rules read again with ``reload`` (each time the popup opens).

    A version is (id, updated, title, body): ``updated`` counts whole seconds, so two edits within one second would
    otherwise share a key.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self.rules: Rules | None = None
        self.stale = True
        self._found: dict[tuple[int, str, str, str], tuple[Finding, ...]] = {}

    def reload(self) -> None:
        """Read the rules again; the remembered findings go only when the rules changed."""
        self.stale = False
        try:
            rules = load_rules(self.library)
        except LintRulesError as exc:  # the manager says what is wrong; the popup just shows no badges
            log.warning("reply check is off: %s", exc)
            rules = None
        if rules is not None:
            # Word rules of warning level and the length limit cannot make an error: skip them.
            rules = replace(rules, rules=tuple(r for r in rules.rules if r.level == ERROR), max_length=1 << 30)
        if rules != self.rules:
            self.rules = rules
            self._found.clear()

    def marked(self, template: Template) -> bool:
        """Whether to show the badge: like ``errors``, but False until the rules are read (they are read just after
        the popup opens, and painting must not wait for them)."""
        return not self.stale and bool(self.errors(template))

    def errors(self, template: Template) -> tuple[Finding, ...]:
        """The ways ``template`` breaks platform rules (none: it may be copied without asking)."""
        if self.stale:
            self.reload()
        if self.rules is None:
            return ()
        key = (template.id, template.updated, template.title, template.body)
        found = self._found.get(key)
        if found is None:
            found = tuple(breaks(template.title, template.body, self.rules))
            self._found[key] = found
        return found
