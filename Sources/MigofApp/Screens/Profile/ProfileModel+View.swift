import MigofCore
import MigofWidgets

extension ProfileModel {
    func view(into buffer: inout Buffer, layout: ProfileLayout, context: ViewContext) {
        guard let profile = context.document.profile(code) else { return }
        let year = context.year
        let country = profile.country
        let head = layout.head
        var x = head.x + 1
        x += buffer.put("\(country.name) (\(country.iso3))", x: x, y: head.y, style: Style(.title, bold: true), maxWidth: head.width - 2)
        let place = [country.region, country.subRegion].filter { !$0.isEmpty }.joined(separator: " / ")
        buffer.put("  " + place, x: x, y: head.y, style: Style(.muted), maxWidth: max(0, head.maxX - x - 1))
        x = head.x + 1
        x += buffer.put("Years: ", x: x, y: head.y + 1, style: Style(.muted))
        if country.years.isEmpty {
            buffer.put("none", x: x, y: head.y + 1, style: Style(.unscored))
        }
        for item in country.years {
            let current = item == year
            x += buffer.put(current ? "[\(item)]" : " \(item) ", x: x, y: head.y + 1,
                            style: current ? Style(.accent, bold: true) : Style(.text)) + 1
        }
        if !profile.hasAssessment {
            buffer.put("(no assessment in \(year))", x: x, y: head.y + 1, style: Style(.warning), maxWidth: max(0, head.maxX - x))
        } else {
            drawChange(profile.overall, x: x + 1, y: head.y + 1, head: head, context: context, into: &buffer)
        }
        drawOverall(profile.overall, y: head.y + 2, head: head, context: context, into: &buffer)
        drawTable(profile, layout: layout, context: context, into: &buffer)
        if let legend = layout.legend {
            let text = Self.legend(width: legend.width, benchmarks: TableShape(width: layout.table.width).benchmarks)
            buffer.put(TextWidth.truncate(text, to: legend.width, ellipsis: context.glyphs.ellipsis),
                       x: legend.x, y: legend.y, style: Style(.muted), maxWidth: legend.width)
        }
        if let detail = layout.detail { drawDetail(profile, in: detail, context: context, into: &buffer) }
    }

    /// "Overall: 3 Meets · published 3 · assessed 2 · 60% !": the headline and both figures
    /// side by side.
    private func drawOverall(_ overall: Rating, y: Int, head: Rect, context: ViewContext, into buffer: inout Buffer) {
        let cells = context.cells
        var x = head.x + 1
        func put(_ text: String, _ style: Style) { x += buffer.put(text, x: x, y: y, style: style, maxWidth: max(0, head.maxX - x)) }
        put("Overall: ", Style(.muted))
        let headline = cells.rating(overall)
        put(headline.text + " ", headline.style)
        put(context.framework.label(for: overall.shown) + " · ", Style(.text))
        put(cells.sideBySide(overall), Style(overall.disagrees ? .warning : .text))
    }

    /// "since 2019, published: 2 → 3 ▲" after the years: the overall change against the
    /// previous round, like with like and saying which, or that there is no such figure.
    private func drawChange(_ overall: Rating, x start: Int, y: Int, head: Rect, context: ViewContext, into buffer: inout Buffer) {
        guard let previous = previousYear(context), let before = previousProfile(context)?.overall else { return }
        var x = start
        func put(_ text: String, _ style: Style) { x += buffer.put(text, x: x, y: y, style: style, maxWidth: max(0, head.maxX - x)) }
        guard let change = RoundChange.between(before, overall) else {
            put("since \(previous): no like-for-like figure", Style(.muted))
            return
        }
        put("since \(previous), \(change.basis.rawValue): ", Style(.muted))
        let cell = context.cells.change(change, lettered: false)
        put(cell.text, cell.style)
    }

    /// "P1 published 3 Meets · UN SDG Global Database, series SG_CPA_MIGRS": the citation a
    /// person can look up, never a repository path.
    static func publishedLine(_ rating: Rating, area: String, framework: Framework) -> String {
        guard let published = rating.published else { return "\(area): no published rating" }
        let head = "\(area) published \(published)\(rating.caveat == nil ? "" : Cells.caveatMark) \(framework.label(for: published))"
        return rating.citation.map { "\(head) · \($0)" } ?? head
    }

    /// "Answer: Yes, only for migrants with legal status (2, counts 50%)", or how to answer.
    static func answerLine(_ entry: IndicatorEntry, framework: Framework) -> String {
        let id = entry.indicator.id
        guard let answer = entry.score, let option = framework.option(answer, of: id) else {
            return "Unanswered: \(framework.keyHint(for: id))"
        }
        return "Answer: \(option.label) (key \(answer), counts \(framework.figureText(ofAnswer: answer, of: id) ?? option.valueText))"
    }

    /// "assessed 2 · 60% (5/5 answered) ! a band from the published 3", or the partial figure
    /// and why it is not counted yet, or "not assessed".
    static func assessedLine(_ rating: Rating) -> String {
        guard rating.assessed != nil else { return "Not assessed: Enter shows the indicators, digits answer them." }
        guard rating.isFullyScored else {
            return "partial \(rating.scored)/\(rating.total): provisional \(rating.assessedText), not counted until every indicator is answered"
        }
        let against = rating.published.map { rating.disagrees ? " \(Cells.disagreeMark) bands differ from the published \($0)" : " · the published band" } ?? ""
        return "assessed \(rating.assessedText) (\(rating.scored)/\(rating.total) answered)\(against)"
    }

    /// The country's latest year with data before the year shown.
    func previousYear(_ context: ViewContext) -> Int? {
        context.document.store.countries[code]?.years.last { $0 < context.year }
    }

    /// The country's profile in the previous year with data, worked out once per frame.
    func previousProfile(_ context: ViewContext) -> Profile? {
        guard let country = context.document.store.countries[code], let previous = previousYear(context) else { return nil }
        return Profile(country: country, year: previous, framework: context.framework, sources: context.document.store.sources)
    }
}
