"""Household visits (入户访谈), their review, and the findings their answers raise."""
