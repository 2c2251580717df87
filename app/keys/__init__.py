"""Key custody: the caller's own key material, and anyone's public keys."""
