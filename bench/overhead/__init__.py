"""What the benchmarks share, one concept per module.

``common`` holds what parent and children share, ``cli`` the command-line pieces and the
run on a throwaway database, ``processes`` the child-process registry, ``database`` the
throwaway database, ``endpoints`` what every baseline app shares and ``baseline`` the one of
``graphql_overhead.py``, ``servers`` the server processes and their parity check,
``baseline_server`` the child that serves a baseline app, ``statements`` the traced SQL,
``load`` the load generators, ``slices`` the alternating load slices and their summary,
``page_parity`` and ``page_bench`` a page against its hand-written endpoint, and
``casbin_rates`` the policy-check timings.
"""
