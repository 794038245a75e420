import Foundation
import Testing
@testable import MigofTerminal

/// OSC 52 carries the text only as base64, and the terminals known to drop it are named.
@Suite struct ClipboardTests {
    @Test func theSequenceIsBase64Only() {
        let text = "| CAN | Canada \u{1b}]0;title\u{07} |\n"
        let sequence = NcursesBackend.osc52(text)
        #expect(sequence.hasPrefix("\u{1b}]52;c;") && sequence.hasSuffix("\u{07}"))
        let payload = String(sequence.dropFirst(7).dropLast())
        #expect(payload.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) })
        #expect(Data(base64Encoded: payload).flatMap { String(data: $0, encoding: .utf8) } == text)
    }

    @Test func knownTerminalsWithoutOSC52() {
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "linux"]) == "TERM=linux ignores it")
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "vt220"]) != nil)
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "Apple_Terminal"]) != nil)
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "screen", "STY": "1.pts"]) != nil)
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "tmux-256color", "TMUX": "/tmp/t,1,0"]) == nil)
        #expect(NcursesBackend.clipboardProblem(environment: ["TERM": "xterm-256color"]) == nil)
    }
}
