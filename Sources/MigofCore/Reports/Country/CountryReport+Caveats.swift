extension CountryReport {
    /// The report's caveats, in a fixed order: no assessment, the data's own caveats (one line
    /// per text, naming every figure it concerns), partial assessments, assessed ratings that
    /// differ from the published ones, and regional averages that rest on too few countries.
    func collectCaveats() -> [String] {
        var out: [String] = []
        if !hasAssessment { out.append("\(name) has no assessment for \(year); every figure is empty.") }
        let rows: [(String, ReportFigures)] = [("Overall", overall)] + areas.map { ($0.area.id, $0.figures) }
        var dataCaveats: [(text: String, rows: [String])] = []
        for (id, figures) in rows {
            guard let caveat = figures.rating.caveat else { continue }
            if let index = dataCaveats.firstIndex(where: { $0.text == caveat }) {
                dataCaveats[index].rows.append(id)
            } else {
                dataCaveats.append((caveat, [id]))
            }
        }
        out += dataCaveats.map { "Published rating (\($0.rows.joined(separator: ", "))): \($0.text)" }
        for (id, figures) in rows {
            let r = figures.rating
            if r.basis == .partial || (r.basis == .reported && r.assessed != nil) {
                out.append("\(id): the assessment is partial (\(r.answered)/\(r.total) answered); its "
                           + "\(r.assessed ?? 0) · \(r.figureText ?? "") is provisional and not used as the rating.")
            }
            if r.disagrees, let assessed = r.assessed, let published = r.published {
                out.append("\(id): the assessed rating \(assessed) (\(r.figureText ?? "")) differs from the published \(published).")
            }
        }
        let thin = rows.filter { $0.1.benchmark.regionIsThin && $0.1.benchmark.regionCount > 0 }.map(\.0)
        if !thin.isEmpty {
            out.append("The \(overall.benchmark.region) average rests on fewer than \(AreaStatistics.minimumCount) "
                       + "rated countries for \(thin.joined(separator: ", ")); it says little.")
        }
        return out
    }
}
