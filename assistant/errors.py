"""Errors a user can cause. They carry one clear message; anything else is a bug and raises."""


class UserError(Exception):
    """A problem the user can fix: bad file, missing index, wrong settings, odd input."""


class IndexMissingError(UserError):
    pass


class IndexIncompatibleError(UserError):
    pass


class LoadError(UserError):
    """A document that could not be read; the message names the file and the reason."""


class LLMUnavailableError(UserError):
    """The configured LLM server could not be reached or did not answer in time."""
