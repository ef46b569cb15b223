"""Qt widgets and thin Qt models over ``quickreply.core``."""
