"""Benchmark tools: a deterministic corpus generator and `make bench`."""
