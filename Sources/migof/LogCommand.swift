import ArgumentParser
import MigofCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The audit trail: every saved change, oldest first.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Only this country.") var country: String?
    @Option(help: "Only changes at or after this date (YYYY-MM-DD, or a full ISO 8601 time).") var since: String?
    enum Formats: FormatSet { static let allowed: [OutputFormat] = [.table, .csv, .json] }
    @Option(help: ArgumentHelp("\(FormatChoice<Formats>.listed).", valueName: "format"))
    var format = FormatChoice<Formats>(.table)

    func validate() throws {
        if let since, !AuditReport.isValidDate(since) {
            throw ValidationError("--since must be a real date such as 2026-11-01 or 2026-11-01T09:00:00Z; got '\(since)'")
        }
    }

    func run() throws {
        let workspace = try global.open()
        let code = try country.map { query in
            try reporting { () throws(MigofError) in try workspace.resolver.resolve(query).iso3 }
        }
        let report = AuditReport(entries: workspace.store.audit, country: code, since: since, framework: workspace.framework)
        print(report.render(format.value, width: displayWidth, columns: terminalColumns), terminator: "")
    }
}
