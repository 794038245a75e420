/// One or more country profiles as one file: `migof report` writes one, the compare screen's
/// report key both sides of a comparison.
public struct ReportDocument: Sendable, Equatable {
    public var reports: [CountryReport]
    public var palette: ReportPalette

    public init(reports: [CountryReport], palette: ReportPalette = .standard) {
        self.reports = reports
        self.palette = palette
    }

    /// "Canada (CAN), 2021" or "Canada (CAN), 2021 and Denmark (DNK), 2021".
    public var title: String {
        reports.map { "\($0.name) (\($0.iso3)), \($0.year)" }.joined(separator: " and ")
    }

    /// The document in `format`: Markdown profiles separated by rules, or one HTML page.
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .md: return reports.map(\.markdown).joined(separator: "\n---\n\n")
        case .html: return html
        }
    }

    /// One self-contained page: inline CSS, inline SVG bars, no script, no link to anything
    /// outside the file, each profile starting on a new printed page.
    public var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"color-scheme\" content=\"light\">\n"
        out += "<meta name=\"generator\" content=\"migof \(MigofVersion.current)\">\n"
        out += "<title>\(HTMLText.escape(title)): migration governance profile</title>\n"
        out += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += reports.map { $0.html(palette: palette) }.joined(separator: "\n")
        out += "</body>\n</html>\n"
        return out
    }
}
