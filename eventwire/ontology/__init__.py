"""The CAMEO event ontology: names, Goldstein scores, QuadClass and the PLOVER crosswalk.

>>> Ontology.load().get("036").plover.type
'AGREE'
"""

from __future__ import annotations

from eventwire.ontology._ontology import CameoCode, Ontology, UnknownCodeError

__all__ = ["CameoCode", "Ontology", "UnknownCodeError"]
