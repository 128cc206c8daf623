"""Data safety screens: backups and restore, the recovery kit."""
