"""Benchmarks (run as ``python bench/NAME.py``) and the deterministic data generator."""
