import Foundation

/// How hard the fuzz tests push (the same settings as MigofCoreTests' copy): `make test` runs them short with a fixed seed; `make fuzz`
/// sets MIGOF_FUZZ_SCALE (a multiplier of the case counts) and a fresh MIGOF_FUZZ_SEED.
enum FuzzSettings {
    static let environment = ProcessInfo.processInfo.environment

    /// Multiplies case counts; 1 in `make test`.
    static let scale = max(1, Int(environment["MIGOF_FUZZ_SCALE"] ?? "") ?? 1)

    /// The seed of every generator; printed with each failure so it can be replayed.
    static let seed = UInt64(environment["MIGOF_FUZZ_SEED"] ?? "") ?? 20_261_129

    /// A hang detector, not a speed test: a case that takes this long is stuck, not slow.
    static let deadline: Double = 5
}

extension FuzzSettings {
    /// MIGOF_FUZZ_TRACE=1 prints every event before it is applied, so a crash shows its prefix.
    static let trace = environment["MIGOF_FUZZ_TRACE"] == "1"
}
