import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from check_gold import read_doc
