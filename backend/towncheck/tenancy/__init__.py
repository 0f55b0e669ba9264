"""Tenancy: county → town (the tenant) → office, area → village."""
