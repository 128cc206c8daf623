"""Keyring access, password hashing and the audit hash chain."""
