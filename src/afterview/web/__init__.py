"""The local web app (``afterview serve``): the same library and the same store as the CLI.

- :mod:`.server`: starting it (token, address, browser, ``--demo``) under uvicorn
- :mod:`.app`: the Starlette application, its routes and templates
- :mod:`.security`: the guard in front of every request (host, origin, token, CSP)
- :mod:`.pages`: one module per page (today, interviews, messages, applications, settings)
- :mod:`.checking`: the etiquette checker on a draft as it is typed
- :mod:`.preview`: each debrief line as a note will read it, or why it is left out
- :mod:`.invite`: a calendar invite (.ics) or an invitation email (.eml), read into the form
- :mod:`.demo`: a private temporary store filled with the bundled examples
- :mod:`.journal`: the last action, and how to undo it

Starlette, uvicorn and python-multipart are imported only here, so no other
command pays for them at start-up.
"""
