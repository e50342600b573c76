"""Ingest: propose dataset rows from an article, review them, accept them, score the extractor.

It writes to the dataset only through ``counterpart.dataset.append``; it never imports the runner
or the reports.
"""
