"""From the lead to the team: template packs (``.qrpack``), template spreadsheets and Qianniu CSV in and out, the plan
of an import and its apply and undo, installed packs and the subscription to a lead's pack file."""
