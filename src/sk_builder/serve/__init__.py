"""`sk serve`: build, serve the website and documents on localhost, rebuild on every save, reload the open page."""
