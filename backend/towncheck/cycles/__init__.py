"""Evaluation cycles (评估周期): stage windows, training, and who checks which household."""
