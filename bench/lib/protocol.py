"""The benchmark protocol every bench/*.sh script follows (bench/README.md, "Protocol").

A benchmark compares variants (ours and one or more baselines) in RUNS runs of one invocation.
Each run measures every variant once, in an order that alternates from run to run (A,B then B,A),
so that load that rises or falls during the invocation does not always favour the same side. The
result of a comparison is the median of the per-run ratios with its interquartile range, never a
ratio of means. Every run records the load average before and after it; the invocation records the
CPU model, the commit and the tools. Raw results go to
bench/results/<benchmark>/<UTC date>-<commit>[-dirty].json; a run with fewer than MIN_RUNS runs is
a smoke run and goes to bench/out/results/ instead, so that it cannot be committed by mistake.

Scripts use it from an embedded Python driver:

    import protocol
    s = protocol.Session("nk-check-vs-protoc", conditions={...})
    for run in s.runs():
        s.hyperfine("unpinned", run, [("kos nk check", "..."), ("protoc", "...")])
    s.ratio("kos nk check / protoc", "unpinned", "kos nk check", "protoc", target=("<=", 1.0))
    s.finish()
"""

import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile

SCHEMA = 1
# Runs below this make a smoke run (bench/README.md): enough to show the script works, not a number.
MIN_RUNS = 10


# ---------------------------------------------------------------- statistics (bench/lib/test_protocol.py)

def summary(values):
    """Median, quartiles (inclusive method: linear interpolation between closest ranks, as numpy's
    default), interquartile range, min, max and count of a non-empty list of numbers."""
    xs = sorted(float(x) for x in values)
    if not xs:
        raise ValueError("no values")
    if len(xs) == 1:
        q1 = med = q3 = xs[0]
    else:
        q1, med, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return {"n": len(xs), "median": med, "q1": q1, "q3": q3, "iqr": q3 - q1, "min": xs[0], "max": xs[-1]}


def cost(measurement):
    """What a measurement costs, lower is better: a time as it is, a throughput inverted."""
    value = measurement["value"]
    return value if measurement["better"] == "lower" else 1.0 / value


def _term(values, term):
    """The cost of one side of a ratio in one run: a variant's name, or (description, function of
    the run's {name: cost})."""
    if isinstance(term, str):
        return cost(values[term])
    return term[1]({k: cost(v) for k, v in values.items()})


def _describe(term):
    return term if isinstance(term, str) else term[0]


def per_run_ratios(runs, group, numerator, denominator):
    """cost(numerator) / cost(denominator) in every run of the group, in run order: how many times
    the numerator's time (or time per operation) the denominator's is."""
    return [_term(r["values"], numerator) / _term(r["values"], denominator)
            for r in runs if r["group"] == group]


def meets(value, target):
    op, bound = target
    return {"<=": value <= bound, "<": value < bound, ">=": value >= bound, ">": value > bound}[op]


def alternate(names, run):
    """The order of the variants in run `run` (1-based): as given in odd runs, reversed in even ones."""
    names = list(names)
    return names if run % 2 == 1 else names[::-1]


# ---------------------------------------------------------------- the machine and the tree

def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def first_line(argv):
    """The first line a tool prints about its version, or None when it is not there."""
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (p.stdout or p.stderr).strip()
    return text.splitlines()[0] if text else None


def git_state(root):
    """(short commit, dirty). bench/results/ does not count as dirt: a benchmark of run-all.sh writes
    there, and the next one measures the same code."""
    def git(*args):
        return subprocess.run(["git", "-C", root, *args], capture_output=True, text=True).stdout.strip()
    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = bool(git("status", "--porcelain", "--", ".", ":(exclude)bench/results"))
    return commit, dirty


def result_path(root, benchmark, when, commit, dirty, smoke):
    name = when.strftime("%Y-%m-%dT%H%M%SZ") + "-" + commit + ("-dirty" if dirty else "") + ".json"
    base = os.path.join(root, "bench", "out", "results") if smoke else os.path.join(root, "bench", "results")
    return os.path.join(base, benchmark, name)


# ---------------------------------------------------------------- a session

