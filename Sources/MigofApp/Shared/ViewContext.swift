import MigofCore
import MigofWidgets

/// What a screen's view reads besides its own state.
struct ViewContext {
    let document: Document
    let glyphs: Glyphs
    var framework: Framework { document.framework }
    var year: Int { document.year }
    var cells: Cells { Cells(framework: document.framework, glyphs: glyphs) }
}
