import Foundation
import Testing
@testable import MigofCore

@Suite struct ReportRenderingTests {
    let report = ReportFixtures.turkey

    @Test func markdownLiteralEscapesEverythingThatCouldStartMarkup() {
        #expect(Markdown.literal("a|b") == "a\\|b")
        #expect(Markdown.literal("*x* _y_ `z` [l](u) <b> ~s~ &amp;") == "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\~s\\~ \\&amp;")
        #expect(Markdown.literal("# heading") == "\\# heading")
        #expect(Markdown.literal("- item") == "\\- item")
        #expect(Markdown.literal("12. list") == "12\\. list")
        #expect(Markdown.literal("12. list", lineStart: false) == "12. list")
        #expect(Markdown.literal("one\ntwo\r\nthree") == "one two three")
        #expect(Markdown.literal("back\\slash") == "back\\\\slash")
        #expect(Markdown.literal("Côte d'Ivoire") == "Côte d'Ivoire")
    }

    @Test func aHostileNoteStaysOneCellOfItsRowInMarkdown() throws {
        let markdown = report.markdown
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| 1c ") })
        // Unescaped pipes: the row's own four, never one of the note's.
        let separators = row.filter { $0 == "|" }.count - row.components(separatedBy: "\\|").count + 1
        #expect(separators == 4, "\(row)")
        #expect(row.contains("Law 6458 \\| art. 89 \\<script\\>alert(\"x\")\\</script\\> \\*draft\\* \\& \\[link\\](http://e.x) \\`code\\` 1. #tag"))
    }

    @Test func htmlEscapesNotesAndNamesAndHoldsNoScriptAndNoLinks() {
        let html = ReportDocument(reports: [report]).html
        #expect(HTMLText.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(html.contains("Law 6458 | art. 89 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; *draft* &amp; [link](http://e.x)"))
        let lower = html.lowercased()
        for forbidden in ["<script", "src=", "href=", "url(", "@import", "<link", "<iframe", "<img", "https:"] {
            #expect(!lower.contains(forbidden), "the page holds \(forbidden)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<style>") && html.contains("@page"))
    }

    @Test func htmlHoldsEveryPartOfTheProfile() {
        let html = ReportDocument(reports: [report]).html
        for part in ["Türkiye (TUR): migration governance profile, 2021", "Well-developed areas",
                     "Areas with potential for further development", "against its region (Asia) and the world",
                     "Caveats", "Sources", "Change since 2019", "(n=", "Temporary protection regulation, 2014"] {
            #expect(html.contains(part), "the page lacks \(part)")
        }
        #expect(html.components(separatedBy: "<section class=\"country\">").count == 2)
        let two = ReportDocument(reports: [report, report]).html
        #expect(two.components(separatedBy: "<section class=\"country\">").count == 3)
    }

    @Test func barsAndMarksTakeTheThemeColoursAndTextStaysReadableOnPaper() {
        var colors = ReportPalette.standard.colors
        colors["rating2"] = "#123456"
        colors["positive"] = "#ffff00"
        let palette = ReportPalette(colors: colors)
        let html = ReportDocument(reports: [report], palette: palette).html
        #expect(html.contains("fill=\"#123456\""), "P1's assessed 2 is drawn in rating2")
        // Yellow text on white is unreadable: the ink is darkened to at least 4.5:1.
        let ink = palette.ink("positive")
        let (r, g, b) = ReportPalette.components(ink)
        #expect(ReportPalette.contrastOnWhite(r, g, b) >= 4.5)
        #expect(html.contains(".up { color: \(ink);"))
        #expect(palette.ink("text") == "#1c1c1c", "a dark colour is kept as it is")
        // A theme that leaves ratings to the terminal (monochrome) gets a grey ramp, not one colour.
        let mono = ReportPalette(colors: ["rating1": "default"])
        #expect(Set((1...4).map { mono.fill("rating\($0)") }).count == 4)
    }

    @Test func markdownDocumentsSeparateProfilesWithARule() {
        let two = ReportDocument(reports: [report, report]).render(.md)
        #expect(two.components(separatedBy: "\n---\n").count == 2)
        #expect(ReportDocument(reports: [report]).title == "Türkiye (TUR), 2021")
    }

    /// The whole Markdown report against a checked-in golden; MIGOF_UPDATE_GOLDENS=1 rewrites it.
    @Test func markdownMatchesTheGolden() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens/report-tur-2021.md")
        let text = report.markdown
        if ProcessInfo.processInfo.environment["MIGOF_UPDATE_GOLDENS"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden, "report-tur-2021.md differs (MIGOF_UPDATE_GOLDENS=1 rewrites it)")
    }
}
