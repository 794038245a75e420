extension CountryReport {
    /// The profile as Markdown, ready to paste into a briefing note: headings, tables and lists
    /// only (GitHub-flavoured tables), every piece of user text made literal (`Markdown.literal`).
    public var markdown: String {
        var out = markdownHeader()
        out += "\n## Summary\n\n" + markdownSummary()
        out += "\n" + markdownAreaTable()
        out += markdownDevelopment()
        out += "\n" + markdownBenchmarks()
        out += "\n## Indicators\n"
        for area in areas { out += "\n" + markdownIndicators(area) }
        out += "\n" + markdownNotes()
        return out
    }

    /// Text that may start a line or a list item's text.
    private func lit(_ text: String) -> String { Markdown.literal(text) }

    /// Text inside a line or a table cell, where nothing can start a block.
    private func inline(_ text: String) -> String { Markdown.literal(text, lineStart: false) }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    private func markdownHeader() -> String {
        var out = "# \(lit(name)) (\(inline(iso3))): migration governance profile, \(year)\n\n"
        let place = [region, subRegion].filter { !$0.isEmpty }.map(lit).joined(separator: " / ")
        out += "- **Region:** \(place.isEmpty ? "none recorded" : place)\n"
        out += "- **Round:** \(roundText)\n"
        out += "- **Framework:** \(inline(framework.name)) (\(inline(framework.id)), version \(framework.version))\n"
        out += "- **Sources:** \(sourcesText(lit))\n"
        return out
    }

    /// "2021 (previous round 2019; years 2019, 2021)".
    var roundText: String {
        let previous = overall.previousYear.map { "previous round \($0)" } ?? "first round"
        let all = years.isEmpty ? "" : "; years \(years.map(String.init).joined(separator: ", "))"
        return "\(year)" + (hasAssessment ? "" : " (no assessment)") + " (\(previous)\(all))"
    }

    /// The header's sources: each citation with its number, then the assessment's answers.
    func sourcesText(_ escape: (String) -> String) -> String {
        var parts = sources.map { "\(escape($0.citation)) [\($0.number)]" }
        let (count, total) = answered
        parts.append("assessment from the answers in this store, \(count) of \(total) indicators answered")
        return parts.joined(separator: "; ")
    }

    private func markdownSummary() -> String {
        let r = overall.rating
        var out = "**Overall: \(r.value.map { "\($0) \(inline(label($0)))" } ?? "unrated")** (\(r.basisLabel)). "
        out += "Published: \(overall.publishedText)\(sourceNumber(r).map { " [\($0)]" } ?? ""). "
        out += "Assessed: \(inline(assessedSentence(r))). Change: \(inline(overall.changeText)).\n"
        return out
    }

    /// "3 · 80% (30/30 answered)", "2* · 60%, partial (12/30 answered)", "none (0/30 answered)".
    func assessedSentence(_ r: Rating) -> String {
        guard let assessed = r.assessed else { return "none (\(r.answered)/\(r.total) answered)" }
        let partial = r.isFullyScored ? "" : "*"
        return "\(assessed)\(partial) · \(r.figureText ?? "")" + (r.isFullyScored ? "" : ", partial")
            + " (\(r.answered)/\(r.total) answered)"
    }

    private func markdownAreaTable() -> String {
        var out = row(["Area", "Rating", "Label", "Bar", "Published", "Assessed", "Answered", changeHeading, "Source"])
        out += "|---|---:|---|---|---:|---|---|---|---|\n"
        func line(_ title: String, _ f: ReportFigures) -> String {
            let r = f.rating
            let change = f.changeCell
            return row([title, inline(r.cell), inline(label(r.value)), "`" + TextBar.render(r.value.map(Double.init),
                        maximum: Double(framework.scoreRange.upperBound), width: 8) + "`",
                        f.publishedText, inline(r.assessedText), "\(r.answered)/\(r.total)",
                        inline([change.mark, "(\(change.detail))"].filter { !$0.isEmpty }.joined(separator: " ")),
                        sourceNumber(r).map { "[\($0)]" } ?? ""])
        }
        out += line("**Overall**", overall)
        for area in areas { out += line(inline(area.title), area.figures) }
        return out
    }

    /// "Change since 2019", or "Change" in a first round.
    var changeHeading: String { overall.previousYear.map { "Change since \($0)" } ?? "Change" }

    private func markdownDevelopment() -> String {
        var out = ""
        for development in [AreaDevelopment.wellDeveloped, .furtherDevelopment] {
            out += "\n## \(development.heading)\n\n"
            out += "_\(developmentRule(development))._\n\n"
            let listed = areas(development)
            if listed.isEmpty { out += "None.\n" }
            for area in listed {
                let r = area.figures.rating
                out += "- **\(inline(area.title))**: \(r.value ?? 0) \(inline(label(r.value))) (\(r.basisLabel))\n"
            }
        }
        if !unplaced.isEmpty {
            out += "\nNot placed (no rating, or a partial assessment only): "
                + unplaced.map { inline($0.title) }.joined(separator: ", ") + ".\n"
        }
        return out
    }

    /// The threshold in words for the section's lead.
    func developmentRule(_ development: AreaDevelopment) -> String {
        development == .wellDeveloped
            ? "Areas \(threshold.rule)"
            : "Areas rated below \(threshold.rating) (\(threshold.label))"
    }

    private func markdownBenchmarks() -> String {
        let region = overall.benchmark.region
        var out = "## \(lit(name)) against its region (\(inline(region))) and the world, \(year)\n\n"
        out += "Average headline ratings of the countries assessed in \(year); n is the number of rated countries.\n\n"
        out += row(["Area", inline(name), inline(region) + " (n)", "World (n)"])
        out += "|---|---:|---:|---:|\n"
        func line(_ title: String, _ b: ReportBenchmark) -> String {
            let thin = b.regionIsThin && b.regionCount > 0 ? " †" : ""
            return row([title, b.value.map(String.init) ?? "–",
                        "\(ReportBenchmark.text(b.regionAverage)) (n=\(b.regionCount))\(thin)",
                        "\(ReportBenchmark.text(b.worldAverage)) (n=\(b.worldCount))"])
        }
        out += line("**Overall**", overall.benchmark)
        for area in areas { out += line(inline(area.title), area.figures.benchmark) }
        if [overall.benchmark].contains(where: { $0.regionIsThin }) || areas.contains(where: { $0.figures.benchmark.regionIsThin }) {
            out += "\n† fewer than \(AreaStatistics.minimumCount) rated countries: the average says little.\n"
        }
        return out
    }

    private func markdownIndicators(_ area: ReportArea) -> String {
        var out = "### \(lit(area.title))\n\n"
        out += row(["Indicator", "Answer", "Note"])
        out += "|---|---|---|\n"
        for item in area.indicators {
            let answer = item.answer.map { "\(inline(item.value ?? "")) \(inline($0))" } ?? "not answered"
            out += row(["\(inline(item.id)) \(inline(item.name))", answer, item.note.map(inline) ?? ""])
        }
        return out
    }

    private func markdownNotes() -> String {
        var out = "## Caveats\n\n"
        out += caveats.isEmpty ? "None recorded.\n" : caveats.map { "- \(lit($0))\n" }.joined()
        out += "\n## Sources\n\n"
        for source in sources {
            out += "\(source.number). \(lit(source.citation))"
            if !source.publisher.isEmpty { out += ". Publisher: \(inline(source.publisher))" }
            if !source.licence.isEmpty { out += ". Licence: \(inline(source.licence))" }
            if !source.path.isEmpty { out += ". Retrieved through `\(source.path.replacingOccurrences(of: "`", with: "'"))`" }
            out += ". Cited for: \(source.usedBy.joined(separator: ", ")).\n"
        }
        out += "\(sources.count + 1). Assessed ratings: computed by migof from the answers in this store under "
            + "\(inline(framework.name)); \(inline(ratingRuleText)).\n"
        return out
    }

    /// How figures become ratings, from the framework's bands: "mean of the answers × 100; 1 from 0%, 2 from 40% …".
    var ratingRuleText: String {
        let rule = framework.rule
        let bands = rule.bands.map { "\($0.rating) from \(ScoringRule.text($0.from, unit: rule.unit))" }
        return "the mean of the answers' values"
            + (rule.factor == 1 ? "" : " × \(AnswerOption.text(of: rule.factor))")
            + ", banded " + bands.joined(separator: ", ")
    }
}
