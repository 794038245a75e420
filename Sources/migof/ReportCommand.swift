import ArgumentParser
import Foundation
import MigofApp
import MigofCore

/// `migof report`: an MGI-style country profile in Markdown or HTML.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "An MGI-style country profile: ratings, well-developed areas, indicators, region and world, sources.",
        discussion: """
            Markdown is ready to paste into a briefing note; HTML is one self-contained, print-friendly
            page (inline CSS and SVG, no script, nothing fetched). Without --format, the format follows
            the --out file's extension (.html or .htm for HTML), else Markdown.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "ISO3, ISO2, or a name or unique prefix (accents and case ignored).")
    var country: String
    @Option(help: "Year (default: the country's latest).")
    var year: Int?
    @Option(help: ArgumentHelp("md or html (default: from --out's extension, else md).", valueName: "format"))
    var format: ReportFormat?
    @Option(help: "Write to this file (atomically) instead of standard output; never the store.")
    var out: String?
    @Option(help: "The theme whose colours the HTML uses (default: light, for paper).")
    var theme = "light"

    func run() throws {
        let workspace = try global.open()
        let match = try reporting { () throws(MigofError) in try workspace.resolver.resolve(country) }
        let chosen = year ?? workspace.defaultYear(for: match)
        guard match.assessments[chosen] != nil else {
            printError("migof: nothing to report: \(match.name) (\(match.iso3)) has no assessment for \(chosen); "
                       + "its years: \(match.years.isEmpty ? "none" : match.years.map(String.init).joined(separator: ", "))")
            throw ExitCode(EmptyResult.exitCode)
        }
        let report = CountryReport(country: match, year: chosen, store: workspace.store, framework: workspace.framework)
        let document = ReportDocument(reports: [report], palette: try palette(workspace.paths))
        let text = document.render(resolvedFormat)
        guard let out else {
            print(text, terminator: "")
            return
        }
        try reporting { () throws(MigofError) in try ReportFile.write(text, to: out, store: workspace.paths.store) }
        printError("migof: wrote \(out)")
    }

    /// --format, else the extension of --out, else Markdown.
    var resolvedFormat: ReportFormat {
        if let format { return format }
        let ext = (out.map { ($0 as NSString).pathExtension.lowercased() }) ?? ""
        return ext == "html" || ext == "htm" ? .html : .md
    }

    /// The colours of `--theme`, from the bundled and user themes. An unknown theme, or one
    /// whose file cannot be read with no bundled theme of that name to fall back on, is a usage
    /// error naming it (and the file and line); a fallback or an unknown role is a warning.
    private func palette(_ paths: Paths) throws -> ReportPalette {
        let catalog = ThemeCatalog(directories: paths.themeDirectories, requested: theme, environment: [:])
        guard let chosen = catalog.themes.first, chosen.name == theme else {
            // The catalog's own fallback does not apply: a report in another theme's colours would mislead.
            let reason = catalog.messages.first.map { $0.components(separatedBy: "; using the ").first ?? $0 }
            usageError(reason ?? "unknown theme '\(theme)'")
        }
        catalog.messages.forEach { printError("migof: warning: \($0)") }
        return ReportPalette(theme: chosen)
    }
}

extension ReportFormat: ExpressibleByArgument {}
