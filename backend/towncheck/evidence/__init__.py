"""Evidence files: photos and documents attached to visit answers and findings."""
