"""Helpers for ``bench/graphql_overhead.py``, one concept per module.

``common`` holds what parent and children share, ``processes`` the child-process registry,
``database`` the throwaway database, ``baseline`` the plain Starlette app, ``servers`` the
two server processes and their parity check, ``load`` the load generators and
``casbin_rates`` the policy-check timings.
"""
