"""An e-mail's text opens with its Date header line (pipeline/ingest/email.py); the letterhead lines that name the
writing organisation are read below it (role_own_org._head_lines skips a date header line, as it skips navigation),
so "our <title>" rows get the same organisation with the line as without it."""
from __future__ import annotations

import pytest

SCHELDT = ("Dear colleagues,\n\na short note on who does what from next month.\n\n1) Piet Vermeulen, our head of partnerships, "
           "leaves on 30 April 2030. Piet has been with Scheldt Robotics Cluster since 2022.\n\n2) Lotte Maes, our events "
           "coordinator, takes over his partner files.\n\nKind regards,\nAnke de Smet\nManaging Director\nScheldt Robotics Cluster (SRC)\nStationsstraat 12, 2000 Antwerpen\n")
SHANNON = ("Hello all,\n\nthree changes in the office this autumn.\n\n- Maeve Doyle, our finance officer, who joined Shannon "
           "Medtech Network in 2027, retires in October.\n- Conor Byrne, our project manager, leads the new skills pilot.\n\n"
           "Best wishes,\nCiara Walsh\nCluster Manager\nShannon Medtech Network (SMN)\nDock Road 4, Limerick V94 X2Y3\n")
ALLGAEU = ("Dear members,\n\nplease note two staff changes.\n\nJonas Weber, our communication manager, has worked for the Allgäu "
           "Timber Network since 2025 and leaves in March 2031. Mia Keller, our office assistant, will answer press calls.\n\n"
           "Regards\nSabine Huber\nManaging Director\nAllgäu Timber Network (ATN)\nBahnhofstraße 8, 87435 Kempten\n")


@pytest.mark.parametrize("date_line, body, expected", [
    ("Date: Tue, 09 Apr 2030 08:15:00 +0200", SCHELDT, {
        ("Anke de Smet", "Managing Director", "Scheldt Robotics Cluster"),
        ("Lotte Maes", "events coordinator", "Scheldt Robotics Cluster"),
        ("Piet Vermeulen", "head of partnerships", "Scheldt Robotics Cluster")}),
    ("Date: Mon, 02 Sep 2030 10:00:00 +0100", SHANNON, {
        ("Ciara Walsh", "Cluster Manager", "Shannon Medtech Network"),
        ("Conor Byrne", "project manager", "Shannon Medtech Network"),
        ("Maeve Doyle", "finance officer", "Shannon Medtech Network")}),
    ("Sent: Thursday, 16 January 2031 07:45", ALLGAEU, {
        ("Jonas Weber", "communication manager", "Allgäu Timber Network"),
        ("Mia Keller", "office assistant", "Allgäu Timber Network"),
        ("Sabine Huber", "Managing Director", "Allgäu Timber Network")}),
])
def test_own_organisation_read_below_the_date_line(extract, date_line, body, expected):
    for text in (f"{date_line}\n\n{body}", body):
        assert {(r.person, r.role, r.organisation) for r in extract(text).roles} == expected
