"""List capitalised sequences in each document not covered by any gold string (for the README's exclusions)."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from check_gold import read_doc  # noqa
