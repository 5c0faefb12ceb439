"""Tests of the benchmark protocol's statistics and result file (run by kos-cli's BenchProtocolTest
during `mvn -B verify`, or alone: python3 -m unittest discover -s bench/lib)."""

import contextlib
import io
import json
import os
import tempfile
import unittest

import protocol


def measurement(value, better="lower", unit="s"):
    return {"value": value, "unit": unit, "better": better}


class SummaryTest(unittest.TestCase):
    def test_median_and_quartiles_interpolate_between_closest_ranks(self):
        # sorted 1 2 3 4 5 6 7 8: ranks (n-1)p -> q1 at 1.75 (2.75), median at 3.5 (4.5), q3 at 5.25 (6.25)
        s = protocol.summary([8, 1, 7, 2, 6, 3, 5, 4])
        self.assertEqual((s["q1"], s["median"], s["q3"]), (2.75, 4.5, 6.25))

    def test_iqr_is_the_distance_between_the_quartiles(self):
        s = protocol.summary([1, 2, 3, 4, 100])
        self.assertEqual(s["iqr"], s["q3"] - s["q1"])
        self.assertEqual((s["q1"], s["q3"]), (2.0, 4.0))

    def test_one_value_is_its_own_median_and_quartiles(self):
        s = protocol.summary([1.5])
        self.assertEqual((s["n"], s["q1"], s["median"], s["q3"], s["iqr"]), (1, 1.5, 1.5, 1.5, 0.0))

    def test_no_values_is_an_error(self):
        with self.assertRaises(ValueError):
            protocol.summary([])


class RatioTest(unittest.TestCase):
    RUNS = [
        {"group": "g", "values": {"a": measurement(2.0), "b": measurement(1.0)}},
        {"group": "g", "values": {"a": measurement(9.0), "b": measurement(1.0)}},
        {"group": "g", "values": {"a": measurement(3.0), "b": measurement(2.0)}},
        {"group": "other", "values": {"a": measurement(100.0), "b": measurement(1.0)}},
    ]

    def test_ratios_are_taken_run_by_run_within_the_group(self):
        self.assertEqual(protocol.per_run_ratios(self.RUNS, "g", "a", "b"), [2.0, 9.0, 1.5])

    def test_the_median_of_per_run_ratios_is_not_the_ratio_of_means(self):
        ratios = protocol.per_run_ratios(self.RUNS, "g", "a", "b")
        mean_a = (2.0 + 9.0 + 3.0) / 3
        mean_b = (1.0 + 1.0 + 2.0) / 3
        self.assertEqual(protocol.summary(ratios)["median"], 2.0)
        self.assertNotAlmostEqual(mean_a / mean_b, 2.0)

    def test_a_throughput_is_inverted_so_that_the_ratio_is_of_costs(self):
        runs = [{"group": "g", "values": {"kernel": measurement(250.0, "higher", "ops/s"),
                                          "bare": measurement(1000.0, "higher", "ops/s")}}]
        self.assertEqual(protocol.per_run_ratios(runs, "g", "kernel", "bare"), [4.0])

    def test_a_side_may_be_a_function_of_the_run(self):
        runs = [{"group": "g", "values": {"kos": measurement(0.5), "start": measurement(0.1),
                                          "base": measurement(0.2)}}]
        minus = ("kos - start", lambda v: v["kos"] - v["start"])
        self.assertAlmostEqual(protocol.per_run_ratios(runs, "g", minus, "base")[0], 2.0)

    def test_targets_compare_with_their_operator(self):
        self.assertTrue(protocol.meets(1.0, ("<=", 1.0)))
        self.assertFalse(protocol.meets(1.0, ("<", 1.0)))


class OrderTest(unittest.TestCase):
    def test_odd_runs_keep_the_order_and_even_runs_reverse_it(self):
        self.assertEqual(protocol.alternate(["a", "b", "c"], 1), ["a", "b", "c"])
        self.assertEqual(protocol.alternate(["a", "b", "c"], 2), ["c", "b", "a"])


class ResultFileTest(unittest.TestCase):
    def session(self, root, runs):
        with contextlib.redirect_stderr(io.StringIO()):
            s = protocol.Session("demo", conditions={"clients": 1}, runs=runs, root=root)
            for run in s.runs():
                s.record("g", run, protocol.alternate(["a", "b"], run),
                         lambda order: {name: measurement(2.0 if name == "a" else 1.0) for name in order})
        s.ratio("a / b", "g", "a", "b", target=("<=", 1.5))
        return s

    def finish(self, s):
        with contextlib.redirect_stdout(io.StringIO()):
            return s.finish()

    def test_a_run_below_the_minimum_is_a_smoke_run_kept_out_of_bench_results(self):
        with tempfile.TemporaryDirectory() as root:
            path = self.finish(self.session(root, 2))
            self.assertTrue(path.startswith(os.path.join(root, "bench", "out", "results", "demo") + os.sep))
            with open(path) as f:
                self.assertTrue(json.load(f)["smoke"])

    def test_a_full_run_goes_to_bench_results_named_by_date_and_commit(self):
        with tempfile.TemporaryDirectory() as root:
            s = self.session(root, protocol.MIN_RUNS)
            path = self.finish(s)
            name = s.started.strftime("%Y-%m-%dT%H%M%SZ") + "-unknown.json"
            self.assertEqual(path, os.path.join(root, "bench", "results", "demo", name))

    def test_the_file_holds_every_run_with_its_load_and_order_and_the_ratio_summary(self):
        with tempfile.TemporaryDirectory() as root:
            with open(self.finish(self.session(root, 3))) as f:
                doc = json.load(f)
        self.assertEqual(doc["schema"], protocol.SCHEMA)
        self.assertEqual(doc["conditions"], {"clients": 1})
        self.assertIn("cpu_model", doc["host"])
        self.assertEqual([r["order"] for r in doc["runs"]], [["a", "b"], ["b", "a"], ["a", "b"]])
        for r in doc["runs"]:
            self.assertEqual(len(r["load_before"]), 3)
            self.assertEqual(len(r["load_after"]), 3)
        ratio = doc["ratios"][0]
        self.assertEqual(ratio["per_run"], [2.0, 2.0, 2.0])
        self.assertEqual((ratio["median"], ratio["iqr"], ratio["target"], ratio["met"]), (2.0, 0.0, "<= 1.5", False))


if __name__ == "__main__":
    unittest.main()
