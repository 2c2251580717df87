"""The account's security events, which only its owner can read."""
