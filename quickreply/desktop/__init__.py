"""The desktop around QuickReply: global hotkey, paste into the agent's window, focus, start with the system.

Plain Python, no Qt: the app wires Qt to these functions. Each operating system's library (python-xlib, ctypes'
user32, winreg, pynput) is imported inside the function that needs it, so this package imports everywhere.

    from quickreply.desktop import hotkey, paste, focus, autostart
    registration = hotkey.register(hotkey.parse_hotkey("Ctrl+Alt+Q"), show_popup)  # may call back from a thread
    previous = focus.active_window()    # before the popup shows
    focus.activate(previous)            # after it hides
    paste.send_paste()                  # Ctrl+V (⌘V on macOS) into that window
"""
