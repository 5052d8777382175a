#!/usr/bin/env python3
"""Converts the shared seed annotation (/work/shared/seeds-gold) into the NewsKG gold format (seeds.json).

Run once: python3 convert-seeds.py /work/shared/seeds-gold > seeds.json
Keeps what the ontology contract can express (see README.md in this folder): event types of the contract
("Other" events are dropped), contract roles, numeric quantities, times and optional flags.
"""
import json
import sys
from pathlib import Path

# Ids the seed gold left unverified that the project has since verified (see README.md, "Wikidata ids").
VERIFIED_SINCE = {
    "Korean Peninsula": "Q483134",  # several independent public files pair the name with this id
    "Kursk Oblast": "Q3178",        # a Wikidata-generated atlas page; its ids for known places check out
}

CONTRACT_TYPES = {"Deployment", "ArmsTransfer", "Payment", "Aid", "TreatySigning", "Meeting", "Visit",
                  "Sanction", "Casualty", "Trade", "LaborMigration"}
# Seed roles outside the contract, mapped onto contract roles: (role, accepted alternatives).
ROLE_MAP = {
    "agent": ("agent", []),
    "recipient": ("recipient", []),
    "participant": ("participant", []),
    "location": ("location", []),
    "target": ("target", []),
    "treaty": ("treaty", []),
    "signatory": ("agent", ["participant"]),
    "visitor": ("agent", []),
    "host": ("recipient", ["participant"]),
    "beneficiary": ("recipient", []),
}
# Classes whose parties are symmetric in the contract ("nkg:participant: meeting members, co-signatories"):
# the seed gold calls each side agent (or visitor/host); the contract's participant is accepted too.
SYMMETRIC_TYPES = {"Meeting", "Trade"}
PARTY_ROLES = {"agent", "visitor", "host", "signatory"}
# Publication dates as the seed README gives them; a partial date means "about then".
ARTICLES = {"000": "2024-12-17", "001": "2024-12", "002": "2024-12-17", "003": "2024-10", "004": "2024-10"}


def convert_quantities(raw):
    """Numeric quantities only; a seed range given as two entries (range-low/high) becomes one min/max quantity."""
    out = []
    pending_low = None
    for q in raw:
        if q.get("value") is None:
            continue
        unit = q.get("unit") or ""
        entry = {}
        if unit.startswith("USD"):
            entry["currency"] = "USD"
            if "/year" in unit:
                entry["per"] = "P1Y"
            elif "/month" in unit:
                entry["per"] = "P1M"
        else:
            entry["unit"] = unit.split("/")[0]
        entry["doc"] = q["doc"]
        if q.get("text"):
            entry["text"] = q["text"]
        qualifier = q.get("qualifier")
        if qualifier == "range-low":
            pending_low = (q["value"], entry)
            continue
        if qualifier == "range-high" and pending_low is not None:
            low, low_entry = pending_low
            low_entry = dict(low_entry)
            out.append({"min": low, "max": q["value"], **{k: v for k, v in low_entry.items()}})
            pending_low = None
            continue
        out.append({"value": q["value"], **entry})
    return out


def main(folder):
    folder = Path(folder)
    raw_entities = json.loads((folder / "entities.json").read_text(encoding="utf-8"))
    raw_events = json.loads((folder / "events.json").read_text(encoding="utf-8"))
    types = {e["name"]: e["type"] for e in raw_entities}

    entities = []
    for e in raw_entities:
        entry = {"name": e["name"], "type": e["type"]}
        # A null id means "no verified id: must stay unlinked" (project policy: never guess an id).
        entry["wikidata"] = VERIFIED_SINCE.get(e["name"], e.get("wikidata"))
        aliases = [a for a in e.get("aliases", []) if a != e["name"]]
        entry["aliases"] = aliases
        entry["docs"] = e["docs"]
        if e.get("optional"):
            entry["optional"] = True
        if e.get("note"):
            entry["note"] = e["note"]
        entities.append(entry)

    events = []
    for ev in raw_events:
        if ev["type"] not in CONTRACT_TYPES:
            continue
        by_entity = {}
        for p in ev["participants"]:
            role, alternatives = ROLE_MAP[p["role"]]
            slot = by_entity.setdefault(p["entity"], {"role": role, "entity": p["entity"], "alt_roles": []})
            if role != slot["role"] and role not in slot["alt_roles"]:
                slot["alt_roles"].append(role)
            if p["role"] == "host" and types.get(p["entity"]) in ("State", "Place"):
                alternatives = alternatives + ["location"]  # a host country is also where the visit happens
            if ev["type"] in SYMMETRIC_TYPES and p["role"] in PARTY_ROLES:
                alternatives = alternatives + ["participant"]
            if (p["role"] == "location" and "Visit" in ev.get("alt_types", [])
                    and types.get(p["entity"]) == "State"):
                alternatives = alternatives + ["recipient"]  # the contract's recipient of a visit is its host
            for alt in alternatives:
                if alt != slot["role"] and alt not in slot["alt_roles"]:
                    slot["alt_roles"].append(alt)
        # The treaty of a signing is a participant of the contract (nkg:treaty), a related entity in the seeds.
        for related in ev.get("related_entities", []):
            if types.get(related) == "Treaty" and related not in by_entity:
                by_entity[related] = {"role": "treaty", "entity": related, "alt_roles": []}
        participants = []
        for slot in by_entity.values():
            if not slot["alt_roles"]:
                del slot["alt_roles"]
            participants.append(slot)
        entry = {"id": ev["id"], "type": ev["type"]}
        if ev.get("alt_types"):
            entry["alt_types"] = [t for t in ev["alt_types"] if t in CONTRACT_TYPES]
        entry["summary"] = ev["summary"]
        entry["participants"] = participants
        entry["time"] = ev.get("time")
        entry["quantities"] = convert_quantities(ev.get("quantities", []))
        entry["docs"] = ev["docs"]
        if ev.get("optional"):
            entry["optional"] = True
        events.append(entry)

    gold = {
        "description": "Gold for the five seed articles, converted from /work/shared/seeds-gold by convert-seeds.py.",
        "articles": ARTICLES,
        "entities": entities,
        "events": events,
    }
    json.dump(gold, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds-gold")