class Session:
    """One invocation of a benchmark: its runs, their measurements, the ratios, the JSON file."""

    def __init__(self, benchmark, conditions=None, runs=None, root=None, tools=None):
        self.benchmark = benchmark
        self.root = root or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        self.n = int(runs if runs is not None else os.environ.get("RUNS", MIN_RUNS))
        if self.n < 1:
            raise SystemExit(f"{benchmark}: RUNS must be at least 1")
        self.smoke = self.n < MIN_RUNS
        self.started = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        self.commit, self.dirty = git_state(self.root)
        self.conditions = dict(conditions or {})
        self.tools = {"java": first_line(["java", "-version"])}
        for name, argv in (tools or {}).items():
            self.tools[name] = first_line(argv)
        self.records = []
        self.ratios = []
        if self.smoke:
            print(f"{benchmark}: {self.n} run(s) < {MIN_RUNS}: a smoke run, written under bench/out/results/",
                  file=sys.stderr)

    def runs(self):
        return range(1, self.n + 1)

    # -- measuring

    def record(self, group, run, order, measure):
        """Runs `measure(order)` -> {variant: measurement} between two load readings and keeps it.
        A measurement is {"value", "unit", "better": "lower"|"higher", ...raw fields}."""
        before = loadavg()
        print(f"{self.benchmark}: run {run}/{self.n}, {group}: {' -> '.join(order)}; load {before[0]:.2f}",
              file=sys.stderr)
        values = measure(order)
        self.records.append({"group": group, "run": run, "order": list(order), "load_before": before,
                             "load_after": loadavg(), "values": values})
        return values

    def hyperfine(self, group, run, commands, inner=None, warmup=None, options=()):
        """One run: one hyperfine invocation over all commands [(name, command)] in alternating
        order, INNER timed runs each after WARMUP untimed ones. A command's value is the median of
        its timed runs (seconds)."""
        inner = int(inner if inner is not None else os.environ.get("INNER", 3))
        warmup = int(warmup if warmup is not None else os.environ.get("WARMUP", 1))
        cmds = dict(commands)

        def measure(order):
            with tempfile.TemporaryDirectory() as tmp:
                out = os.path.join(tmp, "hyperfine.json")
                argv = ["hyperfine", "--style", "basic", "--warmup", str(warmup), "--runs", str(inner),
                        "--export-json", out, *options]
                for name in order:
                    argv += ["-n", name, cmds[name]]
                subprocess.run(argv, check=True, stdout=sys.stderr)
                with open(out) as f:
                    results = json.load(f)["results"]
            return {r["command"]: {"value": r["median"], "unit": "s", "better": "lower", "times": r["times"],
                                   "user": r["user"], "system": r["system"]} for r in results}

        return self.record(group, run, alternate(cmds, run), measure)

    def jmh(self, group, run, variants, launcher):
        """One run: one JMH invocation per variant [(name, [JMH arguments selecting exactly one
        benchmark])], in alternating order. `launcher` is the command before the arguments (java
        -cp ... org.openjdk.jmh.Main). A variant's value is JMH's score; its raw result is kept."""
        args = dict(variants)
        log_dir = os.path.join(self.root, "bench", "out", "jmh", self.benchmark)
        os.makedirs(log_dir, exist_ok=True)

        def measure(order):
            values = {}
            for name in order:
                stem = os.path.join(log_dir, f"{group}-{name}-run{run}".replace(" ", "_").replace("/", "_"))
                with open(stem + ".log", "w") as log:
                    subprocess.run([*launcher, *args[name], "-rf", "json", "-rff", stem + ".json"],
                                   check=True, stdout=log, stderr=subprocess.STDOUT)
                with open(stem + ".json") as f:
                    results = json.load(f)
                if len(results) != 1:
                    raise SystemExit(f"{name}: expected one JMH result, got {len(results)} (see {stem}.log)")
                r = results[0]
                m = r["primaryMetric"]
                err = m["scoreError"]
                values[name] = {
                    "value": m["score"], "unit": m["scoreUnit"],
                    "better": "higher" if r["mode"] == "thrpt" else "lower",
                    "error": None if err == "NaN" else err, "threads": r["threads"],
                    "secondary": {k: v["score"] for k, v in r.get("secondaryMetrics", {}).items()},
                }
            return values

        return self.record(group, run, alternate(args, run), measure)

    # -- results

    def ratio(self, label, group, numerator, denominator, target=None):
        """The median of the per-run ratios cost(numerator)/cost(denominator) in `group`, with
        its IQR; numerator and denominator are variant names or (description, function)."""
        per_run = per_run_ratios(self.records, group, numerator, denominator)
        entry = {"label": label, "group": group, "numerator": _describe(numerator),
                 "denominator": _describe(denominator), "per_run": per_run, **summary(per_run)}
        if target is not None:
            entry["target"] = f"{target[0]} {target[1]}"
            entry["met"] = meets(entry["median"], target)
        self.ratios.append(entry)
        return entry

    def document(self):
        loads = [x for r in self.records for x in (r["load_before"][0], r["load_after"][0])]
        return {
            "schema": SCHEMA,
            "benchmark": self.benchmark,
            "date": self.started.isoformat().replace("+00:00", "Z"),
            "commit": self.commit,
            "dirty": self.dirty,
            "smoke": self.smoke,
            "host": {"cpu_model": cpu_model(), "cpus": os.cpu_count(), "kernel": platform.release(),
                     "tools": self.tools},
            "protocol": {"runs": self.n, "min_runs": MIN_RUNS, "order": "alternating (A,B then B,A)",
                         "ratio": "median of per-run ratios of costs (time, or 1/throughput)",
                         "quartiles": "inclusive (linear interpolation)"},
            "conditions": self.conditions,
            "load_1min": summary(loads) if loads else None,
            "ratios": self.ratios,
            "runs": self.records,
        }

    def finish(self):
        """Prints the summary and writes the JSON; returns its path."""
        doc = self.document()
        path = result_path(self.root, self.benchmark, self.started, self.commit, self.dirty, self.smoke)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
        print(render(doc, os.path.relpath(path, self.root)))
        return path


