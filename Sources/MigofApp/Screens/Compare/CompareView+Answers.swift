import MigofCore
import MigofWidgets

/// How the compare screen shows answers and the published rating beside the assessed one.
extension CompareView {
    /// The basis, with the published rating beside a complete assessment ("assessed ! p3"),
    /// so it never hides the published one. A published headline stays "reported" here even
    /// with a few answers, to leave the room to the area names; the detail line below gives
    /// the partial figure.
    static func sideBasis(_ rating: Rating, cells: Cells) -> TableCell {
        if rating.basis == .reported { return TableCell("reported", style: Style(.muted)) }
        let basis = cells.basis(rating)
        guard rating.basis == .assessed, let published = rating.published else { return basis }
        return TableCell("\(basis.text) p\(published)\(rating.caveat == nil ? "" : Cells.caveatMark)", style: basis.style)
    }

    /// An indicator's side: on the rating scale, its score with a bar; otherwise its answer by
    /// label, coloured by meaning, in the basis column, and no bar.
    func scoreFigures(_ entry: IndicatorEntry) -> CompareSideFigures {
        let id = entry.indicator.id
        let noted = entry.note == nil ? "" : " note"
        guard framework.answersOnScale(id) else {
            let answer = entry.score == nil ? TableCell("-", style: Style(.unscored)) : cells.answer(entry.score, of: id)
            return CompareSideFigures(number: TableCell(""), value: nil, basis: TableCell(answer.text + noted, style: answer.style),
                                      scaled: false)
        }
        let number = entry.score.map { TableCell("\($0)", style: Style(.rating($0), bold: true)) } ?? TableCell("-", style: Style(.unscored))
        let basis = entry.note == nil ? TableCell("") : TableCell("note", style: Style(.muted))
        return CompareSideFigures(number: number, value: entry.score, basis: basis)
    }

    /// B's answer minus A's by what they mean on the rating scale, not by their keys (under
    /// 10.7.2 key 3 is "no"); nil when a side is unanswered.
    func answerDelta(_ item: Comparison.IndicatorRow) -> Int? {
        let id = item.indicator.id
        guard let a = item.a.score.flatMap({ framework.meaning(ofAnswer: $0, of: id) }),
              let b = item.b.score.flatMap({ framework.meaning(ofAnswer: $0, of: id) }) else { return nil }
        return b - a
    }
}
