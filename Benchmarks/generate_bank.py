#!/usr/bin/env python3
"""Writes a valid, bilingual bank of N generated questions (default 10,000) for the
benchmark: the shipped notes.yaml plus files of at most 200 questions per note, each a copy of a
shipped question's shape (its option pool, shown and chosen counts, exclusions, constraints) with
text lengths drawn from it so sizes are realistic. Generated, never committed.

Usage: python3 Benchmarks/generate_bank.py OUT_DIR [COUNT]
"""
import os
import random
import shutil
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, "..", "Questions")


def shipped_questions():
    for name in sorted(os.listdir(QUESTIONS)):
        if name.endswith(".yaml") and name != "notes.yaml":
            yield from yaml.safe_load(open(os.path.join(QUESTIONS, name), encoding="utf-8"))["questions"]


def words(generator, length, japanese):
    pool = "クラウドの設計で可用性と費用と運用負荷を比べて最適な構成を選ぶ。" if japanese else "the company must design a resilient secure and cost effective architecture on aws with least overhead "
    out = []
    while sum(len(w) for w in out) < length:
        start = generator.randrange(len(pool) - 8)
        out.append(pool[start:start + generator.randint(3, 8)])
    return ("" if japanese else " ").join(out)[:length].strip() or "x"


def choose_note(sample, japanese):
    """The "(Choose two.)" a multi-response stem must carry, as the linter asks."""
    count = sample.get("choose", 1)
    if count < 2:
        return ""
    return f"（{count} つ選択）" if japanese else f" (Choose {['two', 'three', 'four'][count - 2]}.)"


def main():
    out_dir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    generator = random.Random(7)
    samples = list(shipped_questions())
    catalog = yaml.safe_load(open(os.path.join(QUESTIONS, "notes.yaml"), encoding="utf-8"))
    notes = [note["id"] for note in catalog["notes"]]
    os.makedirs(out_dir, exist_ok=True)
    shutil.copy(os.path.join(QUESTIONS, "notes.yaml"), os.path.join(out_dir, "notes.yaml"))
    per_file = {note: [] for note in notes}
    for number in range(count):
        sample = samples[number % len(samples)]
        def text(field, japanese):
            return words(generator, len(field["ja" if japanese else "en"]), japanese) + f" {number}"
        options = []
        for index, option in enumerate(sample["options"]):
            options.append({
                **({"id": option["id"]} if "id" in option else {}),
                "text": {"ja": text(option["text"], True) + f"-{index}", "en": text(option["text"], False) + f"-{index}"},
                **({"correct": True} if option.get("correct") else {}),
                "why": {"ja": text(option["why"], True), "en": text(option["why"], False)},
                **({"excludes": option["excludes"]} if "excludes" in option else {}),
            })
        per_file[notes[number % len(notes)]].append({
            "id": f"gen-{number:05d}",
            "domain": sample["domain"],
            "exam_domains": sample["exam_domains"],
            "services": sample["services"],
            "difficulty": sample.get("difficulty", 2),
            # The sample's pool as it is (shown, chosen, exclusions), its constraints, and
            # a family of its own number so that families stay as small as the bank's.
            **{key: sample[key] for key in ("show", "choose", "constraints") if key in sample},
            **({"family": f"{sample['family']}-{number // len(samples)}"} if "family" in sample else {}),
            "stem": {"ja": text(sample["stem"], True) + choose_note(sample, True), "en": text(sample["stem"], False) + choose_note(sample, False)},
            "options": options,
            "explanation": {"ja": text(sample["explanation"], True), "en": text(sample["explanation"], False)},
            "docs": sample["docs"],
        })
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for note, questions in per_file.items():
        for part in range(0, len(questions), 200):
            with open(os.path.join(out_dir, f"{note}-{part // 200:03d}.yaml"), "w", encoding="utf-8") as handle:
                yaml.dump(
                    {"note": note, "questions": questions[part:part + 200]}, handle, Dumper=dumper,
                    allow_unicode=True, sort_keys=False, width=100,
                )


if __name__ == "__main__":
    main()
