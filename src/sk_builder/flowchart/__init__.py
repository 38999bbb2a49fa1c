"""Flowcharts written as data: the step graph, its checks, and its Graphviz drawing (SVG and PNG)."""
