"""Review tools: canonical text of every decree and standard, and a semantic diff between two source trees."""
