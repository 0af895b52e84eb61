"""Mail: a mailbox folder as a source (IMAP over TLS) and briefings sent by e-mail (SMTP).

`accounts` holds addresses, settings and passwords (in the system keyring only),
`imap_source` refreshes a folder into issues, `smtp_send` sends a briefing. Nothing here
imports Qt, and the network libraries load only when mail is used.
"""
