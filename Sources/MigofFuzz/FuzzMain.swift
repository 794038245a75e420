/// The harness's one entry: libFuzzer's driver in the `make fuzz` build (`-D MIGOF_LIBFUZZER`,
/// `-sanitize=fuzzer,address`), the corpus replay tool in every other build, both running the
/// same checks (`FuzzReader.check`).
@main
struct FuzzMain {
    static func main() {
        #if MIGOF_LIBFUZZER
        LibFuzzer.run()
        #else
        CorpusReplay.run()
        #endif
    }
}
