import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who the audit trail says made a change.
public enum AuditUser {
    /// `$USER` when set and not empty; else the login name of the process's real user from
    /// the passwd database (cron jobs and containers often run without `$USER`); else the
    /// numeric uid, so an entry always names someone that can be traced.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment,
                               uid: uid_t = getuid()) -> String {
        if let user = environment["USER"], !user.isEmpty { return user }
        if let name = passwdName(uid: uid) { return name }
        return "uid \(uid)"
    }

    /// The passwd entry's name for `uid`, read with the re-entrant call so no other thread's
    /// lookup can overwrite it.
    static func passwdName(uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }
}
