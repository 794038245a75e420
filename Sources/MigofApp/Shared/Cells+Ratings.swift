import MigofCore
import MigofWidgets

/// The cells that put the published rating beside the assessed one, and the markers they use.
extension Cells {
    /// The markers, as the legend explains them.
    static let partialMark = "*", disagreeMark = "!", caveatMark = "?"

    /// The legend of the markers, shown wherever they can appear: the longest form that fits.
    static func legend(width: Int) -> String {
        let forms = ["* partial: provisional, not counted · ! bands differ · ? caveat · since: p published, a assessed",
                     "* partial, not counted · ! bands differ · ? caveat · p/a: published/assessed",
                     "* partial  ! bands differ  ? caveat  p/a pub/assessed"]
        return forms.first { TextWidth.width(of: $0) <= width } ?? forms[forms.count - 1]
    }

    /// The published rating, "3", with `?` when the data flags it as doubtful; "–" for none.
    func published(_ rating: Rating) -> TableCell {
        guard let value = rating.published else { return TableCell("–", style: Style(.unscored)) }
        return TableCell("\(value)\(rating.caveat == nil ? "" : Self.caveatMark)", style: Style(.rating(value), bold: true))
    }

    /// The assessed band and figure for a table column, "2 60%", or "2* 66.67%" while partial
    /// (at most nine columns); "–" for none.
    func assessed(_ rating: Rating) -> TableCell {
        guard let band = rating.assessed else { return TableCell("–", style: Style(.unscored)) }
        let text = "\(band)\(rating.isFullyScored ? "" : Self.partialMark) \(rating.figureText ?? "")"
        guard rating.isFullyScored else { return TableCell(text, style: Style(.warning)) }
        return TableCell(text, style: Style(.rating(band), bold: true))
    }

    /// An answer by its short label ("yes", "legal-only", "no"), coloured by what it means on
    /// the rating scale, not by its key; "unanswered" when unanswered.
    func answer(_ answer: Int?, of indicatorID: String) -> TableCell {
        guard let answer else { return TableCell("unanswered", style: Style(.unscored)) }
        let role = framework.meaning(ofAnswer: answer, of: indicatorID).map(Role.rating) ?? .text
        return TableCell(framework.answerText(answer, of: indicatorID), style: Style(role, bold: true))
    }

    /// A change between rounds, like with like: "p 2 → 3 ▲" (published against published) or
    /// "a 2 → 2 =" (assessed against assessed); "–" when the rounds have no comparable figures.
    /// Without `lettered` the basis letter is left out, for a line that names it in words.
    func change(_ change: RoundChange?, lettered: Bool = true) -> TableCell {
        guard let change else { return TableCell("–", style: Style(.muted)) }
        let arrow = glyphs.isUnicode ? "→" : "->"
        let letter = lettered ? (change.basis == .published ? "p " : "a ") : ""
        let text = "\(letter)\(change.from) \(arrow) \(change.to)"
        if change.delta > 0 { return TableCell("\(text) \(glyphs.arrowUp)", style: Style(.positive, bold: true)) }
        if change.delta < 0 { return TableCell("\(text) \(glyphs.arrowDown)", style: Style(.negative, bold: true)) }
        return TableCell("\(text) =", style: Style(.muted))
    }

    /// "published 3 · assessed 2 · 60% !", "published 3 · partial 2/5: 2* · 40%",
    /// "published – · not assessed": both figures in one phrase for headings.
    func sideBySide(_ rating: Rating) -> String {
        var text = "published \(rating.published.map { "\($0)\(rating.caveat == nil ? "" : Self.caveatMark)" } ?? "–")"
        if rating.assessed == nil {
            text += " · not assessed"
        } else if rating.isFullyScored {
            text += " · assessed \(rating.assessedText)\(rating.disagrees ? " \(Self.disagreeMark)" : "")"
        } else {
            text += " · partial \(rating.scored)/\(rating.total): \(rating.assessedText)"
        }
        return text
    }
}
