"""The verdict: a FailureReport and the catalogue in, an Explanation out.

`explain.explain` decides what happened, who acts, whether a retry can work, whether the reason is
confidential and which reply class answers it.
"""
