import Foundation
import Testing
@testable import MigofCore

/// Who the audit names, and which `log --since` dates are accepted.
@Suite struct AuditInputTests {
    @Test func theUserComesFromUSERElseFromPasswd() {
        #expect(AuditUser.current(environment: ["USER": "ana"]) == "ana")
        let fromPasswd = AuditUser.current(environment: [:], uid: 0)
        #expect(fromPasswd == "root")
        #expect(AuditUser.current(environment: ["USER": ""], uid: 0) == "root")
        #expect(AuditUser.current(environment: [:]) != "unknown")
    }

    @Test(arguments: ["2026-11-01", "2024-02-29", "2000-02-29", "2026-11-01T09:00:00Z", "2026-11-01T09:00", "2026-12-31T23:59:59"])
    func realDatesAreAccepted(date: String) {
        #expect(AuditReport.isValidDate(date))
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2026-00-10", "2026-04-31", "1900-02-29", "2025-02-29", "2026-11-00",
                      "2026-11-01junk", "2026-11-01T25:00", "2026-11-01T09:60", "2026-11-1", "20261101", "2026-11-01T9:00"])
    func impossibleDatesAreRefused(date: String) {
        #expect(!AuditReport.isValidDate(date))
    }
}
