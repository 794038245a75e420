import MigofWidgets

/// Terminal cell width, so command-line tables line up with accented and wide names.
let displayWidth: @Sendable (String) -> Int = { TextWidth.width(of: $0) }
