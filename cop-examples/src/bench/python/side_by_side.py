#!/usr/bin/env python3
"""The analysis benchmark side by side: cop, pandas and DuckDB computing the same `scaling` table
over the same synthetic archives, each as its own process timed by /usr/bin/time (wall, CPU, peak
memory), then a check that the three tables are equal and the ratios cop / pandas and cop / DuckDB.

cop runs as a person runs it: the distribution's bin/cop, with its class-data sharing archive
and its JVM options. Run through Maven (it builds the distribution and generates the archives first):
    ./mvnw -B -q -pl cop-examples -am -DskipTests -Pbench-side-by-side package [-Dsessions=1000]

pandas and DuckDB are needed only here, never by cop; the script installs them with pip if missing.
"""
import argparse
import csv
import json
import math
import os
import re
import subprocess
import sys
import statistics
import tempfile

COLUMNS = ["community", "series", "session", "held_on", "question_number", "question", "scale_min",
           "scale_max", "good_enough", "n", "n_anonymous", "min", "lower_quartile", "median",
           "upper_quartile", "max", "mean", "share_at_or_above_good_enough"]

PANDAS = r'''
import json, sys
import pandas as pd
rounds, ratings = [], []
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    community = doc["id"]
    # restricted people's ratings are not counted (anonymous ones are)
    restricted = {p["id"] for p in doc.get("register", {}).get("people", []) if "restriction" in p}
    for s in doc.get("sessions", []):
        for q, sc in enumerate(s.get("scaling", []), start=1):
            key = len(rounds)
            rs = [r for r in sc.get("ratings", []) if r.get("ratedBy") not in restricted]
            rounds.append((key, community, s.get("series", ""), s["id"], s["startsAt"][:10], q,
                           sc["question"]["text"], sc["question"]["scale"]["min"],
                           sc["question"]["scale"]["max"], sc["question"]["goodEnough"], len(rs),
                           sum(1 for r in rs if "ratedBy" not in r)))
            ratings.extend((key, r["value"]) for r in rs)
rd = pd.DataFrame(rounds, columns=["key", "community", "series", "session", "held_on", "question_number",
    "question", "scale_min", "scale_max", "good_enough", "n", "n_anonymous"]).set_index("key")
rt = pd.DataFrame(ratings, columns=["key", "value"])
rt["good"] = rt["value"] >= rd["good_enough"].reindex(rt["key"]).to_numpy()
g = rt.groupby("key")
st = pd.DataFrame({"min": g["value"].min(), "lower_quartile": g["value"].quantile(0.25),
    "median": g["value"].median(), "upper_quartile": g["value"].quantile(0.75),
    "max": g["value"].max(), "mean": g["value"].mean(), "share_at_or_above_good_enough": g["good"].mean()})
out = rd.join(st)
out["min"] = out["min"].astype("Int64"); out["max"] = out["max"].astype("Int64")
out.to_csv(sys.argv[1], index=False)
'''

DUCKDB = r'''
import sys, duckdb
files = sys.argv[2:]
con = duckdb.connect()
con.execute("SET threads TO 2")
# type 7 quantile (as R's default, pandas and cop) of a sorted, non-empty list
con.execute("""CREATE MACRO q7(v, p) AS
  v[CAST(floor((len(v) - 1) * p) AS INTEGER) + 1]
  + ((len(v) - 1) * p - floor((len(v) - 1) * p))
  * (v[least(CAST(floor((len(v) - 1) * p) AS INTEGER) + 2, len(v))] - v[CAST(floor((len(v) - 1) * p) AS INTEGER) + 1])""")
con.execute(f"""
COPY (
  WITH s AS (
    SELECT id AS community, unnest(sessions) AS s,
           -- restricted people's ratings are not counted (anonymous ones are)
           list_transform(list_filter(register.people, p -> p.restriction IS NOT NULL), p -> p.id) AS restricted
    FROM read_json({files!r}, format='auto', records=true, maximum_object_size=100000000)),
  q AS (
    SELECT community, s.series AS series, s.id AS session, substr(CAST(s.startsAt AS VARCHAR), 1, 10) AS held_on,
           unnest(s.scaling) AS sc, unnest(range(1, len(s.scaling) + 1)) AS question_number, restricted
    FROM s),
  r AS (
    SELECT *, list_sort(list_transform(counted, x -> x.value)) AS v
    FROM (SELECT *, list_filter(sc.ratings, x -> x.ratedBy IS NULL OR NOT list_contains(restricted, x.ratedBy)) AS counted
          FROM q))
  SELECT community, coalesce(series, '') AS series, session, held_on, question_number,
         sc.question.text AS question, sc.question.scale.min AS scale_min, sc.question.scale.max AS scale_max,
         sc.question.goodEnough AS good_enough, len(v) AS n,
         len(list_filter(counted, x -> x.ratedBy IS NULL)) AS n_anonymous,
         CASE WHEN len(v) > 0 THEN v[1] END AS min,
         CASE WHEN len(v) > 0 THEN q7(v, 0.25) END AS lower_quartile,
         CASE WHEN len(v) > 0 THEN q7(v, 0.5) END AS median,
         CASE WHEN len(v) > 0 THEN q7(v, 0.75) END AS upper_quartile,
         CASE WHEN len(v) > 0 THEN v[len(v)] END AS max,
         list_avg(v) AS mean,
         CASE WHEN len(v) > 0 THEN len(list_filter(v, x -> x >= sc.question.goodEnough)) / len(v) END
           AS share_at_or_above_good_enough
  FROM r
) TO '{sys.argv[1]}' (HEADER, DELIMITER ',')""")
'''


