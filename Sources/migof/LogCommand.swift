import ArgumentParser
import MigofCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The audit trail: every saved change, oldest first.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Only this country.") var country: String?
    @Option(help: "Only changes at or after this date (YYYY-MM-DD, or a full ISO 8601 time).") var since: String?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        try check(format, allowed: [.table, .csv, .json])
        if let since, !AuditReport.isValidDate(since) {
            throw ValidationError("--since must be a date such as 2026-11-01 or 2026-11-01T09:00:00Z")
        }
        let workspace = try global.open()
        let code = try country.map { query in
            try reporting { () throws(MigofError) in try CountryResolver(store: workspace.store).resolve(query).iso3 }
        }
        let report = AuditReport(entries: workspace.store.audit, country: code, since: since, framework: workspace.framework)
        print(report.render(format, width: displayWidth), terminator: "")
    }
}
