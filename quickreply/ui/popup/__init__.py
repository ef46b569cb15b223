"""The popup an agent opens with the hotkey: search box, results, the variables form, fee and tracking answers."""
