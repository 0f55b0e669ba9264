"""Cross-check (互查): the verifiable draw of areas for the office directors' teams, the
sample of households a team re-visits, and how well the self-check agrees with it.

Its pure core (standard library only, no database) lets an evaluator recompute a recorded
draw or sample outside the platform:

* ``commitment`` — directors commit to secret numbers and reveal them; the draw's seed;
* ``randomness`` — the deterministic, versioned random stream derived from a seed;
* ``draw`` — which team re-checks which area (with ``inputs``, ``feasibility`` and
  ``partition``), and ``verify_draw`` to recompute a recorded one; towns too large for
  its exact count use ``draw_chain`` (with ``chain_capacity`` and ``chain_state``);
* ``sampling`` — the stratified sample of households a team re-visits;
* ``agreement`` — percent agreement and Cohen's kappa between self- and cross-check;
* ``errors`` — the typed failures of all of the above (``DrawError`` and its kinds).
"""
