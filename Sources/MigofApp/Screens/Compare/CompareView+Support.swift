import MigofCore
import MigofWidgets

/// Draws a comparison: the state, the document it reads and the glyphs, in one value.
struct CompareView {
    let state: CompareState
    let document: Document
    let glyphs: Glyphs
    var framework: Framework { document.framework }
    var store: Store { document.store }
    var cells: Cells { Cells(framework: framework, glyphs: glyphs) }

    func ratingCell(_ rating: Rating?) -> TableCell { cells.rating(rating) }
    func basisCell(_ rating: Rating) -> TableCell { cells.basis(rating) }
    func bar(_ value: Int?, width: Int) -> TableCell { cells.bar(value, width: width) }
    func comparison(_ state: CompareState) -> Comparison? { state.comparison(document) }
    func compareRows(_ state: CompareState, _ comparison: Comparison) -> [CompareRow] { state.rows(comparison, framework: framework) }
}
