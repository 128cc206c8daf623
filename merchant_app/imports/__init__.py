"""Parsing of files the shop brings in (CSV exports); no database access here."""
