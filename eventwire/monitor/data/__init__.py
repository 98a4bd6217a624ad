"""Data of the monitor: the example alert rule file (docs/monitoring.md)."""
