"""The agent's own data: settings and history in user.db, never the pasted text.

`userdata.UserStore` owns the file (`userschema` migrates it); `settings` is the typed record of
what the agent chose; `history` decides what a history row may hold; `remember` is the one way a
paste's failure reaches history.
"""
