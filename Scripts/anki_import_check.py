#!/usr/bin/env python3
"""Imports an `awsquiz export --format anki` file into a new Anki collection with Anki's own
importer (the `anki` package from PyPI, the same code as the desktop app) and prints what
it made of it. Not part of the tests: it needs `pip install anki`.

    python3 -m venv /tmp/ankivenv && /tmp/ankivenv/bin/pip install anki
    .build/release/awsquiz export --format anki -o /tmp/deck.txt
    /tmp/ankivenv/bin/python Scripts/anki_import_check.py /tmp/deck.txt
"""
import os
import sys
import tempfile

from anki.collection import Collection, ImportCsvRequest


def main(path):
    with tempfile.TemporaryDirectory() as folder:
        collection = Collection(os.path.join(folder, "check.anki2"))
        metadata = collection.get_csv_metadata(path=path, delimiter=None)
        log = collection.import_csv(ImportCsvRequest(path=path, metadata=metadata)).log
        refused = {
            "duplicate": len(log.duplicate), "conflicting": len(log.conflicting),
            "missing notetype": len(log.missing_notetype), "missing deck": len(log.missing_deck),
            "empty first field": len(log.empty_first_field),
        }
        notes = [collection.get_note(note_id) for note_id in collection.find_notes("")]
        decks = sorted(deck.name for deck in collection.decks.all_names_and_ids())
        print(f"new notes: {len(log.new)}; refused: {refused}; decks: {decks}")
        print(f"fields per note: {sorted({len(note.fields) for note in notes})}; tags of the first: {notes[0].tags}")
        collection.close()
        return 0 if notes and not any(refused.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
