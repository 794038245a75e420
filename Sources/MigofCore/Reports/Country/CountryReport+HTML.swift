extension CountryReport {
    /// The profile as one `<section>` of an HTML page (`ReportDocument.html` wraps it); every
    /// piece of text is HTML-escaped, notes and names included.
    func html(palette: ReportPalette) -> String {
        var out = "<section class=\"country\">\n"
        out += htmlHeader()
        out += "<h2>Summary</h2>\n" + htmlSummary() + htmlAreaTable(palette)
        out += htmlDevelopment()
        out += htmlBenchmarks(palette)
        out += "<h2>Indicators</h2>\n"
        for area in areas { out += htmlIndicators(area) }
        out += htmlNotes()
        return out + "</section>\n"
    }

    private func esc(_ text: String) -> String { HTMLText.escape(text) }

    private func htmlHeader() -> String {
        var out = "<h1>\(esc(name)) (\(esc(iso3))): migration governance profile, \(year)</h1>\n<dl class=\"header\">\n"
        let place = [region, subRegion].filter { !$0.isEmpty }.joined(separator: " / ")
        out += "<dt>Region</dt><dd>\(esc(place.isEmpty ? "none recorded" : place))</dd>\n"
        out += "<dt>Round</dt><dd>\(esc(roundText))</dd>\n"
        out += "<dt>Framework</dt><dd>\(esc(framework.name)) (\(esc(framework.id)), version \(framework.version))</dd>\n"
        out += "<dt>Sources</dt><dd>\(sourcesText(esc))</dd>\n</dl>\n"
        return out
    }

    private func htmlSummary() -> String {
        let r = overall.rating
        var out = "<p><strong>Overall: \(r.value.map { "\($0) \(esc(label($0)))" } ?? "unrated")</strong> "
        out += "(\(esc(r.basisLabel))). Published: \(overall.publishedText)\(sourceNumber(r).map { " [\($0)]" } ?? ""). "
        out += "Assessed: \(esc(assessedSentence(r))). Change: \(changeHTML(overall)).</p>\n"
        return out
    }

    /// The change with its mark coloured by the theme's `positive` or `negative`.
    private func changeHTML(_ figures: ReportFigures) -> String {
        guard let change = figures.change else { return esc(figures.changeText) }
        let style = change.delta > 0 ? "up" : change.delta < 0 ? "down" : "same"
        return "<span class=\"\(style)\">\(esc(ComparisonReport.deltaText(change.delta)))</span>"
            + esc(String(figures.changeText.drop { $0 != " " }))
    }

    private func ratingClass(_ value: Int?) -> String {
        value.map { (1...4).contains($0) ? "r\($0)" : "" } ?? ""
    }

    private func bar(_ value: Double?, _ rounded: Int?, _ palette: ReportPalette, label: String) -> String {
        let role = rounded.map { (1...4).contains($0) ? "rating\($0)" : "unscored" } ?? "unscored"
        return ReportBar.svg(value, maximum: Double(framework.scoreRange.upperBound), fill: palette.fill(role),
                             outline: "#444444", label: label)
    }

    private func htmlAreaTable(_ palette: ReportPalette) -> String {
        var out = "<table class=\"areas\">\n<thead><tr><th>Area</th><th class=\"num\">Rating</th><th>Label</th><th>Bar</th>"
            + "<th class=\"num\">Published</th><th>Assessed</th><th>Answered</th><th>\(esc(changeHeading))</th>"
            + "<th>Source</th></tr></thead>\n<tbody>\n"
        func line(_ title: String, _ f: ReportFigures, overall: Bool) -> String {
            let r = f.rating
            let barLabel = r.value.map { "rating \($0) of \(framework.scoreRange.upperBound)" } ?? "no rating"
            return "<tr\(overall ? " class=\"overall\"" : "")><td>\(esc(title))</td>"
                + "<td class=\"num \(ratingClass(r.value))\">\(esc(r.cell))</td><td>\(esc(label(r.value)))</td>"
                + "<td>\(bar(r.value.map(Double.init), r.value, palette, label: barLabel))</td>"
                + "<td class=\"num\">\(f.publishedText)</td><td class=\"nowrap\">\(esc(r.assessedText))</td>"
                + "<td>\(r.answered)/\(r.total)</td><td>\(changeCellHTML(f))</td>"
                + "<td>\(sourceNumber(r).map { "[\($0)]" } ?? "")</td></tr>\n"
        }
        out += line("Overall", overall, overall: true)
        for area in areas { out += line(area.title, area.figures, overall: false) }
        return out + "</tbody>\n</table>\n"
    }

    /// The mark coloured by direction, the figures compared in muted type below it.
    private func changeCellHTML(_ f: ReportFigures) -> String {
        let cell = f.changeCell
        let style = f.change.map { $0.delta > 0 ? "up" : $0.delta < 0 ? "down" : "same" } ?? "same"
        let mark = cell.mark.isEmpty ? "" : "<span class=\"\(style)\">\(esc(cell.mark))</span> "
        return mark + "<span class=\"muted small\">\(esc(cell.detail))</span>"
    }

    private func htmlDevelopment() -> String {
        var out = ""
        for development in [AreaDevelopment.wellDeveloped, .furtherDevelopment] {
            out += "<h2>\(esc(development.heading))</h2>\n<p class=\"rule\">\(esc(developmentRule(development))).</p>\n"
            let listed = areas(development)
            if listed.isEmpty {
                out += "<p>None.</p>\n"
                continue
            }
            out += "<ul class=\"areas\">\n"
            for area in listed {
                let r = area.figures.rating
                out += "<li><strong>\(esc(area.title))</strong>: <span class=\"\(ratingClass(r.value))\">\(r.value ?? 0) "
                    + "\(esc(label(r.value)))</span> (\(esc(r.basisLabel)))</li>\n"
            }
            out += "</ul>\n"
        }
        if !unplaced.isEmpty {
            out += "<p class=\"muted\">Not placed (no rating, or a partial assessment only): "
                + esc(unplaced.map(\.title).joined(separator: ", ")) + ".</p>\n"
        }
        return out
    }

    private func htmlBenchmarks(_ palette: ReportPalette) -> String {
        let region = overall.benchmark.region
        var out = "<h2>\(esc(name)) against its region (\(esc(region))) and the world, \(year)</h2>\n"
        out += "<p class=\"muted\">Average headline ratings of the countries assessed in \(year); n is the number of rated countries.</p>\n"
        out += "<table class=\"benchmarks\">\n<thead><tr><th>Area</th><th>\(esc(name))</th>"
            + "<th>\(esc(region)) (n)</th><th>World (n)</th></tr></thead>\n<tbody>\n"
        var anyThin = false
        func figure(_ value: Double?, _ text: String, _ what: String) -> String {
            "<td class=\"figure\">\(text)<br>\(bar(value, value.map { Int($0.rounded()) }, palette, label: "\(what) \(ReportBenchmark.text(value))"))</td>"
        }
        func line(_ title: String, _ b: ReportBenchmark, overall: Bool) -> String {
            let thin = b.regionIsThin && b.regionCount > 0
            anyThin = anyThin || thin
            let own = "<span class=\"\(ratingClass(b.value))\">\(b.value.map(String.init) ?? "–")</span>"
            return "<tr\(overall ? " class=\"overall\"" : "")><td>\(esc(title))</td>"
                + figure(b.value.map(Double.init), own, esc(name))
                + figure(b.regionAverage, "\(ReportBenchmark.text(b.regionAverage)) (n=\(b.regionCount))"
                         + (thin ? " <span class=\"thin\">†</span>" : ""), esc(region))
                + figure(b.worldAverage, "\(ReportBenchmark.text(b.worldAverage)) (n=\(b.worldCount))", "world")
                + "</tr>\n"
        }
        out += line("Overall", overall.benchmark, overall: true)
        for area in areas { out += line(area.title, area.figures.benchmark, overall: false) }
        out += "</tbody>\n</table>\n"
        if anyThin {
            out += "<p class=\"muted\">† fewer than \(AreaStatistics.minimumCount) rated countries: the average says little.</p>\n"
        }
        return out
    }

    private func htmlIndicators(_ area: ReportArea) -> String {
        var out = "<h3>\(esc(area.title))</h3>\n<table class=\"indicators\">\n"
            + "<thead><tr><th>Indicator</th><th>Answer</th><th>Note</th></tr></thead>\n<tbody>\n"
        for item in area.indicators {
            let answer = item.answer.map { "\(esc(item.value ?? "")) \(esc($0))" } ?? "<span class=\"muted\">not answered</span>"
            out += "<tr><td>\(esc(item.id)) \(esc(item.name))</td><td>\(answer)</td><td>\(item.note.map(esc) ?? "")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func htmlNotes() -> String {
        var out = "<h2>Caveats</h2>\n"
        out += caveats.isEmpty ? "<p>None recorded.</p>\n" : "<ul>\n" + caveats.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
        out += "<h2>Sources</h2>\n<ol>\n"
        for source in sources {
            var text = esc(source.citation)
            if !source.publisher.isEmpty { text += ". Publisher: " + esc(source.publisher) }
            if !source.licence.isEmpty { text += ". Licence: " + esc(source.licence) }
            if !source.path.isEmpty { text += ". Retrieved through <code>\(esc(source.path))</code>" }
            out += "<li>\(text). Cited for: \(esc(source.usedBy.joined(separator: ", "))).</li>\n"
        }
        out += "<li>Assessed ratings: computed by migof from the answers in this store under \(esc(framework.name)); "
            + "\(esc(ratingRuleText)).</li>\n</ol>\n"
        out += "<footer>migof \(esc(MigofVersion.current)) · \(esc(name)) (\(esc(iso3))), \(year) · \(esc(framework.id))</footer>\n"
        return out
    }
}
