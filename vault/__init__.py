"""Evidence vault: tamper-evident storage and export of safeguarding evidence.

The modules in this package (crypto, merkle, checkpoint, entries, filetypes,
bundle, verify_cli) are plain Python on purpose: the offline verifier a police
officer or LADO runs must work with nothing but the exported bundle, so they must
never import Django. Keep this file free of imports for the same reason.
"""


class VaultError(Exception):
    """Base class for every error raised by the evidence vault core."""
