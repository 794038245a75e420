/// The readers the harness drives, named as the corpus folders under `Tests/fuzz/corpus/` are.
enum FuzzReader: String, CaseIterable, Sendable {
    case store, journal, framework, theme

    /// Runs `bytes` through the reader and its checks; a failed check is a bug in migof (and
    /// so is a crash, which ends the process).
    func check(_ bytes: [UInt8]) -> FuzzOutcome {
        switch self {
        case .store: StoreCheck.run(bytes)
        case .journal: JournalCheck.run(bytes)
        case .framework: FrameworkCheck.run(bytes)
        case .theme: ThemeCheck.run(bytes)
        }
    }

    /// The number of lines of `bytes` as a reader counts them (the last may have no newline).
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
