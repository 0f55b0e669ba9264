"""Cross-check (互查): the verifiable draw of areas for the office directors' teams, the
sample of households a team re-visits, and how well the self-check agrees with it.

The modules here are pure (standard library only) so that an evaluator can recompute a
recorded draw or sample outside the platform:

* ``commitment`` — directors commit to secret numbers and reveal them; the draw's seed;
* ``randomness`` — the deterministic, versioned random stream derived from a seed;
* ``draw`` — which team re-checks which area (with ``partition`` and ``feasibility``);
* ``sampling`` — the stratified sample of households a team re-visits;
* ``agreement`` — percent agreement and Cohen's kappa between self- and cross-check.
"""
