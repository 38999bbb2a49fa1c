"""SOP AP documents (PermenPANRB 35/2012): the activity graph, its checks, the printed form and its drawing."""
