"""Liveness and readiness, for a process supervisor or a load balancer."""
