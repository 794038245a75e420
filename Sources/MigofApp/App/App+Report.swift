import Foundation
import MigofCore

extension App {
    /// What `w` asks for on the screen on top: the profile's country in the year shown, or
    /// both sides of a comparison (each in its own year) as one report.
    var reportEffect: Effect {
        switch screen {
        case .profile(let model):
            return .writeReport([ReportSide(code: model.code, year: year)])
        case .compare(let state):
            return .writeReport([ReportSide(code: state.a, year: state.yearA), ReportSide(code: state.b, year: state.yearB)])
        default:
            return .message("reports are written from a country profile or a comparison")
        }
    }

    /// Writes the profiles of `sides` as `migof-CAN-2021.md` and `.html` (both sides'
    /// codes and years for a comparison) in the report folder, atomically, from the store as
    /// shown (unsaved edits included), and says where on the status line. A side without an
    /// assessment in its year writes nothing and says so.
    mutating func writeReport(_ sides: [ReportSide]) {
        guard let folder = chrome.reportFolder, !folder.isEmpty else {
            message = "no report folder in this session: reports are written by migof's dashboard (see report-dir)"
            return
        }
        var reports: [CountryReport] = []
        for side in sides {
            guard let country = store.countries[side.code] else { return }
            guard country.assessments[side.year] != nil else {
                message = "no report written: \(country.name) has no assessment for \(side.year)"
                return
            }
            reports.append(CountryReport(country: country, year: side.year, store: store, framework: framework))
        }
        let document = ReportDocument(reports: reports, palette: ReportPalette(theme: theme))
        let stem = (folder as NSString).appendingPathComponent("migof-" + sides.map { "\($0.code)-\($0.year)" }.joined(separator: "-"))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            message = "no report written: cannot create the report folder \(App.abbreviated(folder)): \(error.localizedDescription)"
            return
        }
        var written: [String] = []
        for format in [ReportFormat.html, .md] {
            let path = stem + "." + format.fileExtension
            do throws(MigofError) {
                try ReportFile.write(document.render(format), to: path, store: chrome.storePath)
                written.append(path)
            } catch {
                let done = written.map { "wrote \(App.abbreviated($0)); " }.joined()
                message = done + "no \(format.rawValue) report written: \(error.description)"
                return
            }
        }
        message = "report written: \(App.abbreviated(stem)).html and .md"
    }
}
