"""Validates each named graph of an N-Quads file on its own against SHACL
shapes with pyshacl (an engine independent of eventgraph's), as
`eventgraph validate` does; prints `conforms` or each graph's report, and
exits 1 when a graph does not conform.

    python3 tests/data/shacl_each_graph.py SHAPES.ttl DATA.nq
"""
import sys

import pyshacl
import rdflib

shapes = rdflib.Graph().parse(sys.argv[1], format="turtle")
data = rdflib.Dataset()
data.parse(sys.argv[2], format="nquads")
failed = 0
graphs = 0
for g in data.graphs():
    if len(g) == 0:
        continue
    graphs += 1
    flat = rdflib.Graph()
    for t in g:
        flat.add(t)
    conforms, _, text = pyshacl.validate(flat, shacl_graph=shapes, inference="none")
    if not conforms:
        failed += 1
        print(f"graph {g.identifier}:\n{text}")
print(f"{graphs} graphs, {failed} not conforming")
print("conforms" if failed == 0 else "does not conform")
sys.exit(1 if failed else 0)
