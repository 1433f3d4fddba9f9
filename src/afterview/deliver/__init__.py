"""Delivery: sending approved notes and noticing when the interviewer answers.

Each module has one job:

- :mod:`~afterview.deliver.email`: building the email (headers, encoding, attachments, .eml)
- :mod:`~afterview.deliver.smtp`: the SMTP transaction, retries and error wording
- :mod:`~afterview.deliver.secrets`: passwords from the environment or the keyring
- :mod:`~afterview.deliver.outbox`: the exactly-once send protocol over the records
- :mod:`~afterview.deliver.classify`: telling replies from auto-replies and bounces
- :mod:`~afterview.deliver.mailbox`: reading the mailbox over IMAP, read-only
- :mod:`~afterview.deliver.sync`: turning what arrived into records
- :mod:`~afterview.deliver.linkedin`: LinkedIn's limits and the hand-over
- :mod:`~afterview.deliver.card`: the printable handwritten card
- :mod:`~afterview.deliver.runner`: ``afterview run``, the unattended loop
"""
