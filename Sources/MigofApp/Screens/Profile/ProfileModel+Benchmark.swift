import MigofCore
import MigofWidgets

extension ProfileModel {
    /// Marks an average resting on fewer than `AreaStatistics.minimumCount` countries, as the
    /// home tiles' packed region list does; such a figure is also drawn without a rating colour.
    static let fewMark = "~"

    /// The country's region and the world in `area` (nil: overall) in the year shown, from
    /// the year's statistics: averages of headline ratings with their n.
    func benchmark(_ profile: Profile, area: String?, document: Document) -> ReportBenchmark? {
        let aggregates = document.aggregates
        guard let statistics = area.map({ aggregates.statistics[$0] }) ?? aggregates.overallStatistics else { return nil }
        let value = area.map { profile.area($0)?.rating.value } ?? profile.overall.value
        return ReportBenchmark(value: value, region: profile.country.region, statistics: statistics,
                               scale: document.framework.scoreRange)
    }

    /// "3.1 (18)": an average with its n, coloured by the band it rounds to; "2.5 (2)~" and
    /// muted when it rests on too few countries; "–" when no country is rated.
    static func averageCell(_ average: Double?, count: Int) -> TableCell {
        guard let average, count > 0 else { return TableCell("–", style: Style(.unscored)) }
        let thin = AreaStatistics.isThin(count)
        let text = "\(TextWrap.decimal(average)) (\(count))\(thin ? fewMark : "")"
        return TableCell(text, style: thin ? Style(.muted) : Style(.rating(Int((average + 0.5).rounded(.down)))))
    }

    /// "Europe average 3.1 over 18 countries · world 3.0 over 90": the benchmark in words for
    /// the detail lines, saying "(few)" where an average rests on fewer than 3 countries.
    static func benchmarkLine(_ benchmark: ReportBenchmark, area: String) -> String {
        func figure(_ average: Double?, _ count: Int) -> String {
            guard let average, count > 0 else { return "no country rated" }
            let few = AreaStatistics.isThin(count) ? " (few)" : ""
            return "\(TextWrap.decimal(average)) over \(count) countr\(count == 1 ? "y" : "ies")\(few)"
        }
        return "\(area) \(benchmark.region) average \(figure(benchmark.regionAverage, benchmark.regionCount))"
            + " · world \(figure(benchmark.worldAverage, benchmark.worldCount))"
    }

    /// The legend, with what `~` means when the table shows averages.
    static func legend(width: Int, benchmarks: Bool) -> String {
        let few = " · \(fewMark) under \(AreaStatistics.minimumCount) countries"
        guard benchmarks, width > TextWidth.width(of: few) else { return Cells.legend(width: width) }
        let withFew = Cells.legend(width: width - TextWidth.width(of: few)) + few
        return TextWidth.width(of: withFew) <= width ? withFew : Cells.legend(width: width)
    }
}
