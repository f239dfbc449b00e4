#!/usr/bin/env python3
"""Writes fsrs-vectors.json: review logs replayed by the reference FSRS implementation
(`pip install fsrs`, py-fsrs 6.x, FSRS-6 default parameters, desired retention 0.9,
learning steps 1 min and 10 min, relearning step 10 min, no fuzz). The Swift port must
give the same stability, difficulty, state and due time after every review.

Run: python3 make_vectors.py > fsrs-vectors.json
"""
import json
import random
from datetime import datetime, timedelta, timezone

from importlib.metadata import version

import fsrs

scheduler = fsrs.Scheduler(enable_fuzzing=False)
generator = random.Random(20261125)
gaps_minutes = [0.5, 1, 5, 10, 30, 60 * 6, 60 * 24, 60 * 24 * 3, 60 * 24 * 7, 60 * 24 * 20, 60 * 24 * 60]
cases = []
for number in range(40):
    card = fsrs.Card(card_id=number + 1)
    moment = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=generator.randint(0, 10000))
    reviews = []
    for _ in range(generator.randint(3, 14)):
        rating = generator.choice([1, 1, 2, 3, 3, 3, 4]) if number % 4 else generator.choice([1, 3])
        card, _ = scheduler.review_card(card, fsrs.Rating(rating), review_datetime=moment)
        reviews.append({
            "at": moment.isoformat(),
            "rating": rating,
            "state": card.state.name.lower(),
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": card.due.isoformat(),
        })
        # next review: sometimes early, sometimes on time, sometimes late
        if generator.random() < 0.5:
            moment = card.due + timedelta(minutes=generator.choice([0, 1, 90, 60 * 24 * 2]))
        else:
            moment = moment + timedelta(minutes=generator.choice(gaps_minutes))
    cases.append({"card": number + 1, "reviews": reviews})
print(json.dumps({
    "implementation": f"py-fsrs {version('fsrs')}",
    "parameters": list(scheduler.parameters),
    "desired_retention": scheduler.desired_retention,
    "learning_steps_seconds": [int(s.total_seconds()) for s in scheduler.learning_steps],
    "relearning_steps_seconds": [int(s.total_seconds()) for s in scheduler.relearning_steps],
    "cases": cases,
}, indent=1))