def _fmt(value, unit):
    if unit == "s":
        return f"{value * 1000:,.1f} ms"
    return f"{value:,.4g} {unit}"


def render(doc, path):
    """The text summary of a result document."""
    lines = [f"\n== {doc['benchmark']}: {doc['protocol']['runs']} runs, commit {doc['commit']}"
             f"{' (dirty)' if doc['dirty'] else ''}{', SMOKE RUN' if doc['smoke'] else ''}; "
             f"{doc['host']['cpu_model']}, {doc['host']['cpus']} CPUs"]
    if doc["load_1min"]:
        l = doc["load_1min"]
        lines.append(f"load average (1 min, before and after each run): median {l['median']:.2f} "
                     f"[{l['min']:.2f}-{l['max']:.2f}]")
    groups = []
    for r in doc["runs"]:
        if r["group"] not in groups:
            groups.append(r["group"])
    for g in groups:
        rs = [r for r in doc["runs"] if r["group"] == g]
        lines.append(f"{g}: median [IQR] over {len(rs)} runs")
        for name in rs[0]["values"]:
            vals = [r["values"][name]["value"] for r in rs if name in r["values"]]
            unit = rs[0]["values"][name]["unit"]
            s = summary(vals)
            lines.append(f"  {name:40} {_fmt(s['median'], unit):>18}  [{_fmt(s['q1'], unit)} - {_fmt(s['q3'], unit)}]")
    lines.append("ratios (median of per-run ratios, IQR, min-max):")
    for r in doc["ratios"]:
        verdict = "" if "target" not in r else f"  target {r['target']}: {'met' if r['met'] else 'NOT met'}"
        lines.append(f"  {r['group']}: {r['label']:40} {r['median']:6.2f}x  IQR {r['q1']:.2f}-{r['q3']:.2f}"
                     f"  [{r['min']:.2f}-{r['max']:.2f}]{verdict}")
    lines.append(f"raw results: {path}")
    return "\n".join(lines)


if __name__ == "__main__":
    # `python3 bench/lib/protocol.py FILE.json` prints the summary of a stored result.
    for p in sys.argv[1:]:
        with open(p) as f:
            print(render(json.load(f), p))
