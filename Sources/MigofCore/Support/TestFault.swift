import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A test-only fault hook: when `MIGOF_TEST_KILL_AT` names a point, the process sends itself
/// SIGKILL there, as a power cut or `kill -9` would. It lets the end-to-end tests hit timing
/// windows (between the store's rename and the journal's removal, say) on every run instead
/// of by chance. Users never set the variable; unset, a point costs one comparison.
///
/// Points: `save-after-backup` (the previous version is staged, the store not yet replaced),
/// `save-after-rename` (the store is replaced, `.bak` not yet updated),
/// `journal-before-clear` (the store holds the journal's edits, the journal is still there).
public enum TestFault {
    private static let requested: String? = {
        guard let value = getenv("MIGOF_TEST_KILL_AT") else { return nil }
        return String(cString: value)
    }()

    /// Dies here when the tests asked for this point.
    public static func point(_ name: String) {
        guard let requested, requested == name else { return }
        kill(getpid(), SIGKILL)
    }

    private static let stallRequested: String? = {
        guard let value = getenv("MIGOF_TEST_STALL_AT") else { return nil }
        return String(cString: value)
    }()

    /// Whether a test asked for a stall at any point, so a caller can skip work only a stall needs.
    static var isStallRequested: Bool { stallRequested != nil }

    /// Stops this thread here for good when `MIGOF_TEST_STALL_AT` names the point, as a
    /// store on a hung network disk would: the tests check that the dashboard still paints
    /// and quits while its store never finishes loading. Points: `load-entity-100` (the
    /// loader has reported 100 entities), `journal-fsync` (the journal's background writer,
    /// before its first fsync: edits stay pending, as on a disk that never answers).
    public static func stall(_ name: String) {
        guard let stallRequested, stallRequested == name else { return }
        while true { pause() }
    }
}
