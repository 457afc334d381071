"""The organisation-mention recogniser (a spike): the event model's recipe (:mod:`pipeline.event_model`) on the
training sets' gold organisations. Measured on held-out sets in docs/org-model.md; not a candidate source."""
