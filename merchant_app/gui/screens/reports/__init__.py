"""The Reports screen (RPT-1, RPT-2): the dashboard and the reports."""
