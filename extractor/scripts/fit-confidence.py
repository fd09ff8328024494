#!/usr/bin/env python3
"""Fit the confidence weights (extractor/src/main/resources/io/newswire/extract/confidence-weights.tsv).

Usage: fit-confidence.py GOLD.jsonl ENRICH.jsonl [--table | --cv]

ENRICH is `newswire enrich` output over the articles of GOLD (the dev set only: never the check set).
Each extracted meeting is labelled true when score.py pairs it with a labelled meeting (same greedy
pairing); its cues become features (a cue "family:detail" counts for its own key when that key is in
KEYS, else for its family). An L2-regularised logistic regression (Newton's method) gives the weights,
printed as the TSV; --table prints cue counts and true shares instead, --cv the held-out AUC and
log-loss of 5-fold cross-validation.

ENRICH must list every cue: NEWSWIRE_JAVA_OPTS=-Dnewswire.confidence.cues=all ./newswire enrich ...
"""
import json, math, os, sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval"))
import score  # noqa: E402  (the scorer's own pairing)

# The weight keys that are fitted; every other cue is reported with weight 0 (on the dev set it did not
# improve the cross-validated fit). A cue counts for its own key when that is a key, else for its family
# ("side-unnamed:RU" -> "side-unnamed"); each key counts once per meeting.
FITTED = {"single-name", "country-unknown", "untitled", "date:inherited", "venue:inherited", "venue:from-dateline",
          "weak-trigger", "noun-trigger", "evidence", "status:denied", "hedged"}
# trigger words ("trigger:met", "noun-trigger:summit") of at least this many dev meetings get their own key
MIN_TRIGGER_COUNT = 10
L2 = 1.0
FAMILIES = ["trigger", "noun-trigger", "weak-trigger", "parties-from-context", "both-sides-named", "side-unnamed",
            "known-actor", "country-unknown", "single-name", "untitled", "multilateral", "kind:in-person", "kind:call",
            "kind:video", "status:planned", "status:cancelled", "status:denied", "date:explicit", "date:inherited",
            "date:vague", "date:none", "venue:explicit", "venue:from-dateline", "venue:inherited", "venue:none",
            "hedged", "attributed", "long-sentence", "background", "event", "evidence", "caption-only"]


def key(cue, keys):
    return cue if cue in keys else cue.split(":", 1)[0]


def labelled(gold_path, pred_path):
    gold = {json.loads(l)["id"]: json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()}
    rows = []
    for line in open(pred_path, encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        gid = os.path.splitext(os.path.basename(p["source"]))[0]
        gms, pms = (gold.get(gid) or {}).get("meetings") or [], p.get("meetings") or []
        pairs = sorted(((score.overlap(gm, pm), gi, pi) for gi, gm in enumerate(gms) for pi, pm in enumerate(pms)), reverse=True)
        gu, pu = set(), set()
        for s, gi, pi in pairs:
            if s >= score.MATCH and gi not in gu and pi not in pu:
                gu.add(gi)
                pu.add(pi)
        for pi, pm in enumerate(pms):
            rows.append((pm.get("all_cues") or pm.get("cues") or [], pi in pu, pm.get("confidence")))
    return rows


def fit(rows, keys):
    import numpy as np
    idx = {k: i + 1 for i, k in enumerate(keys)}
    x = np.zeros((len(rows), len(keys) + 1))
    x[:, 0] = 1.0
    y = np.array([1.0 if t else 0.0 for _, t, _ in rows])
    for r, (cues, _, _) in enumerate(rows):
        for k in {key(c, idx) for c in cues}:
            if k in idx:
                x[r, idx[k]] = 1.0
    w = np.zeros(len(keys) + 1)
    reg = np.eye(len(keys) + 1) * L2
    reg[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        g = x.T @ (p - y) + reg @ w
        h = x.T @ (x * (p * (1 - p))[:, None]) + reg
        w -= np.linalg.solve(h, g)
    return dict(zip(["bias"] + keys, w))


def cross_validate(rows, fitted, folds=5):
    """Held-out AUC and log-loss (meeting i in fold i mod 5) against the constant predictor."""
    import math
    idx = set(fitted)
    scored = []
    for k in range(folds):
        w = fit([r for i, r in enumerate(rows) if i % folds != k], fitted)
        for i, (cues, t, _) in enumerate(rows):
            if i % folds == k:
                z = w["bias"] + sum(w.get(x, 0.0) for x in {key(c, idx) for c in cues})
                scored.append((1 / (1 + math.exp(-z)), t))
    pos = [p for p, t in scored if t]
    neg = [p for p, t in scored if not t]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / len(pos) / len(neg)
    ll = -sum(math.log(p if t else 1 - p) for p, t in scored) / len(scored)
    base = len(pos) / len(scored)
    ll0 = -(base * math.log(base) + (1 - base) * math.log(1 - base))
    print(f"{folds}-fold held-out: AUC {auc:.3f}, log-loss {ll:.3f} (constant {base:.3f}: {ll0:.3f})")


def main(argv):
    rows = labelled(argv[1], argv[2])
    triggers = defaultdict(int)
    for cues, _, _ in rows:
        for c in cues:
            if "trigger" in c.split(":", 1)[0]:
                triggers[c] += 1
    fitted = sorted(FITTED | {c for c, n in triggers.items() if n >= MIN_TRIGGER_COUNT and ":" in c})
    keys = set(fitted) | set(FAMILIES)
    counts, true = defaultdict(int), defaultdict(int)
    for cues, t, _ in rows:
        for k in {key(c, keys) for c in cues}:
            counts[k] += 1
            true[k] += t
    if "--table" in argv:
        print(f"meetings {len(rows)}, true {sum(t for _, t, _ in rows)}")
        for k in sorted(counts):
            print(f"{k:28} {counts[k]:4} {true[k] / counts[k]:.2f}")
        return
    if "--cv" in argv:
        cross_validate(rows, fitted)
        return
    w = fit(rows, fitted)
    n, t = len(rows), sum(t for _, t, _ in rows)
    print("# Confidence weights (Confidence.java; docs/extractor.md, \"Confidence\"): CUE WEIGHT, the log-odds a cue adds")
    print("# to the bias. A cue family:detail without its own line takes its family's line; each line counts once")
    print("# per meeting. Generated by extractor/scripts/fit-confidence.py on the dev set, do not edit by hand:")
    print(f"# {n} extracted meetings, {t} true per score.py's pairing; L2-regularised logistic regression (L2 {L2}).")
    print("# Weight 0: reported as a cue, but it did not improve the cross-validated fit on dev (not fitted).")
    print("# The comment after each line: dev meetings with the cue, share of them true.")
    print(f"bias\t{w['bias']:.2f}")
    for k in sorted(keys):
        c = f"# {counts[k]} meetings, {true[k] / counts[k]:.2f} true" if counts[k] else "# not seen on dev"
        print(f"{k}\t{w.get(k, 0.0):.2f}\t{c}")


if __name__ == "__main__":
    main(sys.argv)
