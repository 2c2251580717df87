"""Registration, pre-login parameters, passphrase change and recovery."""
