import unittest, io, re, sys

class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1]
    def setUp(self):
        self.x = 1
    def test_equal(self):
        self.assertEqual(self.x, 1)
    def test_fail_int(self):
        self.assertEqual(1, 2)
    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_fail_str(self):
        self.assertEqual("line1\nline2\n", "line1\nline3\n")
    def test_fail_msg(self):
        self.assertTrue(0, "custom message")
    def test_error(self):
        {}["missing"]
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn("zero", str(cm.exception))
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")
    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass
    def test_various(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", "ell")
        self.assertGreater(2, 1)
        self.assertSetEqual({1, 2}, {2, 1})
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("w", UserWarning)
        import logging
        with self.assertLogs("t", level="INFO") as cm:
            logging.getLogger("t").info("logged")
        self.assertEqual(cm.output, ["INFO:t:logged"])

def run(verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Basic)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in Xs", stream.getvalue())
    print(out.replace(__file__, "FILE"))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.testsRun)

run(2)
run(1)
print(unittest.TestLoader().getTestCaseNames(Basic))
t = Basic("test_equal")
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
for msgs in [lambda s: s.assertIn(3, [1, 2]), lambda s: s.assertIs(1, None), lambda s: s.assertAlmostEqual(1.0, 1.1),
             lambda s: s.assertNotEqual(1, 1), lambda s: s.assertCountEqual([1, 1, 2], [1, 2, 2]),
             lambda s: s.assertSetEqual({1, 2}, {2, 3}), lambda s: s.assertTupleEqual((1, 2), (1, 2, 3)),
             lambda s: s.assertIsInstance("x", int), lambda s: s.assertRegex("abc", "z"),
             lambda s: s.assertGreaterEqual(1, 2), lambda s: s.assertEqual("a" * 100, "a" * 99 + "b")]:
    try:
        msgs(t)
    except AssertionError as e:
        print(repr(str(e)))
sys.stderr = sys.stdout
try:
    class Mini(unittest.TestCase):
        def test_ok(self):
            pass
    out = io.StringIO()
    prog = unittest.main(argv=["x"], exit=False, testRunner=unittest.TextTestRunner(stream=out), defaultTest="Mini")
    print(re.sub(r"in [\d.]+s", "in Xs", out.getvalue()), prog.result.wasSuccessful())
except SystemExit as e:
    print("exit", e.code)
