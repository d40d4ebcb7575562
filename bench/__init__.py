"""Benchmark suite (outside the test suite): `python -m bench`; see bench/README.md."""
