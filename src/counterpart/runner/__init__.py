"""Batch runs: the manifest, planning jobs, executing notebooks on warm kernels, exports, brief, index.

It drives the report notebooks from outside; nothing below it (reports, dataset) imports it.
"""
