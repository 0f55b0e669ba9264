"""Background jobs: Dramatiq over Redis, with state and results in PostgreSQL."""
