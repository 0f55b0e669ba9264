"""Industrial assistance projects, their assets and funds, and the rules over them."""
