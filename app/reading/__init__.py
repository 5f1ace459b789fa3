"""Reading: pasted text in, FailureReports out.

`paste.read_paste` takes whatever an agent pasted (JSON, a Python or JavaScript literal, a log
line, an SDK exception, a bare code, Stripe's own messages) and returns a PasteReading: the
failures, most relevant first, and warnings. Nothing here knows replies or the window.
"""
