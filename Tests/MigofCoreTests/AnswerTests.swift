import Testing
@testable import MigofCore

/// Answers as people type them and as keys step through them.
@Suite struct AnswerTests {
    let f = Fixtures.sdg
    let mgi = Fixtures.framework

    @Test func answersAreReadByNumberValueOrLabel() {
        #expect(f.parseAnswer("yes", of: "1c") == 1)
        #expect(f.parseAnswer("LEGAL-ONLY", of: "1c") == 2)
        #expect(f.parseAnswer("0.5", of: "1c") == 2)
        #expect(f.parseAnswer("no", of: "1c") == 3)
        #expect(f.parseAnswer("3", of: "1c") == 3, "a number is the option's key first")
        #expect(f.parseAnswer("0", of: "1c") == 3, "then its value")
        #expect(f.parseAnswer("Yes, only for migrants with legal status", of: "1c") == 2)
        #expect(f.parseAnswer("legal-only", of: "2a") == nil)
        #expect(f.parseAnswer("3", of: "2a") == nil)
        #expect(mgi.parseAnswer("3", of: "P1.1") == 3, "on a 1–4 scale the key is the score")
        #expect(mgi.parseAnswer("meets", of: "P1.1") == 3)
        #expect(mgi.parseAnswer("requires progress", of: "P1.1") == 1)
    }

    @Test func valuesMapToOrdinalsAndBack() {
        #expect(f.value(ofAnswer: 2, of: "1a") == 0.5)
        #expect(f.answer(forValue: 0, of: "1a") == 3)
        #expect(f.answer(forValue: 0, of: "6e") == 2)
        #expect(f.answer(forValue: 0.5, of: "6e") == nil)
        #expect(f.answerText(2, of: "1a") == "legal-only")
        #expect(f.answerText(nil, of: "1a") == "–")
    }

    @Test func keyHintsComeFromTheFramework() {
        #expect(f.keyHint(for: "1a") == "1 yes · 2 legal-only · 3 no")
        #expect(f.keyHint(for: "5c") == "1 yes · 2 no")
        #expect(mgi.keyHint(for: "O2.1") == "1 Requires progress · 2 Partially meets · 3 Meets · 4 Fully meets")
        #expect(f.keyHint(for: "nope").isEmpty)
    }

    @Test func stepsNeverWrap() {
        #expect(f.step(nil, by: -1, of: "1a") == nil, "- on an unanswered indicator does nothing")
        #expect(f.step(nil, by: 1, of: "1a") == 1)
        #expect(f.step(1, by: 1, of: "1a") == 2)
        #expect(f.step(3, by: 1, of: "1a") == 3)
        #expect(f.step(1, by: -1, of: "1a") == 1)
        #expect(f.step(2, by: 1, of: "2a") == 2)
    }

    @Test func nextUnansweredCrossesAreasAndSkipsAnswered() {
        var answers = IDMap<Int>()
        answers["1b"] = 1
        answers["1c"] = 1
        #expect(f.nextUnanswered(after: "1a", in: answers) == "1d")
        #expect(f.nextUnanswered(after: "1e", in: answers) == "2a")
        #expect(f.nextUnanswered(after: "6e", in: answers) == "1a", "wraps to the first unanswered")
        var all = IDMap<Int>()
        for id in f.indicatorIDs { all[id] = 1 }
        #expect(f.nextUnanswered(after: "3c", in: all) == nil)
        all["3c"] = nil
        #expect(f.nextUnanswered(after: "3c", in: all) == nil, "only itself is left")
    }

    @Test func idsAreCaseInsensitiveWithSuggestions() {
        #expect(f.indicatorID(matching: "1C") == "1c")
        #expect(mgi.indicatorID(matching: "p1.2") == "P1.2")
        #expect(f.indicatorID(matching: "7a") == nil)
        #expect(f.unknownIndicatorMessage("1x").contains("did you mean 1a"))
        #expect(f.unknownIndicatorMessage("zzzzzz").contains("1a…6e"))
    }

    @Test func optionValuesMustBeUnique() {
        let text = """
        {"id": "dup", "version": 1, "name": "d", "scale": [{"value": 1, "label": "a"}],
         "rule": {"aggregate": "mean", "factor": 1, "overall": "areas", "bands": [{"from": 0, "rating": 1}]},
         "options": [{"value": 1, "label": "yes", "short": "yes"}, {"value": 1, "label": "also", "short": "also"}],
         "areas": [{"id": "A", "kind": "principle", "domain": 1, "title": "t", "statement": "s", "domainName": "d",
                    "indicators": [{"id": "A.1", "name": "n", "description": "d"}]}]}
        """
        do {
            _ = try Framework.parse(Array(text.utf8), path: "f.json")
            Issue.record("a framework with two options of value 1 was accepted")
        } catch {
            #expect(error.description.contains("f.json:3:60: value 1 is used twice"), "\(error)")
        }
    }

    @Test func anIndicatorNeedsOptions() {
        let text = """
        {"id": "none", "version": 1, "name": "d", "scale": [{"value": 1, "label": "a"}],
         "rule": {"aggregate": "mean", "factor": 1, "overall": "areas", "bands": [{"from": 0, "rating": 7}]},
         "areas": [{"id": "A", "kind": "principle", "domain": 1, "title": "t", "statement": "s", "domainName": "d",
                    "indicators": [{"id": "A.1", "name": "n", "description": "d"}]}]}
        """
        do {
            _ = try Framework.parse(Array(text.utf8), path: "f.json")
            Issue.record("accepted")
        } catch {
            #expect(error.description.contains("band rating 7 is not on the scale"))
            #expect(error.description.contains("indicator A.1 has no answer options"))
        }
    }

    @Test func bothBundledFrameworksLoad() throws {
        let files = Framework.files(in: Fixtures.paths.frameworkDirectory)
        let ids = try files.map { try Framework.load(path: $0).id }
        #expect(ids == ["mgi-topics", "sdg-10-7-2"])
        #expect(try Framework.load(choice: "MGI-Topics", directory: Fixtures.paths.frameworkDirectory).id == "mgi-topics")
        #expect(throws: MigofError.self) { try Framework.load(choice: "", directory: Fixtures.paths.frameworkDirectory) }
        do {
            _ = try Framework.load(choice: "nope", directory: Fixtures.paths.frameworkDirectory)
        } catch {
            #expect(error.description == "unknown framework 'nope'; the bundled frameworks are mgi-topics, sdg-10-7-2")
        }
    }
}
