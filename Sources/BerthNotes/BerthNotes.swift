// Renderers hand back styled text; callers style their own output with the same type.
@_exported import BerthTerminal
