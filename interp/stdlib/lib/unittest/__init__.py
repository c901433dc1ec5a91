"""Python unit testing framework (adder): TestCase with the assert
methods and their failure messages, subTest, skipping, expected
failures, cleanups and class fixtures; TestSuite, TestLoader,
TextTestRunner and main(). unittest.mock is not provided."""

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure,
                   addModuleCleanup, doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .result import TestResult
from .runner import TextTestRunner, TextTestResult
from .main import TestProgram, main

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler', 'registerResult', 'removeResult',
           'removeHandler', 'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return True


def removeHandler(method=None):
    if method is not None:
        return method
