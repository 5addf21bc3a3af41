"""The fast path's two hot loops in C (``_native.c``: tokenising, counting the linear model's
feature ids), or None where the package was built without a C compiler: the Python code they
follow then runs instead, with the same results (tests compare the two)."""

try:
    from . import _native as native
except ImportError:  # pragma: no cover - built by the package's set-up where gcc is present
    native = None
