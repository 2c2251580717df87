"""Sign-in, token refresh and the device sessions an account can see and revoke."""
