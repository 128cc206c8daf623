"""Use cases.  Every business rule, permission check and transaction boundary lives here."""