def ensure(module):
    try:
        __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", module])


def timed(cmd, label):
    """Runs cmd under /usr/bin/time -v; returns wall seconds, CPU seconds, peak RSS in MiB."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"{label} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        text = t.read()
    def field(name):
        return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    seconds = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return seconds, cpu, int(field("Maximum resident set size (kbytes)")) / 1024


def rows(path):
    """The table as tuples, numbers as floats rounded to 12 significant digits, sorted."""
    def value(x):
        if x == "":
            return None
        try:
            f = float(x)
            return float(f"{f:.12g}")
        except ValueError:
            return x
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = [c for c in COLUMNS if c not in reader.fieldnames]
        if missing:
            sys.exit(f"{path}: columns missing: {missing}")
        return sorted((tuple(value(r[c]) for c in COLUMNS) for r in reader), key=repr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cop", required=True, help="the installed tool's bin/cop, run as a person runs it")
    ap.add_argument("--java-home", help="the Java bin/cop runs on (JAVA_HOME); else java on the PATH")
    ap.add_argument("--rounds", type=int, default=3,
                    help="each tool runs once a round, in turn; the medians are compared")
    ap.add_argument("archives", nargs="+")
    a = ap.parse_args()
    archives = []
    for given in a.archives:  # a folder stands for the archives in it
        if os.path.isdir(given):
            archives += sorted(os.path.join(given, f) for f in os.listdir(given) if f.endswith(".json"))
        else:
            archives.append(given)
    a.archives = archives
    ensure("pandas")
    ensure("duckdb")
    if a.java_home:
        os.environ["JAVA_HOME"] = a.java_home
    os.environ.pop("JAVA_OPTS", None)
    out = tempfile.mkdtemp(prefix="cop-side-by-side")
    tables = {n: os.path.join(out, n + ".csv") for n in ("cop", "pandas", "DuckDB")}
    commands = {
        "cop": [a.cop, "analyse", *a.archives, "--table", "scaling", "--format", "csv",
                "--out", tables["cop"]],
        "pandas": [sys.executable, "-c", PANDAS, tables["pandas"], *a.archives],
        "DuckDB": [sys.executable, "-c", DUCKDB, tables["DuckDB"], *a.archives],
    }
    runs = {n: [] for n in commands}
    for _ in range(a.rounds):
        for name, cmd in commands.items():
            runs[name].append(timed(cmd, name))
    results = {n: tuple(statistics.median(r[i] for r in rs) for i in range(3)) for n, rs in runs.items()}
    size = sum(os.path.getsize(p) for p in a.archives) / 1e6
    cop = rows(tables["cop"])
    equal = {n: rows(p) == cop for n, p in tables.items() if n != "cop"}
    print(f"\nscaling table over {len(a.archives)} archives ({size:.0f} MB), {len(cop)} rows; each a process"
          f" of its own, median of {a.rounds} rounds ({os.cpu_count()} cores, load average"
          f" {os.getloadavg()[0]:.1f} at the end)")
    print(f"  {'tool':8} {'wall s':>8} {'CPU s':>8} {'peak MiB':>9}   same table as cop")
    for name, (wall, cpu, rss) in results.items():
        same = "" if name == "cop" else ("yes" if equal[name] else "NO")
        print(f"  {name:8} {wall:8.2f} {cpu:8.2f} {rss:9.0f}   {same}")
    cw, _, cm = results["cop"]
    pw = results["pandas"][0]
    dw, _, dm = results["DuckDB"]
    print(f"  cop wall / pandas wall = {cw / pw:.2f}  (target <= 1)")
    print(f"  cop wall / DuckDB wall = {cw / dw:.2f}  (target <= 2)")
    print(f"  cop peak / DuckDB peak = {cm / dm:.2f}  (target <= 2)")
    if not all(equal.values()):
        sys.exit("the tables differ")


if __name__ == "__main__":
    main()
