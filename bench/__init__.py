"""``make bench``: a scaled corpus, and the pipeline's speed and memory measured against bare spaCy and pdfplumber.

Run from the repository root: ``python -m bench [--n 60] [--processes 2]``. Writes
``bench/results/latest.json`` and ``bench/RESULTS.md``. Not a test: nothing here asserts a timing.
"""
