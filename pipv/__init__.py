"""pipv: help for employees who fear being pushed out through a performance-improvement plan."""
