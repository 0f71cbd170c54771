"""Batch cleaning for the ``articlextract`` command and for scale-out engines.

inputs (what to read) -> pool (worker processes, per-page timeout) -> sinks (atomic output,
resume) with a run summary. Each module stands on its own so Ray/Spark code can reuse the
worker without the CLI.
"""
