"""The web server's entry point."""

import json
import subprocess
import sys


def test_the_server_loads_the_screening_models_before_the_first_comment():
    code = (
        "import json, esafety.wsgi; "
        "from screening import lexicon, model, transformer; "
        "print(json.dumps([f.cache_info().currsize for f in "
        "(lexicon.default_lexicon, model.load, transformer.load)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [1, 1, 1]
