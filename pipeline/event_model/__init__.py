"""A statistical event-mention model trained on the training sets' gold events.

:mod:`.align` finds where each gold event name occurs in the text the pipeline reads; :mod:`.train`
turns those spans into spaCy training data and trains the ``EVENT`` recogniser (``config.cfg``);
:mod:`.folds` measures it by held-out sets. The extraction reads the trained model through
:mod:`pipeline.extract.event_model`.
"""
