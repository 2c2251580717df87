"""The reference client: the cryptography a phone app does, over the HTTP API."""
