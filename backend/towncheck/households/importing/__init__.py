"""Spreadsheet import of households and members (.xlsx or .csv).

The pipeline, one module per step: ``reader`` (bytes → rows of strings), ``columns``
(headings → fields, the template's and the national system's), ``parse`` (rows → households),
``validate`` (every check, before anything is written), ``staging`` and ``conflicts``
(COPY into temporary tables, checks against the registry), ``writer`` (set-based upsert),
``tuning`` and ``overlap`` (how the bulk statements are planned, and the Python work done
while they run), ``service`` (``run_import``), ``job`` (the background job), ``report`` and
``template`` (the downloadable workbooks).
"""
